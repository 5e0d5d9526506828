"""The README's gallery table agrees with the stored notebooks' replication summaries.

Fix a failure by executing the notebook (``python ci/execute.py ...``) and then
``python ci/gallery_table.py --write``.
"""

import json

import pytest

from ci import gallery_table


def test_readme_table_matches_the_stored_outputs():
    text = gallery_table.README.read_text()
    start, end = gallery_table._table_span(text)
    assert text[start:end] == gallery_table.build(text)


def test_summary_is_read_from_the_stored_outputs(tmp_path):
    line = "summary: published 3/4 · other checks 9/9 · stated non-reproductions 1\n"
    notebook = tmp_path / "n.ipynb"
    notebook.write_text(json.dumps({"cells": [{"outputs": [{"name": "stdout", "text": ["table\n", line]}]}]}))
    assert gallery_table.stored_summary(notebook) == (3, 4, 9, 9, 1)
    notebook.write_text(json.dumps({"cells": [{"outputs": []}]}))
    with pytest.raises(ValueError, match="expected one 'summary:' line"):
        gallery_table.stored_summary(notebook)
