"""pytest plugin: compare the figures of notebooks checked with ``pytest --nbval``.

nbval compares text outputs but skips ``image/png``. With this plugin (loaded by the root
``conftest.py``) every stored figure of a cell is also compared with the re-executed one:
both PNGs are decoded to pixel arrays and compared with
:func:`matplotlib.testing.compare.calculate_rms`. A cell fails when the number of figures
differs, when two figures differ in size, or when their RMS difference (0-255 scale, as in
pytest-mpl) exceeds the ini option ``nbval_figure_rms`` (default 2.0; e.g.
``-o nbval_figure_rms=5``).

Outputs that carry a Jupyter widget view (tqdm progress bars in a notebook) are left out of
the comparison: their text is a snapshot of a live bar, and whether they appear at all depends
on timing (tqdm's ``delay``). Other outputs go through nbval's own comparison unchanged.

While ``--nbval`` is on, the kernels run JAX on the CPU (``JAX_PLATFORMS=cpu`` unless already
set), as ``ci/execute.py`` does when producing the stored notebooks.
"""

import base64
import io
import os

import numpy as np
import pytest
from PIL import Image

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def pytest_addoption(parser):
    """Register the ``nbval_figure_rms`` ini option."""
    parser.addini("nbval_figure_rms", default="2.0",
                  help="largest RMS difference (0-255 scale) between a stored and a re-executed figure")


def pytest_configure(config):
    """Wrap nbval's per-cell comparison when ``--nbval`` or ``--nbval-lax`` is on; undone at exit."""
    if not (config.getoption("nbval", False) or config.getoption("nbval_lax", False)):
        return
    from nbval.plugin import IPyNbCell

    nbval_compare = IPyNbCell.compare_outputs
    tolerance = float(config.getini("nbval_figure_rms"))

    def compare_outputs(cell, test, ref, skip_compare=None):
        """nbval's comparison of the non-widget outputs, then the figure comparison."""
        test, ref = without_widgets(test), without_widgets(ref)
        text_ok = nbval_compare(cell, test, ref, skip_compare)
        problems = compare_figures(figures(ref), figures(test), tolerance)
        cell.comparison_traceback.extend(
            f"{cell.colors.FAIL}Cell {cell.cell_num}: {problem}{cell.colors.ENDC}" for problem in problems)
        return text_ok and not problems

    patch = pytest.MonkeyPatch()
    patch.setattr(IPyNbCell, "compare_outputs", compare_outputs)
    if "JAX_PLATFORMS" not in os.environ:
        patch.setenv("JAX_PLATFORMS", "cpu")
    config.add_cleanup(patch.undo)


def without_widgets(outputs):
    """The outputs that do not carry a widget view."""
    return [out for out in outputs if WIDGET_VIEW not in out.get("data", {})]


def figures(outputs):
    """The base64 ``image/png`` payloads of ``outputs``, in order."""
    return [out["data"]["image/png"] for out in outputs if "image/png" in out.get("data", {})]


def pixels(png):
    """Decode a base64 PNG to an int16 array, RGB or (if transparent) RGBA, as matplotlib's compare does."""
    image = Image.open(io.BytesIO(base64.b64decode(png)))
    if image.mode != "RGBA" or image.getextrema()[3][0] == 255:
        image = image.convert("RGB")
    return np.asarray(image, dtype=np.int16)


def compare_figures(stored, executed, tolerance):
    """Return a message for each difference between the stored and the re-executed figures."""
    # imported here, not at the top, as this module is loaded by every pytest run
    from matplotlib.testing.compare import calculate_rms

    if len(stored) != len(executed):
        return [f"{len(executed)} figure(s) produced, {len(stored)} stored"]
    problems = []
    for index, (expected, actual) in enumerate(zip(stored, executed)):
        expected, actual = pixels(expected), pixels(actual)
        if expected.shape != actual.shape:
            problems.append(f"figure {index}: size {actual.shape} differs from the stored {expected.shape}")
            continue
        rms = calculate_rms(expected, actual)
        if rms > tolerance:
            problems.append(f"figure {index} differs from the stored one: "
                            f"RMS {rms:.3f} > tolerance {tolerance:g}")
    return problems
