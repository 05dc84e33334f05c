#!/usr/bin/env python3
"""How the model labels a speaker's own rows, against NewsMTSC's gold (docs/EVALUATION.md).

  benches/speaker_rows.py [STANCE_BINARY] [SPLIT ...]   # default: target/release/stance dev_rw dev_mt

Each split's unique sentences are scored as one-sentence articles (`stance score --input
jsonl`); a gold row is matched to the stance row of the actor whose mention text equals the
gold target. Prints, for speaker rows (`speaker: true`) and for the others, how many rows
matched, how many of the report's labels are right (the model's, speaker rows leaned to
neutral since session 25), and how many would be right if every such
row were labelled neutral. Reads ../shared/data/newsmtsc; exits with a message without it.
"""
import csv
import json
import os
import subprocess
import sys

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "newsmtsc")


def rows_of(binary, split):
    path = os.path.join(DATA, split + ".csv")
    with open(path, newline="", encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    ids = {}
    for r in gold:
        ids.setdefault(r["text"], len(ids))
    docs = "".join(json.dumps({"id": i, "text": t}) + "\n" for t, i in ids.items())
    out = subprocess.run(
        [binary, "score", "--input", "jsonl", "-"],
        input=docs, capture_output=True, text=True, check=True,
    ).stdout
    reports = {}
    for line in out.splitlines():
        d = json.loads(line)
        reports[d["id"]] = d.get("report")
    for r in gold:
        report = reports.get(ids[r["text"]])
        for sentence in (report or {}).get("sentences", []):
            actors = {m["actor"] for m in sentence["mentions"] if m["text"] == r["target"]}
            row = next((s for s in sentence["stances"] if s["target"] in actors), None)
            if row:
                yield row["speaker"], r["label"], row["label"]
                break


def main():
    args = sys.argv[1:]
    binary = args.pop(0) if args and os.path.isfile(args[0]) else "target/release/stance"
    splits = args or ["dev_rw", "dev_mt"]
    if not os.path.isdir(DATA):
        sys.exit(f"skipped: {DATA} not found (NewsMTSC is read from ../shared)")
    for split in splits:
        rows = list(rows_of(binary, split))
        for speaker in (True, False):
            mine = [(g, p) for s, g, p in rows if s == speaker]
            right = sum(g == p for g, p in mine)
            neutral = sum(g == "neutral" for g, _ in mine)
            name = "speaker rows" if speaker else "other rows"
            print(f"{split}\t{name}\t{len(mine)} matched\tmodel right {right}\t"
                  f"all-neutral right {neutral}")


if __name__ == "__main__":
    main()
