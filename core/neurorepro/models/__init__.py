"""Neuron models used by more than one notebook.

Each model is a module of pure functions over a parameter dataclass and a state
(both pytrees): ``init``, ``derivative`` (the equations, for the integrators) and ``step``
(one integration step plus threshold and reset).
"""

from . import adex, hh_traub, izhikevich, lif

__all__ = ["adex", "hh_traub", "izhikevich", "lif"]
