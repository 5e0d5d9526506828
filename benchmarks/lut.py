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

from dataclasses import dataclass, replace
from typing import NamedTuple

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


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class TableParams:
    """The Traub-Miles parameters with the rate table: the neuron params of the table network."""

    hh: object          # neurorepro.models.hh_traub.Params
    table: jax.Array    # float[K, 6] (rate_table)
    I: float = 0.0      # input current [pA] (the recipe adds the synaptic current)


def _vector_field(t, y, params: TableParams):
    """hh_traub.vector_field with the rates taken from the table."""
    from neurorepro.models import hh_traub

    p = params.hh
    (am, bm), (ah, bh), (an, bn) = interpolated_rates(y.v, params.table)
    ionic = (p.g_L * (p.E_L - y.v) + p.g_Na * y.m**3 * y.h * (p.E_Na - y.v) + p.g_K * y.n**4 * (p.E_K - y.v))
    return hh_traub.State(v=(ionic + params.I) / p.C_m, m=am * (1 - y.m) - bm * y.m,
                          h=ah * (1 - y.h) - bh * y.h, n=an * (1 - y.n) - bn * y.n)


def _event(y_start, y, params: TableParams, clock):
    from neurorepro.models import hh_traub

    return hh_traub.event(y_start, y, params.hh, clock)


class _Neuron(NamedTuple):
    """A neuron model for neurorepro.ei_network: its vector field and event map."""

    vector_field: object
    event: object


TABLE_NEURON = _Neuron(_vector_field, _event)


def lut_step_function(events: int):
    """networks_neurorepro's COBA-HH step with tabulated rates (the table is a parameter)."""
    from neurorepro import ei_network

    return ei_network.make_step(TABLE_NEURON, "conductance", events)


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

    table_params = replace(params, neuron=TableParams(hh=params.neuron, table=table))
    exact = simulate(exact_step, params)
    tabulated = simulate(table_step, table_params)
    out = {"n": n, "duration_ms": duration, "compare_ms": compare_ms,
           "table": {"v_min_mV": V_MIN, "v_max_mV": V_MAX, "dv_mV": DV, "points": table.shape[0]}}
    out["exact_run_s"] = common.best_time(lambda: simulate(exact_step, params), repeats)
    out["table_run_s"] = common.best_time(lambda: simulate(table_step, table_params), repeats)
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
