#!/usr/bin/env bash
# Every test: set up, then the core's tests and every notebook re-executed by nbval and compared
# with its stored outputs (text, and figures by RMS), plus the source/notebook pairing checks.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
python -m pytest tests papers --nbval --nbval-current-env \
    --nbval-sanitize-with ci/nbval_sanitize.cfg --nbval-cell-timeout 600 \
    -n "${NEUROREPRO_JOBS:-2}" --dist loadfile -p no:cacheprovider "$@"
