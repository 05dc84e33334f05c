#!/usr/bin/env python3
"""Peer comparison: scikit-learn TF-IDF + LogisticRegression vs `stance`, same files, same run.

Run it through benches/peer/run.sh (venv, release build, data). Directly:
    peer.py STANCE_BINARY DATA_DIR        # DATA_DIR holds train.csv, dev_rw.csv, dev_mt.csv

The peer: for each row the target is located as `stance` does (first case-sensitive occurrence
on word boundaries, else the first substring occurrence); the input is the 6
whitespace-separated words left of it + " <t> " + mention + " </t> " + the 6 words right of
it. TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True) with the default token
pattern extended to keep the markers `<t>` and `</t>` as tokens, then
LogisticRegression(C=4, max_iter=1000) (lbfgs, multinomial).

Every measured step is its own process, so wall time and peak RSS (os.wait4's ru_maxrss) are
per step. Scoring is timed from reading the CSV text to class probabilities, one thread, five
processes per file, best run kept; training is run once per setting. "One thread" = the
child starts with OMP/OPENBLAS/MKL/RAYON_NUM_THREADS=1 (set before numpy is imported);
"default threads" = those variables unset. Printed as markdown.

`stance` is trained as the shipped model is (minus the project's supplement): with Hu and
Liu's opinion-word lists when DATA_DIR/../lexicons/bingliu holds them (env LISTS_DIR
overrides the folder), without them otherwise; the output says which.
"""
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

WINDOW = 6
TOKEN_PATTERN = r"(?u)</?t>|\b\w\w+\b"  # scikit-learn's default plus the two markers
REPEATS = 5
ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS")
SCORED = ("dev_rw", "dev_mt", "train")  # train: throughput only (its F1 is on training data)


# ---- the scikit-learn peer (runs in child processes: `peer.py sk-train|sk-score ...`) ----

def read_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [(r["text"], r["target"], r["label"]) for r in csv.DictReader(f)]


def locate(text, target):
    """Start of the first occurrence on word boundaries, else of the first occurrence, else -1.
    Same rule as stance's dataset.rs: a boundary is a non-alphanumeric neighbour (or the text's
    edge), and a mention starting or ending with punctuation needs no boundary on that side."""
    first = i = text.find(target)
    while i >= 0:
        end = i + len(target)
        left_ok = i == 0 or not text[i - 1].isalnum() or not target[0].isalnum()
        right_ok = end == len(text) or not text[end].isalnum() or not target[-1].isalnum()
        if left_ok and right_ok:
            return i
        i = text.find(target, end)
    return first


def window(text, target):
    """6 words left + marked mention + 6 words right; "word" = whitespace token."""
    start = locate(text, target) if target else -1
    if start < 0:  # not in the text (does not happen in NewsMTSC): the mention alone
        return f"<t> {target} </t>"
    end = start + len(target)
    left = text[:start].split()[-WINDOW:]
    right = text[end:].split()[:WINDOW]
    return " ".join(left + ["<t>", text[start:end], "</t>"] + right)


def sk_train(train_csv, model_path):
    import pickle
    import numpy, scipy, sklearn
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    t0 = time.perf_counter()
    rows = read_rows(train_csv)
    t1 = time.perf_counter()
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                          token_pattern=TOKEN_PATTERN)
    x = vec.fit_transform([window(t, g) for t, g, _ in rows])
    clf = LogisticRegression(C=4, max_iter=1000).fit(x, [y for _, _, y in rows])
    t2 = time.perf_counter()
    with open(model_path, "wb") as f:
        pickle.dump((vec, clf), f)
    t3 = time.perf_counter()
    print(json.dumps({"fit_s": t2 - t1, "with_io_s": t3 - t0, "iterations": int(clf.n_iter_[0]),
                      "features": len(vec.vocabulary_), "versions": {
                          "scikit-learn": sklearn.__version__, "numpy": numpy.__version__,
                          "scipy": scipy.__version__}}))


