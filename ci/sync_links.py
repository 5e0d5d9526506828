"""Keep the Colab/Kaggle badge line and the install line of every notebook up to date.

Both are generated from ``[tool.neurorepro]`` (``repository``, ``branch``) and the project
name in pyproject.toml, and from each notebook's own path:

* the markdown line that starts with ``<!-- badges -->`` (Colab and Kaggle badges that open
  the notebook's ``.ipynb`` on GitHub), and
* the setup cell's ``INSTALL = "neurorepro @ git+https://github.com/OWNER/REPO@BRANCH"``.

Run from the repository root::

    python ci/sync_links.py           # rewrite papers/**/*.py (and those lines in the paired .ipynb)
    python ci/sync_links.py --check   # list the notebooks that are out of date; exit 1 if any

A notebook must hold exactly one of each line; one that does not is reported, never rewritten.
"""

import argparse
import functools
import re
import sys
import tomllib
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
PAPERS = ROOT / "papers"
BADGE_LINE = re.compile(r"^(?P<prefix>(?:# )?)<!-- badges -->.*$", re.MULTILINE)  # "# " in py:percent
INSTALL_LINE = re.compile(r"^(?P<indent>[ \t]*)INSTALL = .*$", re.MULTILINE)
OUT_OF_DATE = "out of date: run python ci/sync_links.py"


def notebook_sources():
    """The notebook sources: every ``papers/**/*.py`` not under, or named with, a leading ``.``/``_``."""
    return sorted(p for p in PAPERS.rglob("*.py")
                  if not any(part.startswith((".", "_")) for part in p.relative_to(PAPERS).parts))


@functools.cache
def settings():
    """Return ``(package, repository, branch)`` from pyproject.toml."""
    with open(ROOT / "pyproject.toml", "rb") as f:
        pyproject = tomllib.load(f)
    links = pyproject["tool"]["neurorepro"]
    return pyproject["project"]["name"], links["repository"], links["branch"]


def synced(text, source):
    """Return ``text`` (of ``source``, or a cell of its .ipynb) with the two lines regenerated."""
    package, repository, branch = settings()
    blob = f"{repository}/blob/{branch}/{source.relative_to(ROOT).with_suffix('.ipynb').as_posix()}"
    badges = (
        "<!-- badges -->"
        "[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]"
        f"(https://colab.research.google.com/github/{blob})"
        " [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)]"
        f"(https://kaggle.com/kernels/welcome?src=https://github.com/{blob})"
    )
    install = f'INSTALL = "{package} @ git+https://github.com/{repository}@{branch}"'
    text = BADGE_LINE.sub(lambda m: m["prefix"] + badges, text)
    return INSTALL_LINE.sub(lambda m: m["indent"] + install, text)


def malformed(text):
    """Return a message for each of the two lines that ``text`` does not hold exactly once."""
    counts = {"'<!-- badges -->'": BADGE_LINE.findall(text), "'INSTALL = '": INSTALL_LINE.findall(text)}
    return [f"{len(lines)} {name} lines, expected 1" for name, lines in counts.items() if len(lines) != 1]


def problems(source):
    """Return what is wrong with the badge and install lines of ``source`` (empty if nothing)."""
    text = source.read_text(encoding="utf-8")
    return malformed(text) or ([OUT_OF_DATE] if synced(text, source) != text else [])


def rewrite(source):
    """Regenerate the lines in ``source`` and in the cells of its paired .ipynb, whose outputs are kept."""
    source.write_text(synced(source.read_text(encoding="utf-8"), source), encoding="utf-8")
    paired = source.with_suffix(".ipynb")
    if paired.exists():
        nb = nbformat.read(paired, as_version=4)
        for cell in nb.cells:
            cell.source = synced(cell.source, source)
        nbformat.write(nb, paired)
    print(f"updated {source.relative_to(ROOT)}")


def main(argv=None):
    """Check or rewrite every notebook; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only list out-of-date notebooks; exit 1 if any")
    args = parser.parse_args(argv)
    status = 0
    for source in notebook_sources():
        found = problems(source)
        if found == [OUT_OF_DATE] and not args.check:
            rewrite(source)
        elif found:
            print(f"{source.relative_to(ROOT)}: {'; '.join(found)}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
