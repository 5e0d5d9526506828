"""Orbit (bifurcation) diagrams: the long-run values of a variable against a parameter, from
one ``vmap``-ped run of the runner over all parameter values.

A map is a step function like any other (it ignores ``clock.dt``; run it with dt = 1, one
iteration per step). For a flow, pass the sampled trajectory through :func:`local_maxima`
(the successive maxima of a variable, as in Lorenz's return map).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from . import _validate
from .monitors import StateMonitor
from .runner import sweep


def orbit_diagram(step: Callable, state, params, *, variable: str, n_transient: int, n_record: int,
                  dt: float = 1.0) -> np.ndarray:
    """Values of ``variable`` over ``n_record`` steps after ``n_transient`` steps, for every
    entry of the batched ``params``: float[n_params, n_record, ...]."""
    n_transient = _validate.count("n_transient", n_transient, minimum=0)
    n_record = _validate.count("n_record", n_record)
    settled = sweep(step, state, params, duration=n_transient * dt, dt=dt).state if n_transient else None
    recorded = sweep(step, settled if n_transient else state, params, duration=n_record * dt, dt=dt,
                     batch_state=n_transient > 0, t0=n_transient * dt,
                     monitors={"x": StateMonitor(variable)})
    return np.stack([trace.values for trace in recorded["x"]])


def local_maxima(x: np.ndarray) -> np.ndarray:
    """The values of the strict interior local maxima of the samples ``x`` (1-D)."""
    x = np.asarray(x)
    peak = (x[1:-1] > x[:-2]) & (x[1:-1] >= x[2:])
    return x[1:-1][peak]
