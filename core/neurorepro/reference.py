"""Reference data the notebooks check against, read from the repository's ``data/`` folder.

A notebook executed inside a checkout finds ``data/`` in one of its parent folders; on Colab or
Kaggle, where only the notebook is opened, the file is downloaded from the repository instead.
"""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

REPOSITORY = "neurorepro/neurorepro"  # kept equal to [tool.neurorepro] in pyproject.toml by a test
BRANCH = "main"


def _local(relative: str) -> Path | None:
    for folder in [Path.cwd(), *Path.cwd().parents]:
        candidate = folder / "data" / relative
        if candidate.is_file():
            return candidate
    return None


def read_text(relative: str) -> str:
    """The text of ``data/<relative>``, from the checkout if there is one, else from GitHub."""
    path = _local(relative)
    if path is not None:
        return path.read_text(encoding="utf-8")
    url = f"https://raw.githubusercontent.com/{REPOSITORY}/{BRANCH}/data/{relative}"
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8")
    except OSError as error:
        raise FileNotFoundError(f"data/{relative} is neither in this checkout nor at {url}") from error


def load_json(relative: str):
    """``data/<relative>`` parsed as JSON."""
    return json.loads(read_text(relative))
