"""Lookup-table rate functions for COBA-HH, against the exact ones (speed and accuracy).

The idea (lut4brian, as in NEURON and GENESIS): before the run, tabulate the six gating rates
α_x(v), β_x(v) of the Traub-Miles model on a voltage grid; during the run, replace their
exponentials by a linear interpolation between the two nearest grid points. Potentials outside
the grid take the value at its edge.

Both variants run the same COBA-HH network (4000 neurons, same connectivity and initial state,
exponential Euler, float32) in one process; each is compiled first and then timed (best of
``repeats`` second calls). Accuracy is measured on the spikes of the first ``compare_ms``:
a network is chaotic, so any change of the arithmetic eventually moves spikes; what matters is
how early and how far. For every spike of the exact run we look for a spike of the same neuron
in the table run and report the time differences.
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
import numpy as np

import common

V_MIN, V_MAX, DV = -120.0, 80.0, 0.05   # table grid [mV]: 4001 points


def rate_table(params) -> jax.Array:
    """float[K, 6]: α_m, β_m, α_h, β_h, α_n, β_n [1/ms] at V_MIN, V_MIN + DV, ..., V_MAX."""
    from neurorepro.models import hh_traub

    v = jnp.linspace(V_MIN, V_MAX, int(round((V_MAX - V_MIN) / DV)) + 1)
    return jnp.stack([r for pair in hh_traub.rates(v, params) for r in pair], axis=1)


def interpolated_rates(v, table):
    """The rates at v [mV], interpolated linearly in ``table`` (same nesting as hh_traub.rates)."""
    x = (jnp.clip(v, V_MIN, V_MAX) - V_MIN) / DV
    i = jnp.clip(jnp.floor(x).astype(jnp.int32), 0, table.shape[0] - 2)
    frac = x - i
    low, high = table[i], table[i + 1]   # rows of six rates: one gather each
    r = low + frac[..., None] * (high - low)
    return (r[..., 0], r[..., 1]), (r[..., 2], r[..., 3]), (r[..., 4], r[..., 5])


def _derivative(t, y, args):
    """hh_traub.derivative with the rates taken from the table."""
    from neurorepro.models import _common

    (v, m, h, n), (params, table, current) = y, args
    (am, bm), (ah, bh), (an, bn) = interpolated_rates(v, table)
    ionic = (params.g_L * (params.E_L - v)
             + params.g_Na * m**3 * h * (params.E_Na - v)
             + params.g_K * n**4 * (params.E_K - v))
    dv = (ionic + _common.evaluate_current(current, v)) / params.C_m
    return (dv, am * (1 - m) - bm * m, ah * (1 - h) - bh * h, an * (1 - n) - bn * n)


@functools.cache
def lut_step_function(events: int):
    """networks_neurorepro's COBA-HH step with tabulated rates; the table is a parameter."""
    import neurorepro as nr
    from neurorepro.models import hh_traub
    from networks_neurorepro import HHNetworkState, _arriving, _synapses
    from neurorepro import synapses

    def step(state, params, clock):
        network, table = params

        def current(v):
            return (synapses.conductance_current(state.x_e, network.E_e, v)
                    + synapses.conductance_current(state.x_i, network.E_i, v))

        old = state.neuron
        v, m, h, n = nr.integrate("exponential_euler", _derivative, 0.0,
                                  (old.v, old.m, old.h, old.n), clock.dt,
                                  (network.neuron, table, current))
        spike = (old.v < network.neuron.v_spike) & (v >= network.neuron.v_spike)
        neuron = hh_traub.State(v=v, m=m, h=h, n=n, spike=spike)
        arriving = _arriving(spike, network, events, True)
        return HHNetworkState(neuron, *_synapses(state, network, clock.dt, arriving))

    return step


def _match(exact, table_run, window_ms):
    """Time differences [ms] between each exact spike and the nearest table spike of the same
    neuron (inf if that neuron has none), for the exact spikes before ``window_ms``."""
    exact_trains, table_trains = exact.trains(), table_run.trains()
    differences = []
    for a, b in zip(exact_trains, table_trains):
        a = a[a <= window_ms]
        if a.size == 0:
            continue
        if b.size == 0:
            differences.extend([np.inf] * a.size)
            continue
        k = np.clip(np.searchsorted(b, a), 1, b.size - 1) if b.size > 1 else np.zeros(a.size, int)
        nearest = np.minimum(np.abs(b[k] - a), np.abs(b[np.maximum(k - 1, 0)] - a))
        differences.extend(nearest)
    return np.asarray(differences)


def run(spec: dict) -> dict:
    import neurorepro as nr
    import networks_neurorepro as nn

    n, duration, compare_ms = spec["n"], spec["duration"], spec.get("compare_ms", 100.0)
    repeats = spec.get("repeats", 3)
    exact_step, state, params, key = nn.build("cobahh", n, spec["seed"])
    events = common.max_events("cobahh", n)
    table_step = lut_step_function(events)
    table = rate_table(params.neuron)
    monitors = {"spikes": nr.SpikeMonitor("neuron.spike")}

    def simulate(step, p):
        return nr.run(step, state, p, duration=duration, dt=common.DT, monitors=monitors,
                      key=key, progress=False)["spikes"]

    exact = simulate(exact_step, params)
    tabulated = simulate(table_step, (params, table))
    out = {"n": n, "duration_ms": duration, "compare_ms": compare_ms,
           "table": {"v_min_mV": V_MIN, "v_max_mV": V_MAX, "dv_mV": DV, "points": table.shape[0]}}
    out["exact_run_s"] = common.best_time(lambda: simulate(exact_step, params), repeats)
    out["table_run_s"] = common.best_time(lambda: simulate(table_step, (params, table)), repeats)
    out["speedup"] = out["exact_run_s"] / out["table_run_s"]

    # the tables themselves: largest relative error of each rate between grid points
    v = jnp.linspace(-100.0, 50.0, 30_001)
    from neurorepro.models import hh_traub
    exact_rates = [r for pair in hh_traub.rates(v, params.neuron) for r in pair]
    table_rates = [r for pair in interpolated_rates(v, table) for r in pair]
    out["max_rate_relative_error"] = float(max(
        jnp.max(jnp.abs(t - e) / jnp.maximum(jnp.abs(e), 1e-6)) for t, e in zip(table_rates, exact_rates)))

    differences = _match(exact, tabulated, compare_ms)
    first = exact.t <= compare_ms
    out["spikes_compared"] = int(first.sum())
    out["spikes_table_run"] = int((tabulated.t <= compare_ms).sum())
    out["fraction_within_one_step"] = float(np.mean(differences <= common.DT + 1e-9))
    out["median_abs_dt_ms"] = float(np.median(differences))
    out["p95_abs_dt_ms"] = float(np.percentile(differences, 95))
    exact_rate = exact.t.size / n / duration * 1e3
    table_rate = tabulated.t.size / n / duration * 1e3
    out["rate_exact_hz"], out["rate_table_hz"] = exact_rate, table_rate
    # when do the two runs part: the first time bin (1 ms) whose spike sets differ
    exact_set = set(zip(exact.i.tolist(), np.rint(exact.t / common.DT).astype(int).tolist()))
    table_set = set(zip(tabulated.i.tolist(), np.rint(tabulated.t / common.DT).astype(int).tolist()))
    differing = sorted(s[1] for s in exact_set ^ table_set)
    out["first_differing_spike_ms"] = differing[0] * common.DT if differing else None
    return out
