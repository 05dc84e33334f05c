#!/usr/bin/env python3
"""SemEval-2016 Task 6 (stance in tweets toward topics) with `stance --topics`.

    benches/semeval2016.py [STANCE_BINARY] [DATA_DIR]

DATA_DIR (default ../shared/data/semeval2016-stance) holds the common-CSV `train.csv` and
`test.csv` (text,target,label with favor/against/none). Two set-ups, each trained on train
and evaluated once on test (nothing tuned):

- one model for all five topics;
- one model per topic (the usual set-up for this task: a word's stance depends on the topic),
  each topic's rows written to a temporary directory and removed afterwards.

Prints the official metric, the mean of F1(favor) and F1(against) over all test rows
(pooled over the topics), and macro-F1 over the three labels. Standard library only.
"""

import csv
import json
import os
import subprocess
import sys
import tempfile

LABELS = ("against", "favor", "none")


def run(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return out.stdout


def train_eval(stance, train_csv, test_csv, work):
    model = os.path.join(work, "m.stance")
    run([stance, "train", train_csv, "--topics", "-o", model])
    return json.loads(run([stance, "eval", test_csv, "--topics", "-m", model, "--format", "json"]))


def scores(confusion):
    """(official F_avg, macro-F1) from a gold -> predicted -> count table."""
    f1 = {}
    for label in LABELS:
        tp = confusion.get(label, {}).get(label, 0)
        predicted = sum(confusion.get(g, {}).get(label, 0) for g in LABELS)
        gold = sum(confusion.get(label, {}).values())
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        f1[label] = 2 * p * r / (p + r) if p + r else 0.0
    return (f1["favor"] + f1["against"]) / 2, sum(f1.values()) / len(LABELS)


def add(total, confusion):
    for gold, row in confusion.items():
        for predicted, n in row.items():
            total.setdefault(gold, {}).setdefault(predicted, 0)
            total[gold][predicted] += n


def split(path, work, name):
    """Writes one CSV per topic; returns {topic: path}."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_topic = {}
    for row in rows:
        by_topic.setdefault(row["target"], []).append(row)
    paths = {}
    for i, (topic, topic_rows) in enumerate(sorted(by_topic.items())):
        out = os.path.join(work, f"{name}-{i}.csv")
        with open(out, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=["text", "target", "label"], extrasaction="ignore")
            w.writeheader()
            w.writerows(topic_rows)
        paths[topic] = out
    return paths


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    stance = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "target", "release", "stance")
    data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "shared", "data", "semeval2016-stance")
    train, test = os.path.join(data, "train.csv"), os.path.join(data, "test.csv")
    if not (os.path.exists(train) and os.path.exists(test)):
        print(f"skipped: {train} and {test} not found (the SemEval-2016 data is not in the repository)")
        return
    with tempfile.TemporaryDirectory() as work:
        one = train_eval(stance, train, test, work)
        f_avg, macro = scores(one["confusion"])
        print(f"one model, all topics:  F_avg(favor, against) {f_avg:.4f}  macro-F1 {macro:.4f}  ({one['rows']} rows)")
        trains, tests = split(train, work, "train"), split(test, work, "test")
        pooled = {}
        for topic in sorted(tests):
            if topic not in trains:
                print(f"  {topic:<36} skipped: no training rows for this topic")
                continue
            result = train_eval(stance, trains[topic], tests[topic], work)
            add(pooled, result["confusion"])
            f_avg, macro = scores(result["confusion"])
            print(f"  {topic:<36} F_avg {f_avg:.4f}  macro-F1 {macro:.4f}  ({result['rows']} rows)")
        f_avg, macro = scores(pooled)
        rows = sum(sum(r.values()) for r in pooled.values())
        print(f"one model per topic:    F_avg(favor, against) {f_avg:.4f}  macro-F1 {macro:.4f}  ({rows} rows)")


if __name__ == "__main__":
    main()
