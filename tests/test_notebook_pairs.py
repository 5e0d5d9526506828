"""Every notebook source ``papers/**/*.py`` has a paired ``.ipynb`` that was executed from it.

The stored notebook must have the same cells as the ``.py`` (compared the way jupytext checks
a pair when Jupyter opens it: both written as py:percent, so cell types, sources and the
``parameters`` tag count), hold outputs, have every code cell executed and no error output.
Fix a failure by executing the notebook again: ``python ci/execute.py papers/<folder>/<name>.py``.
"""

import jupytext
import nbformat
import pytest
from jupytext.compare import compare

from ci.sync_links import ROOT, notebook_sources


@pytest.mark.parametrize("source", notebook_sources(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_pair_is_executed_and_in_sync(source):
    stored_path = source.with_suffix(".ipynb")
    fix = f"run: python ci/execute.py {source.relative_to(ROOT).as_posix()}"
    assert stored_path.exists(), f"{stored_path.name} is missing; {fix}"
    stored = nbformat.read(stored_path, as_version=4)

    stored_text = jupytext.writes(stored, "py:percent")
    source_text = jupytext.writes(jupytext.read(source), "py:percent")
    diff = compare(stored_text, source_text, stored_path.name, source.name, return_diff=True)
    if diff:
        pytest.fail(f"the cells of {stored_path.name} differ from {source.name}; {fix}\n{diff}",
                    pytrace=False)

    code = [cell for cell in stored.cells if cell.cell_type == "code"]
    assert any(cell.outputs for cell in code), f"{stored_path.name} holds no outputs; {fix}"
    unexecuted = [i for i, cell in enumerate(code) if cell.execution_count is None and cell.source.strip()]
    assert not unexecuted, f"code cells {unexecuted} of {stored_path.name} were not executed; {fix}"
    errors = [i for i, cell in enumerate(code) if any(out.output_type == "error" for out in cell.outputs)]
    assert not errors, f"code cells {errors} of {stored_path.name} hold errors"
