"""Orbit (bifurcation) diagrams: the long-run values of a variable against a parameter, from
one ``vmap``-ped run of the runner over all parameter values.

A map is a step function like any other (it ignores ``clock.dt``; run it with dt = 1, one
iteration per step). For a flow, pass the sampled trajectory through
:func:`neurorepro.measures.peaks` (the successive maxima of a variable, as in Lorenz's return
map). Equilibria and their bifurcations are followed by :func:`neurorepro.analysis.continuation`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from . import _validate
from .monitors import StateMonitor
from .runner import sweep


def orbit_diagram(step: Callable, state, params, *, variable: str, n_transient: int, n_record: int,
                  dt: float = 1.0, param_axes=0, batch_state: bool = False,
                  progress: bool | None = None) -> np.ndarray:
    """Values of ``variable`` over ``n_record`` steps after ``n_transient`` steps, for every
    entry of the batched ``params``: float[n_params, n_record, ...]. ``param_axes``,
    ``batch_state`` and ``progress`` as in :func:`neurorepro.sweep`."""
    n_transient = _validate.count("n_transient", n_transient, minimum=0)
    n_record = _validate.count("n_record", n_record)
    if n_transient:
        state = sweep(step, state, params, duration=n_transient * dt, dt=dt, param_axes=param_axes,
                      batch_state=batch_state, progress=progress).state
        batch_state = True
    recorded = sweep(step, state, params, duration=n_record * dt, dt=dt, batch_state=batch_state,
                     t0=n_transient * dt, param_axes=param_axes, monitors={"x": StateMonitor(variable)},
                     progress=progress)
    return recorded["x"].values
