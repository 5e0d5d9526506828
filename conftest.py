"""Repository-wide pytest setup: load the figure comparison for ``pytest --nbval`` (ci/nbval_figures.py)."""

pytest_plugins = ["ci.nbval_figures"]
collect_ignore = ["ci/out"]  # executed copies with overridden parameters, not references
