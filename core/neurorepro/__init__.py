"""neurorepro: a small functional JAX core for reproducing computational-neuroscience papers.

Conventions: time in ms, potentials in mV, conductances in nS, currents in pA, capacitances
in pF, rates in Hz. State and parameters are pytrees; a model is a step function run by
:func:`neurorepro.run` (compiled once with ``jax.lax.scan``).
"""

import importlib

from . import (bifurcation, connectivity, delay, fractional, gap_junctions, inputs, integrators, lyapunov,
               models, monitors, propagation, reference, replication, synapses)
from .connectivity import Connectivity, all_to_all, combine, fixed_indegree, fixed_probability
from .integrators import integrate
from .lyapunov import largest_lyapunov, lyapunov_spectrum
from .monitors import RateMonitor, SpikeMonitor, StateMonitor
from .propagation import delay_buffer, propagate, transmit
from .runner import Clock, RunResult, SimulationDiverged, run, sweep

__version__ = "0.1.0"

__all__ = [
    "Clock", "Connectivity", "bifurcation", "delay", "fractional", "gap_junctions", "reference", "RateMonitor", "RunResult", "SimulationDiverged", "SpikeMonitor",
    "StateMonitor", "all_to_all", "combine", "connectivity", "delay_buffer", "fixed_indegree",
    "fixed_probability", "inputs", "integrate", "integrators", "largest_lyapunov",
    "lyapunov", "lyapunov_spectrum", "measures", "models", "monitors", "plots", "propagate",
    "replication", "run", "sweep", "synapses", "transmit",
]

# measures (scipy) and plots (matplotlib) load on first use: a simulation alone starts faster
_LAZY_MODULES = ("measures", "plots")


def __getattr__(name):
    if name in _LAZY_MODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_LAZY_MODULES))
