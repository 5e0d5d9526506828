"""The README's gallery table, its evidence columns taken from the stored notebooks' outputs.

Each notebook's replication check prints a line

    summary: published 5/6 · other checks 20/20 · stated non-reproductions 1

(``neurorepro.replication.summary_line``). This script reads that line from every stored
``.ipynb`` and fills the table's last three columns from it; the first three (paper, notebook,
figures reproduced) are written by hand. ``tests/test_gallery_table.py`` checks that the README
agrees with the stored outputs, so the table cannot drift.

    python ci/gallery_table.py           # print the table built from the stored outputs
    python ci/gallery_table.py --write   # and write it into README.md
"""

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere
from ci.sync_links import notebook_sources  # noqa: E402

README = ROOT / "README.md"
HEADER = ("| paper | notebook | figures reproduced | published numbers reproduced / compared "
          "| other checks reproduced | stated non-reproductions |")
SUMMARY = re.compile(r"summary: published (\d+)/(\d+) · other checks (\d+)/(\d+) · "
                     r"stated non-reproductions (\d+)")
LINK = re.compile(r"\]\((papers/[^)]+\.py)\)")


def stored_summary(notebook: Path) -> tuple[int, ...]:
    """The five counts of the summary line in the stored outputs of ``notebook`` (``.ipynb``)."""
    cells = json.loads(notebook.read_text())["cells"]
    found = []
    for cell in cells:
        for output in cell.get("outputs", []):
            text = output.get("text", "")
            found += SUMMARY.findall("".join(text) if isinstance(text, list) else text)
    if len(found) != 1:
        raise ValueError(f"{notebook}: expected one 'summary:' line in the stored "
                         f"outputs, found {len(found)}; execute it with ci/execute.py")
    return tuple(int(n) for n in found[0])


def _table_span(text: str) -> tuple[int, int]:
    start = text.index("\n| paper | notebook |", text.index("## The gallery")) + 1
    end = text.index("\n\n", start)
    return start, end


def build(text: str) -> str:
    """The README's gallery table with its evidence columns filled from the stored outputs."""
    start, end = _table_span(text)
    rows = text[start:end].splitlines()[2:]
    listed, out = set(), [HEADER, "|---|---|---|---|---|---|"]
    for row in rows:
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        (source,) = LINK.findall(cells[1])
        listed.add(source)
        published, compared, other, other_total, stated = stored_summary(ROOT / Path(source).with_suffix(".ipynb"))
        out.append(f"| {' | '.join(cells[:3])} | {published} / {compared} | {other} / {other_total} | {stated} |")
    unlisted = sorted(str(p.relative_to(ROOT)) for p in notebook_sources() if str(p.relative_to(ROOT)) not in listed)
    if unlisted:
        raise ValueError(f"notebooks missing from the README's gallery table: {', '.join(unlisted)}")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the table into README.md")
    args = parser.parse_args()
    text = README.read_text()
    table = build(text)
    print(table)
    if args.write:
        start, end = _table_span(text)
        README.write_text(text[:start] + table + text[end:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
