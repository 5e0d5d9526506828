"""Execute the gallery's notebooks with papermill.

Run from the repository root::

    python ci/execute.py                        # every notebook under papers/
    python ci/execute.py papers/chaos           # the notebooks of one folder
    python ci/execute.py papers/chaos/lorenz_1963.py -p n_steps 500 -p dt 0.01

Each notebook is built from its jupytext ``.py`` source (the source of truth) and executed by
papermill in its own folder, with JAX on the CPU. papermill's output notebook goes to the out
folder (``ci/out/`` unless ``--out`` is given; on failure it shows where the run stopped). Only
at default parameters and without ``--out`` is the executed notebook also written back as the
paired ``.ipynb``, the stored reference that ``pytest --nbval`` compares against. A table of
wall times is printed and written to ``<out>/timings.json``; the exit status is 1 if any
notebook failed.
"""

import argparse
import ast
import json
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAPERS = ROOT / "papers"
DEFAULT_OUT = ROOT / "ci" / "out"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def find_notebooks(paths):
    """Return the notebook sources (``.py``) named by ``paths``, files or folders (default: papers/).

    In a folder, every ``.py`` file is a notebook except those under, or named with, a leading
    ``.`` or ``_`` (checkpoints, caches, helper modules).
    """
    found = []
    for path in map(Path, paths or [PAPERS]):
        path = path.resolve()
        if not path.is_relative_to(ROOT):
            sys.exit(f"error: {path} is outside the repository {ROOT}")
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.py")
                            if not any(part.startswith((".", "_")) for part in p.relative_to(path).parts))
        elif path.suffix in (".py", ".ipynb") and path.with_suffix(".py").is_file():
            found.append(path.with_suffix(".py"))
        else:
            sys.exit(f"error: {path} is neither a folder nor a notebook with a .py source")
    return list(dict.fromkeys(found))


def parse_value(text):
    """Parse a ``-p`` value as a Python literal (``3``, ``0.5``, ``True``, ``[1, 2]``), else a string."""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def strip_run_records(nb):
    """Drop papermill's run records (timestamps, paths, empty tags).

    An unchanged notebook then re-executes to the same file (if its outputs are deterministic).
    """
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        if cell.metadata.get("tags") == []:
            del cell.metadata["tags"]
    return nb


def execute(source, parameters, out_dir, timeout, write_reference):
    """Execute one notebook; return ``(seconds, error)`` where ``error`` is None on success.

    Runs in a worker process (papermill changes the working directory to the notebook's folder).
    The stored ``.ipynb`` is not written if the ``.py`` was edited while the notebook ran.
    """
    import jupytext
    import papermill
    from jupytext.combine import combine_inputs_with_outputs

    start = time.perf_counter()
    try:
        text = source.read_text(encoding="utf-8")
        nb = jupytext.reads(text, fmt="py:percent")
        reference = source.with_suffix(".ipynb")
        if reference.exists():  # keep the stored cell ids, so that re-executing gives small diffs
            nb = combine_inputs_with_outputs(nb, jupytext.read(reference), fmt="py:percent")
        nb.metadata["kernelspec"] = KERNELSPEC
        out = out_dir / source.relative_to(ROOT).with_suffix(".ipynb")
        out.parent.mkdir(parents=True, exist_ok=True)
        nb = papermill.execute_notebook(
            nb, out, parameters=parameters, kernel_name="python3", cwd=source.parent,
            progress_bar=False, execution_timeout=timeout,
            record_timing=False, store_widget_state=False,  # nbclient: no timestamps, no widget ids
        )
    except Exception as error:  # a failing cell (PapermillExecutionError), a timeout, a dead kernel...
        return time.perf_counter() - start, f"{type(error).__name__}: {error}"
    seconds = time.perf_counter() - start
    if not write_reference:
        return seconds, None
    if source.read_text(encoding="utf-8") != text:
        return seconds, f"{source.name} changed while it ran; {reference.name} not written, execute it again"
    jupytext.write(strip_run_records(nb), reference)
    return seconds, None


def main(argv=None):
    """Parse the command line, execute the notebooks in parallel, report; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="notebook (.py or .ipynb) or folder; default: papers/")
    parser.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                        help="override a parameter (the result goes to --out, never to the stored .ipynb)")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count(),
                        help="notebooks executed in parallel (default: %(default)s)")
    parser.add_argument("--out", type=Path,
                        help=f"folder for the executed notebooks (default: {DEFAULT_OUT.relative_to(ROOT)})")
    parser.add_argument("--timeout", type=float, default=1800,
                        help="per-cell timeout in seconds (default: %(default)s)")
    args = parser.parse_args(argv)

    notebooks = find_notebooks(args.paths)
    parameters = {name: parse_value(value) for name, value in args.parameter}
    out_dir = (args.out or DEFAULT_OUT).resolve()
    write_reference = not parameters and args.out is None
    os.environ["JAX_PLATFORMS"] = "cpu"  # inherited by the workers and their kernels

    results = {}
    workers = max(1, min(args.jobs, len(notebooks)))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = {pool.submit(execute, nb, parameters, out_dir, args.timeout, write_reference): nb
                   for nb in notebooks}
        for future in as_completed(futures):
            name = futures[future].relative_to(ROOT).as_posix()
            seconds, error = results[name] = future.result()
            print(f"{status(error):6} {seconds:8.1f} s  {name}", flush=True)

    for name, (_, error) in sorted(results.items()):
        if error is not None:
            print(f"\n=== {name} failed ===\n{error}", file=sys.stderr)
    width = max([len("notebook")] + [len(name) for name in results])
    print(f"\n{'notebook':{width}}  {'seconds':>8}  status")
    for name, (seconds, error) in sorted(results.items()):
        print(f"{name:{width}}  {seconds:8.1f}  {status(error)}")
    timings = {
        "workers": workers,
        "parameters": parameters,
        "notebooks": [{"notebook": name, "seconds": round(seconds, 2), "ok": error is None}
                      for name, (seconds, error) in sorted(results.items())],
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "timings.json").write_text(json.dumps(timings, indent=2, default=repr) + "\n")
    return 0 if all(error is None for _, error in results.values()) else 1


def status(error):
    """The status word of a notebook whose run ended with ``error`` (None: success)."""
    return "ok" if error is None else "FAILED"


if __name__ == "__main__":
    sys.exit(main())
