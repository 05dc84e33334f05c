#!/usr/bin/env python3
"""Writes a JSONL corpus ({"id": ..., "text": ...} per line) of about SIZE bytes to stdout,
for `stance score --input jsonl -` memory and throughput runs (docs/SCALE.md).

  benches/corpus.py examples 1G   # the four articles in data/examples, repeated
  benches/corpus.py random 100M   # actor sentences padded with invented words: every
                                  # word is new, so the stem cache fills up

Only text written for the project (or generated here) is used; nothing is downloaded.
"""
import glob
import json
import os
import random
import sys

UNITS = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def size(text):
    unit = UNITS.get(text[-1:].upper())
    return int(text[:-1]) * unit if unit else int(text)


def examples():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "examples")
    docs = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(root, "*.txt")))]
    i = 0
    while True:
        yield docs[i % len(docs)]
        i += 1


def invented():
    rng = random.Random(7)
    actors = ["France", "Germany", "Japan", "Brazil", "Kenya", "the European Union", "NATO", "Russia"]
    verbs = ["praised", "condemned", "met", "criticised", "welcomed", "rejected"]
    letters = "abcdefghijklmnopqrstuvwxyz"
    while True:
        sentences = []
        for _ in range(12):
            a, b = rng.sample(actors, 2)
            filler = " ".join(
                "".join(rng.choice(letters) for _ in range(rng.randint(5, 10)))
                for _ in range(rng.randint(6, 14))
            )
            sentences.append(f"{a} {rng.choice(verbs)} {b} over the {filler}.")
        yield " ".join(sentences)


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("examples", "random"):
        sys.exit(__doc__)
    target = size(sys.argv[2])
    texts = examples() if sys.argv[1] == "examples" else invented()
    total = 0
    for i, text in enumerate(texts):
        if total >= target:
            sys.stderr.write(f"corpus: {i} documents, {total} bytes\n")
            break
        line = json.dumps({"id": i, "text": text}) + "\n"
        sys.stdout.write(line)
        total += len(line.encode("utf-8"))


if __name__ == "__main__":
    main()
