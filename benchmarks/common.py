"""What every simulator simulates: the three benchmark networks of Brette et al. (2007).

Brette, R. et al. (2007). Simulation of networks of spiking neurons: a review of tools and
strategies. J. Comput. Neurosci. 23, 349-398. doi:10.1007/s10827-007-0038-6 (Appendix B).

The parameters below are the single source for the three implementations
(networks_neurorepro.py, networks_brian2.py, networks_brainpy.py). Units: ms, mV, nS, pF, pA.

Networks
    coba    Benchmark 1: LIF neurons with exponentially decaying synaptic conductances
            (Vogels & Abbott 2005), self-sustained from the random initial state of the Brian
            reference script (same as papers/ei_nets/brette_2007_coba.py).
    cuba    Benchmark 2: LIF neurons with exponentially decaying synaptic currents, as in
            Brian's CUBA example (weights and potentials in mV; v0 uniform in [V_r, V_th]).
    cobahh  Benchmark 3: Hodgkin-Huxley neurons with Traub-Miles kinetics and the COBA
            synapses, from the random initial state of Brian's COBAHH example (gates at 0).

Connectivity: with 4000 neurons each pair is connected with probability 0.02 (autapses
allowed); for larger networks every neuron receives exactly 64 excitatory and 16 inhibitory
synapses (sources drawn uniformly with replacement), which keeps the mean input of each neuron
that of the 4000-neuron network (3200 x 0.02 = 64, 800 x 0.02 = 16) with unchanged weights.

Numerics, in every simulator: dt = 0.1 ms; within a step the synaptic variables are frozen and
the membrane equation is advanced with exponential Euler (each variable linearised in itself);
synaptic variables decay exactly and jump by the weights of the spikes emitted in the previous
step (one-step transmission, no other delay).
"""

from __future__ import annotations

import math
import time

import numpy as np

DT = 0.1                 # integration step [ms]
EXC_FRACTION = 0.8       # N_E / N
P_CONNECT = 0.02         # connection probability of the 4000-neuron networks
BASE_SIZE = 4000         # size at which connectivity is random with P_CONNECT
K_EXC, K_INH = 64, 16    # in-degrees of the scaled-up networks
N_RECORDED = 4000        # neurons whose spikes are recorded (all of them at 4000)

COBA = dict(
    C_m=200.0, g_L=10.0, E_L=-60.0, V_th=-50.0, V_reset=-60.0, tau_ref=5.0,
    E_e=0.0, E_i=-80.0, tau_e=5.0, tau_i=10.0, w_e=6.0, w_i=67.0,
    # initial state: v ~ N(E_L - 5, 5^2), g_e ~ g_L N(4, 1.5^2), g_i ~ g_L N(20, 12^2)
    v0_mean=-65.0, v0_sd=5.0, ge0_mean=40.0, ge0_sd=15.0, gi0_mean=200.0, gi0_sd=120.0,
)
# CUBA in pA with g_L = 1 nS: a current of x pA shifts the steady state by x mV, so Brian's
# voltage-valued synaptic variables (mV) and weights carry over unchanged.
CUBA = dict(
    C_m=20.0, g_L=1.0, E_L=-49.0, V_th=-50.0, V_reset=-60.0, tau_ref=5.0,
    tau_e=5.0, tau_i=10.0, w_e=1.62, w_i=-9.0,
)
COBAHH = dict(
    C_m=200.0, g_L=10.0, E_L=-60.0, g_Na=20000.0, E_Na=50.0, g_K=6000.0, E_K=-90.0, V_T=-63.0,
    V_spike=-20.0, E_e=0.0, E_i=-80.0, tau_e=5.0, tau_i=10.0, w_e=6.0, w_i=67.0,
    v0_mean=-65.0, v0_sd=5.0, ge0_mean=40.0, ge0_sd=15.0, gi0_mean=200.0, gi0_sd=120.0,
)
PARAMS = {"coba": COBA, "cuba": CUBA, "cobahh": COBAHH}
# mean rates [Hz] measured with Brian 2 (results/), used only to size neurorepro's propagation
# passes: at 4000 neurons, and COBA with fixed in-degrees (16k and up)
TYPICAL_RATE_HZ = {"coba": 20.0, "cuba": 5.0, "cobahh": 36.0}
SCALED_COBA_RATE_HZ = 15.0


def populations(n: int) -> tuple[int, int]:
    """(N_E, N_I) of an n-neuron network; excitatory neurons come first."""
    n_exc = int(round(EXC_FRACTION * n))
    return n_exc, n - n_exc


def connectivity_rule(n: int) -> dict:
    """{"kind": "probability", "p": 0.02} at 4000 neurons, else fixed in-degree 64 + 16."""
    if n == BASE_SIZE:
        return {"kind": "probability", "p": P_CONNECT}
    return {"kind": "indegree", "k_exc": K_EXC, "k_inh": K_INH}


def recorded(n: int) -> tuple[int, int]:
    """(neurons recorded, how many of them are excitatory): neurons 0 .. min(n, 4000) - 1."""
    n_rec = min(n, N_RECORDED)
    return n_rec, min(n_rec, populations(n)[0])


def max_events(network: str, n: int) -> int:
    """Spiking neurons per pass of neurorepro's propagate (a step with more takes more passes):
    1.5 times the mean spikes per step at the network's usual rate, in multiples of 8."""
    rate = TYPICAL_RATE_HZ[network] if n == BASE_SIZE else SCALED_COBA_RATE_HZ
    return 8 * max(1, math.ceil(1.5 * n * rate * DT * 1e-3 / 8))


def spike_statistics(i: np.ndarray, t: np.ndarray, n_rec: int, n_rec_exc: int,
                     duration: float) -> dict:
    """Mean rates [Hz] and mean ISI CV (neurons with >= 3 spikes) of the recorded neurons."""
    i, t = np.asarray(i, np.int64), np.asarray(t, float)
    counts = np.bincount(i, minlength=n_rec)
    seconds = duration * 1e-3
    order = np.lexsort((t, i))
    i_sorted, t_sorted = i[order], t[order]
    bounds = np.searchsorted(i_sorted, np.arange(n_rec + 1))
    cv = np.full(n_rec, np.nan)
    for k in np.flatnonzero(counts >= 3):
        isi = np.diff(t_sorted[bounds[k]:bounds[k + 1]])
        cv[k] = isi.std() / isi.mean()
    exc = np.arange(n_rec) < n_rec_exc
    out = {
        "rate_exc_hz": float(counts[exc].mean() / seconds),
        "cv_exc": float(np.nanmean(cv[exc])) if np.any(~np.isnan(cv[exc])) else float("nan"),
        "n_spikes": int(i.size),
    }
    if n_rec_exc < n_rec:
        out["rate_inh_hz"] = float(counts[~exc].mean() / seconds)
    return out


def best_time(fn, repeats: int = 5) -> float:
    """The shortest wall time [s] of ``repeats`` calls of ``fn``."""
    best = np.inf
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best
