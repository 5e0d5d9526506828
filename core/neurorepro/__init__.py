"""neurorepro: a small functional JAX core for reproducing computational-neuroscience papers.

Conventions: time in ms, potentials in mV, conductances in nS, currents in pA, capacitances
in pF, rates in Hz. State and parameters are pytrees. A model is a vector field
``f(t, y, args)`` with an optional event map, made into a step ``step(state, params, clock)``
by :func:`make_step` (:mod:`neurorepro.stepping`); :func:`simulate` runs a step in one
``lax.scan`` (pure: jit, vmap and grad go through it), :func:`run` and :func:`sweep` wrap it for
the host with chunks, monitors and progress. :mod:`neurorepro.analysis` finds fixed points,
branches and cycles of the same vector fields.
"""

import importlib

from . import (bifurcation, checkpoint, connectivity, delay, ei_network, fractional, gap_junctions, inputs,
               integrators, lyapunov, models, monitors, propagation, records, reference, replication, stepping,
               synapses)
from .connectivity import Connectivity, all_to_all, combine, fixed_indegree, fixed_probability
from .integrators import integrate
from .lyapunov import largest_lyapunov, lyapunov_spectrum
from .monitors import Rate, RateMonitor, SpikeMonitor, Spikes, StateMonitor, Trace
from .propagation import delay_buffer, propagate, transmit
from .records import RecordsTooLarge
from .runner import RunInterrupted, RunResult, SimulationDiverged, run, sweep
from .simulate import Clock, Solution, simulate
from .stepping import Spiking, make_step

__version__ = "0.2.0"

__all__ = [
    "Clock", "Connectivity", "Rate", "RateMonitor", "RecordsTooLarge", "RunInterrupted", "RunResult",
    "SimulationDiverged", "Solution", "SpikeMonitor", "Spikes", "Trace", "checkpoint", "records",
    "Spiking", "StateMonitor", "all_to_all", "analysis", "bifurcation", "combine", "connectivity", "delay",
    "delay_buffer", "ei_network", "fixed_indegree", "fixed_probability", "fractional", "gap_junctions",
    "inputs", "integrate", "integrators", "largest_lyapunov", "lyapunov", "lyapunov_spectrum", "make_step",
    "measures", "models", "monitors", "plots", "propagate", "reference", "replication", "run",
    "simulate", "stepping", "sweep", "synapses", "transmit",
]

# measures (scipy), plots (matplotlib) and analysis (optax, contourpy) load on first use: a
# simulation alone starts faster
_LAZY_MODULES = ("analysis", "measures", "plots")


def __getattr__(name):
    if name in _LAZY_MODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_LAZY_MODULES))
