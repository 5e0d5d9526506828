"""What this CPU can do, measured in the same invocation: the floor under COBA's step.

A COBA step does two kinds of work:

    neuron update   every neuron: read v, refractory time, g_e, g_i and write them back, write
                    the spike flag (float32: 4 x 4 B in, 4 x 4 B + 1 B out = 33 B) and about
                    40 flops (exponential Euler with conductances, threshold, reset, two decays,
                    one exp);
    propagation     every spike: add its weight to each of its ~80 targets (a scatter-add:
                    read the target index, read-modify-write one float: 12 B, 1 flop, at a
                    random address).

Measured here, with numpy and jax on this machine: streaming memory bandwidth (numpy copy and a
jitted jax triad on 128 MiB arrays), an elementwise flop rate (a jitted chain of multiply-adds
on a cache-resident array), XLA's scatter-add rate into arrays of each network size, and, per
network size, the time of a jitted ``lax.fori_loop`` doing only a neuron-update-like
elementwise step (no spikes): the least an XLA-compiled loop over N neurons costs per step.
"""

from __future__ import annotations

import numpy as np

import common

BYTES_PER_NEURON = 33.0
FLOPS_PER_NEURON = 40.0
BYTES_PER_SYNAPTIC_EVENT = 12.0




def run(spec: dict) -> dict:
    import jax
    import jax.numpy as jnp

    out = {}
    size = 32 * 2**20  # float32 elements: 128 MiB per array
    a = np.ones(size, np.float32)
    b = np.empty_like(a)
    out["numpy_copy_GBps"] = 2 * a.nbytes / common.best_time(lambda: np.copyto(b, a)) / 1e9

    # ten in-place triads x <- 0.999 x + y in one compiled loop (no allocation in the loop)
    x, y = jnp.ones(size, jnp.float32), jnp.ones(size, jnp.float32)
    triads = jax.jit(lambda x, y: jax.lax.fori_loop(0, 10, lambda _, x: x * 0.999 + y, x))
    triads(x, y).block_until_ready()
    out["jax_triad_GBps"] = 10 * 3 * x.nbytes / common.best_time(lambda: triads(x, y).block_until_ready()) / 1e9
    a = b = x = y = None  # free 512 MiB before the next measurements

    # elementwise flops: 64 multiply-adds per element on a 64 KiB (cache-resident) array
    small = jnp.ones(16384, jnp.float32)

    @jax.jit
    def fma_chain(z):
        def body(_, z):
            for _ in range(64):
                z = z * 0.999 + 0.001
            return z
        return jax.lax.fori_loop(0, 100, body, z)

    fma_chain(small).block_until_ready()
    flops = 100 * 64 * 2 * small.size
    out["jax_elementwise_GFLOPs"] = flops / common.best_time(lambda: fma_chain(small).block_until_ready()) / 1e9

    matrix = jnp.ones((1024, 1024), jnp.float32)
    matmul = jax.jit(lambda m: m @ m)
    matmul(matrix).block_until_ready()
    out["jax_matmul_GFLOPs"] = 2 * 1024**3 / common.best_time(lambda: matmul(matrix).block_until_ready()) / 1e9

    out["scatter_add_per_s"] = {}
    out["neuron_loop_step_s"] = {}
    rng = np.random.default_rng(0)
    for n in spec["sizes"]:
        # scatter-add of 160 000 events (2000 spikes x 80 targets) into n postsynaptic values
        events = 160_000
        index = jnp.asarray(rng.integers(0, n, events), jnp.int32)
        weight = jnp.ones(events, jnp.float32)
        scatter = jax.jit(lambda idx, w: jnp.zeros(n, jnp.float32).at[idx].add(w))
        scatter(index, weight).block_until_ready()
        out["scatter_add_per_s"][str(n)] = events / common.best_time(
            lambda: scatter(index, weight).block_until_ready())

        # a neuron-update-like elementwise step over n neurons, 1000 steps in one compiled loop
        steps = 1000

        @jax.jit
        def neuron_loop(v, r, ge, gi):
            def body(_, s):
                v, r, ge, gi, spike = s
                g = 10.0 + ge + gi
                v_inf = (10.0 * -60.0 + ge * 0.0 + gi * -80.0) / g
                v = v_inf + (v - v_inf) * jnp.exp(-0.1 * g / 200.0)
                v = jnp.where(r > 0.05, -60.0, v)
                spike = v >= -50.0
                v = jnp.where(spike, -60.0, v)
                r = jnp.where(spike, 5.0, jnp.maximum(r - 0.1, 0.0))
                return v, r, ge * 0.98, gi * 0.99, spike
            return jax.lax.fori_loop(0, steps, body, (v, r, ge, gi, jnp.zeros(n, bool)))

        state = [jnp.full(n, -60.0, jnp.float32), jnp.zeros(n, jnp.float32),
                 jnp.full(n, 40.0, jnp.float32), jnp.full(n, 200.0, jnp.float32)]
        jax.block_until_ready(neuron_loop(*state))
        out["neuron_loop_step_s"][str(n)] = common.best_time(
            lambda: jax.block_until_ready(neuron_loop(*state)), repeats=3) / steps
    out["model"] = dict(bytes_per_neuron=BYTES_PER_NEURON, flops_per_neuron=FLOPS_PER_NEURON,
                        bytes_per_synaptic_event=BYTES_PER_SYNAPTIC_EVENT)
    return out


def floor_per_step(measured: dict, n: int, rate_hz: float, fan_out: float, dt_ms: float) -> dict:
    """Lower bounds [s per step] of a COBA step of ``n`` neurons firing at ``rate_hz``.

    roofline: streaming bytes / bandwidth (or flops / flop rate, whichever is larger) plus the
    synaptic events at this machine's scatter-add rate;
    xla_loop: the measured elementwise XLA loop plus the same scatter term.
    """
    bandwidth = max(measured["numpy_copy_GBps"], measured["jax_triad_GBps"]) * 1e9
    flop_rate = measured["jax_elementwise_GFLOPs"] * 1e9
    spikes_per_step = n * rate_hz * dt_ms * 1e-3
    events = spikes_per_step * fan_out
    scatter_rate = measured["scatter_add_per_s"].get(str(n))
    if scatter_rate is None:  # nearest measured size
        sizes = sorted(int(k) for k in measured["scatter_add_per_s"])
        nearest = min(sizes, key=lambda s: abs(np.log(s / n)))
        scatter_rate = measured["scatter_add_per_s"][str(nearest)]
    neuron = max(n * BYTES_PER_NEURON / bandwidth, n * FLOPS_PER_NEURON / flop_rate)
    scatter = max(events * BYTES_PER_SYNAPTIC_EVENT / bandwidth, events / scatter_rate)
    loop = measured["neuron_loop_step_s"].get(str(n), float("nan"))
    return dict(spikes_per_step=spikes_per_step, synaptic_events_per_step=events,
                roofline_s=neuron + scatter, neuron_roofline_s=neuron, scatter_s=scatter,
                xla_loop_s=loop + scatter)
