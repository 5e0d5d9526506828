#!/usr/bin/env bash
# The main job: set up, then execute every notebook of the gallery with papermill and store the
# executed outputs in the paired .ipynb files. Extra arguments go to ci/execute.py
# (e.g. `bash ci/gallery.sh papers/chaos` or `bash ci/gallery.sh papers/chaos/lorenz_1963.py`).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
python ci/execute.py "$@"
