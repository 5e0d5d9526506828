"""neurorepro: a small functional JAX core for reproducing computational-neuroscience papers.

Conventions: time in ms, potentials in mV, conductances in nS, currents in pA, capacitances
in pF, rates in Hz. State and parameters are pytrees; a model is a step function run by
:func:`neurorepro.run` (compiled once with ``jax.lax.scan``).
"""

from . import (bifurcation, connectivity, delay, fractional, gap_junctions, inputs, integrators, lyapunov,
               measures, models, monitors, plots, propagation, reference, replication, synapses)
from .connectivity import Connectivity, all_to_all, fixed_indegree, fixed_probability
from .integrators import integrate
from .lyapunov import largest_lyapunov, lyapunov_spectrum
from .monitors import RateMonitor, SpikeMonitor, StateMonitor
from .propagation import delay_buffer, propagate, transmit
from .runner import Clock, RunResult, SimulationDiverged, run, sweep

__version__ = "0.1.0"

__all__ = [
    "Clock", "Connectivity", "bifurcation", "delay", "fractional", "gap_junctions", "reference", "RateMonitor", "RunResult", "SimulationDiverged", "SpikeMonitor",
    "StateMonitor", "all_to_all", "connectivity", "delay_buffer", "fixed_indegree",
    "fixed_probability", "inputs", "integrate", "integrators", "largest_lyapunov",
    "lyapunov", "lyapunov_spectrum", "measures", "models", "monitors", "plots", "propagate",
    "replication", "run", "sweep", "synapses", "transmit",
]
