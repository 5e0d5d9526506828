"""The notebook pipeline: execute.py, nbval_figures.py (pytest plugin), sync_links.py."""
