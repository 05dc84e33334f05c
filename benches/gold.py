#!/usr/bin/env python3
"""Compares `stance score` with hand-written gold stances for a folder of articles
(`<name>.txt` beside `<name>.gold.csv`, the format of data/examples/README.md).

  benches/gold.py data/examples data/review       # figures per article and in total
  benches/gold.py --rows data/review              # also every row that differs from the gold
  benches/gold.py --stance target/debug/stance DIR

Figures: gold rows found (recall), extra rows the gold does not have (speakers' own rows
aside), holder and label right
among the found rows, and rows with target, holder and label all right. tests/examples_gold.rs
guards the same figures with lower bounds; this script is for reading the errors.
"""
import argparse
import csv
import glob
import json
import os
import subprocess
import sys

FIELDS = ("gold", "found", "extra", "holder", "label", "all")


def score(stance, path):
    out = subprocess.run([stance, "score", "--format", "json", path], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)["sentences"]


def compare(stance, txt, show_rows):
    name = os.path.basename(txt)[:-4]
    sentences = score(stance, txt)
    with open(txt[:-4] + ".gold.csv", encoding="utf-8") as f:
        gold = {(int(r["sentence"]), r["target"]): r for r in csv.DictReader(f)}
    tally = dict.fromkeys(FIELDS, 0)
    tally["gold"] = len(gold)
    seen = set()
    for s in sentences:
        for st in s["stances"]:
            key = (s["index"], st["target"])
            row = gold.get(key)
            if row is None:
                # A speaker's own row (`speaker: true`) is by design; the gold has no such rows.
                if st["speaker"]:
                    continue
                tally["extra"] += 1
                if show_rows:
                    print(f"  {name}[{key[0]}] extra {key[1]} ({st['label']}): {s['text'][:90]}")
                continue
            seen.add(key)
            tally["found"] += 1
            holder = st["holder"] or ""
            holder_ok = holder == row["holder"]
            label_ok = st["label"] == row["label"]
            tally["holder"] += holder_ok
            tally["label"] += label_ok
            tally["all"] += holder_ok and label_ok
            if show_rows and not (holder_ok and label_ok):
                what = []
                if not holder_ok:
                    what.append(f"holder {holder!r}, gold {row['holder']!r}")
                if not label_ok:
                    what.append(f"label {st['label']}, gold {row['label']}")
                print(f"  {name}[{key[0]}] {key[1]}: {'; '.join(what)}")
    if show_rows:
        for key in sorted(gold.keys() - seen):
            text = sentences[key[0]]["text"][:90] if key[0] < len(sentences) else "(no such sentence)"
            print(f"  {name}[{key[0]}] missed {key[1]}: {text}")
    return name, tally


def line(name, t):
    pct = lambda n, d: f"{100 * n / d:5.1f}%" if d else "    -"
    return (f"{name:<24} gold {t['gold']:4}  found {pct(t['found'], t['gold'])}  extra {t['extra']:3}"
            f"  holder {pct(t['holder'], t['found'])}  label {pct(t['label'], t['found'])}"
            f"  all three {pct(t['all'], t['gold'])}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+")
    parser.add_argument("--stance", default="target/release/stance")
    parser.add_argument("--rows", action="store_true", help="print every row that differs")
    args = parser.parse_args()
    total = dict.fromkeys(FIELDS, 0)
    for d in args.dirs:
        articles = sorted(glob.glob(os.path.join(d, "*.txt")))
        if not articles:
            sys.exit(f"error: {d}: no <name>.txt articles")
        for txt in articles:
            if not os.path.exists(txt[:-4] + ".gold.csv"):
                continue
            name, t = compare(args.stance, txt, args.rows)
            print(line(name, t))
            for k in FIELDS:
                total[k] += t[k]
    print(line("total", total))


if __name__ == "__main__":
    main()
