#!/usr/bin/env bash
# Peer comparison: scikit-learn vs stance on NewsMTSC (see peer.py and docs/EVALUATION.md).
#
#   benches/peer/run.sh
#
# Environment: DATA (default ../shared/data/newsmtsc relative to the repository root; must
# hold train.csv, dev_rw.csv, dev_mt.csv), PYTHON (default python3, needs >= 3.11),
# CARGO_TARGET_DIR (respected). The virtual environment lives in target/peer-venv.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# A relative CARGO_TARGET_DIR means relative to where we were started; cargo runs from $root.
target_dir="${CARGO_TARGET_DIR:-$root/target}"
case "$target_dir" in /*) ;; *) target_dir="$PWD/$target_dir" ;; esac
export CARGO_TARGET_DIR="$target_dir"
data="${DATA:-$root/../shared/data/newsmtsc}"
python="${PYTHON:-python3}"

for f in train.csv dev_rw.csv dev_mt.csv; do
    if [ ! -f "$data/$f" ]; then
        echo "peer: $data/$f not found. Set DATA to the NewsMTSC CSV folder" \
             "(train.csv, dev_rw.csv, dev_mt.csv; see docs/EVALUATION.md)." >&2
        exit 2
    fi
done

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "peer: $python is missing or older than 3.11; set PYTHON to a Python >= 3.11." >&2
    exit 2
fi

venv="$root/target/peer-venv"
stamp="$venv/requirements.installed"
if [ ! -x "$venv/bin/python" ]; then
    echo "peer: creating $venv" >&2
    "$python" -m venv "$venv"
fi
if ! cmp -s "$here/requirements.txt" "$stamp"; then
    echo "peer: installing benches/peer/requirements.txt" >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        --only-binary=:all: -r "$here/requirements.txt"
    cp "$here/requirements.txt" "$stamp"
fi

echo "peer: cargo build --release" >&2
(cd "$root" && cargo build --release --quiet)

exec "$venv/bin/python" "$here/peer.py" "$target_dir/release/stance" "$data"