def sk_score(model_path, data_csv):
    import pickle
    from sklearn.metrics import f1_score
    with open(model_path, "rb") as f:
        vec, clf = pickle.load(f)
    t0 = time.perf_counter()
    rows = read_rows(data_csv)
    proba = clf.predict_proba(vec.transform([window(t, g) for t, g, _ in rows]))
    seconds = time.perf_counter() - t0
    predicted = clf.classes_[proba.argmax(axis=1)]
    f1 = f1_score([y for _, _, y in rows], predicted, average="macro")
    print(json.dumps({"rows": len(rows), "seconds": seconds, "macro_f1": f1}))


# ---- the driver ----

def run(cmd, one_thread):
    """Runs cmd; returns (stdout, wall seconds, peak RSS in MiB, CPU seconds) of that process."""
    env = dict(os.environ)
    for k in ONE_THREAD:
        env.pop(k, None)
        if one_thread:
            env[k] = "1"
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if p.returncode != 0:
        sys.exit(f"peer: {' '.join(cmd)} failed ({p.returncode}):\n{stderr}")
    return stdout, wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def grab(pattern, text):
    m = re.search(pattern, text, re.M)
    if not m:
        sys.exit(f"peer: cannot find /{pattern}/ in stance's output:\n{text}")
    return float(m.group(1))


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_gib = int(f.readline().split()[1]) / 2**20
    return f"{cpu}, {os.cpu_count()} logical CPUs, {mem_gib:.1f} GiB RAM, Linux {os.uname().release}"


