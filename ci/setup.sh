#!/usr/bin/env bash
# Creates .venv (once) and installs neurorepro with its notebook and test extras, pinned by
# ci/constraints.txt so that re-executed notebooks reproduce the stored outputs.
# Sourced by ci/gallery.sh and ci/test.sh; leaves the virtual environment activated.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${NEUROREPRO_VENV:-$root/.venv}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
# shellcheck disable=SC1091
source "$venv/bin/activate"
stamp="$venv/.installed-$(cat "$root/pyproject.toml" "$root/ci/constraints.txt" | sha1sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
    python -m pip install --quiet --upgrade pip
    python -m pip install --quiet -c "$root/ci/constraints.txt" -e "$root[test]"
    python -m ipykernel install --sys-prefix --name python3 >/dev/null
    rm -f "$venv"/.installed-* && touch "$stamp"
fi
export JAX_PLATFORMS=cpu
export TQDM_DISABLE=1  # progress bars appear only on slow runs: keep them out of stored outputs
cd "$root"
