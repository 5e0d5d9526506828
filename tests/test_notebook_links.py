"""Every notebook's Colab/Kaggle badge line and install line match pyproject.toml and its path.

Fix a failure with ``python ci/sync_links.py``.
"""

import pytest

from ci.sync_links import ROOT, notebook_sources, problems


@pytest.mark.parametrize("source", notebook_sources(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_links_are_current(source):
    found = problems(source)
    assert not found, "; ".join(found)
