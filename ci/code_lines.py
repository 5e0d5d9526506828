"""Code lines of each notebook: non-blank, non-comment lines of its code cells (the jupytext
source's cells that are not markdown). ``python ci/code_lines.py [files]`` prints them and the mean."""

from __future__ import annotations

import sys
from pathlib import Path

import jupytext

ROOT = Path(__file__).resolve().parent.parent


def code_lines(path: Path) -> int:
    notebook = jupytext.read(path)
    count = 0
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        count += sum(1 for line in cell.source.splitlines() if line.strip() and not line.strip().startswith("#"))
    return count


def main(paths: list[str]) -> None:
    files = [Path(p) for p in paths] or sorted(ROOT.glob("papers/*/*.py"))
    counts = {f: code_lines(f) for f in files}
    for f, n in sorted(counts.items(), key=lambda item: -item[1]):
        print(f"{n:5d}  {f.relative_to(ROOT) if f.is_absolute() else f}")
    print(f"{sum(counts.values()) / len(counts):7.1f}  mean over {len(counts)} notebooks")


if __name__ == "__main__":
    main(sys.argv[1:])