def main(stance, data):
    me = [sys.executable, os.path.abspath(__file__)]
    files = {name: os.path.join(data, name + ".csv") for name in ("train", "dev_rw", "dev_mt")}
    lists_dir = os.environ.get("LISTS_DIR", os.path.join(data, "..", "lexicons", "bingliu"))
    lists = [os.path.join(lists_dir, f"{p}-words.txt") for p in ("positive", "negative")]
    list_flags = []
    if all(os.path.isfile(f) for f in lists):
        list_flags = ["--positive-words", lists[0], "--negative-words", lists[1], "--lossy"]
    os.environ["SOURCE_DATE_EPOCH"] = "1796083200"  # fixed creation time: comparable model bytes
    loads = [loadavg()]
    log = lambda msg: print(f"[{time.strftime('%H:%M:%S')}] {msg} (load {loadavg()})", file=sys.stderr)
    tmp = tempfile.mkdtemp(prefix="stance-peer-")
    sk_model, st_model = os.path.join(tmp, "peer.pkl"), os.path.join(tmp, "peer.stance")
    r = {}  # (tool, metric) -> value
    imports = ["-c", "import sklearn.linear_model, sklearn.feature_extraction.text"]
    import_mib = run(me[:1] + imports, True)[2]

    for th, one in (("1", True), ("n", False)):
        log(f"training, {'one thread' if one else 'default threads'}")
        out, r["sk", "wall", th], r["sk", "rss", th], r["sk", "cpu", th] = run(
            me + ["sk-train", files["train"], sk_model + th], one)
        got = json.loads(out)
        info = got if one else info  # the details printed describe the 1-thread models
        r["sk", "io", th], r["sk", "fit", th] = got["with_io_s"], got["fit_s"]
        out, r["st", "wall", th], r["st", "rss", th], r["st", "cpu", th] = run(
            [stance, "train", files["train"], "-o", st_model + th, "--name", "peer"] + list_flags,
            one)
        r["st", "io", th] = grab(r"^wrote .* \(([\d.]+) s\)", out)
        if one:
            st_info = (int(grab(r"^\s*features\s+(\d+)", out)), int(grab(r"(\d+) iterations", out)))
        loads.append(loadavg())
    os.replace(sk_model + "1", sk_model)  # both tools score with their 1-thread model
    os.replace(st_model + "1", st_model)
    with open(st_model, "rb") as a, open(st_model + "n", "rb") as b:
        same_bytes = a.read() == b.read()

    for name in SCORED:
        log(f"scoring {name}, one thread, {REPEATS} runs each")
        sk_runs = [run(me + ["sk-score", sk_model, files[name]], True) for _ in range(REPEATS)]
        st_runs = [run([stance, "eval", files[name], "-m", st_model], True) for _ in range(REPEATS)]
        sk = [json.loads(o) for o, *_ in sk_runs]
        rows = sk[0]["rows"]
        r["rows", name] = rows
        r["sk", "rate", name] = max(rows / s["seconds"] for s in sk)
        r["st", "rate", name] = max(grab(r"\(([\d.]+) rows/s", o) for o, *_ in st_runs)
        for tool, runs in (("sk", sk_runs), ("st", st_runs)):
            r[tool, "wall", name] = min(x[1] for x in runs)
            r[tool, "rss", name] = max(x[2] for x in runs)
            r[tool, "cpu", name] = min(x[3] for x in runs)
        r["sk", "f1", name] = sk[0]["macro_f1"]
        r["st", "f1", name] = grab(r"macro-F1\s+([\d.]+)", st_runs[0][0])
        if int(grab(r"^rows\s+(\d+)", st_runs[0][0])) != rows:
            sys.exit(f"peer: stance and scikit-learn read different row counts in {name}")
        loads.append(loadavg())
    shutil.rmtree(tmp)

    def row(label, kind, *key):
        sk, st = r[("sk",) + key], r.get(("st",) + key)
        fmt = {"s": "{:.2f} s", "rate": "{:,.0f}", "mib": "{:.0f} MiB", "f1": "{:.3f}"}[kind].format
        if st is None:
            return f"| {label} | {fmt(sk)} | – | – |"
        if kind == "f1":
            ratio = f"{st - sk:+.3f} (difference)"
        else:
            x = st / sk if kind == "rate" else sk / st
            ratio = f"{x:.2f}×" if x < 1 else f"{x:.1f}×"
        return f"| {label} | {fmt(sk)} | {fmt(st)} | {ratio} |"

    lines = ["| metric | scikit-learn | stance | ratio |", "|---|---|---|---|"]
    for th, t in (("1", "1 thread"), ("n", f"default threads ({os.cpu_count()} CPUs)")):
        lines += [row(f"training s, {t}: CSV read + fit + model write", "s", "io", th),
                  row(f"training s, {t}: vectorizer + LR fit only", "s", "fit", th),
                  row(f"training process wall s, {t}", "s", "wall", th),
                  row(f"training process CPU s (user + sys), {t}", "s", "cpu", th)]
    lines.append(row("training peak RSS, 1 thread", "mib", "rss", "1"))
    lines += [row(f"scoring rows/s, 1 thread, CSV → probabilities: {n} ({r['rows', n]:,} rows)",
                  "rate", "rate", n) for n in SCORED]
    lines += [row(f"scoring process wall s (start-up + model load + score): {n}", "s", "wall", n)
              for n in SCORED]
    lines.append(row("scoring process CPU s (user + sys): train", "s", "cpu", "train"))
    for tool in ("sk", "st"):
        r[tool, "rss", "max"] = max(r[tool, "rss", n] for n in SCORED)
    lines.append(row("scoring peak RSS (largest of all scoring runs)", "mib", "rss", "max"))
    lines += [row(f"macro-F1 {n}", "f1", "f1", n) for n in ("dev_rw", "dev_mt")]
    loads.append(loadavg())
    print("\n".join(lines))
    print(f"""
Ratios: rows/s stance / scikit-learn; seconds and memory scikit-learn / stance (above 1 =
stance faster or smaller); F1 is the difference stance - scikit-learn. Both trained on
train.csv only. Scoring: best of {REPEATS} separate processes per file; training: one run each.
scikit-learn: {', '.join(f'{k} {v}' for k, v in info['versions'].items())}, Python
{sys.version.split()[0]}, lbfgs {info['iterations']} iterations, {info['features']:,} features;
Python + scikit-learn imported and nothing else: {import_mib:.0f} MiB RSS.
stance: {st_info[0]:,} features, {st_info[1]} L-BFGS iterations, {"with the opinion-word lists in " + lists_dir if list_flags else "without opinion-word lists"}; models trained with 1 and
with default threads byte-identical: {'yes' if same_bytes else 'NO'}.
Machine: {machine()}.
Load average (1/5/15 min) at start, after each phase, at end: {' ; '.join(loads)}.""")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "sk-train":
        sk_train(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "sk-score":
        sk_score(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3:
        main(os.path.abspath(sys.argv[1]), sys.argv[2])
    else:
        sys.exit(__doc__)
