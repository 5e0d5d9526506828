"""Where neurorepro's COBA time goes: the same run with parts switched off.

Each variant is compiled once and then timed on a second call (best of ``repeats``), all in one
process (this is a diagnosis, not a measurement of the user-facing cost):

    full              spike monitor on all neurons, NaN/Inf check (the benchmark's configuration)
    no_monitor        no monitor at all
    no_check          no monitor, check_finite=False
    no_propagation    no monitor, no check, propagate() not called (the network falls silent:
                      this is the neuron update and the runner's loop alone)
    full_pass         no monitor, no check, propagate() in one pass over every presynaptic
                      row, spiking or not (what the event-driven passes save)
    bare_scan         the step function in a plain ``jax.lax.scan`` (no runner, no monitor,
                      no check): what the runner adds on top of the step
    propagate_only    only the ``propagate`` call, with the spikes of the full run
                      replayed step by step (same event counts)
"""

from __future__ import annotations


import numpy as np


def run(spec: dict) -> dict:
    import jax
    import jax.numpy as jnp

    import neurorepro as nr
    import networks_neurorepro as nn
    import common

    n, duration = spec["n"], spec["duration"]
    repeats = spec.get("repeats", 5)
    steps = int(round(duration / common.DT))
    _, state, params, key = nn.build("coba", n, spec["seed"])
    events = common.max_events("coba", n)
    step = nn.step_function("coba", events, True)
    silent_step = nn.step_function("coba", events, False)
    full_pass_step = nn.step_function("coba", n, True)  # one pass over every row
    monitors = {"spikes": nn.spike_monitor(n)}

    def timed(fn):
        fn()  # compile
        return common.best_time(fn, repeats)

    def runner(step_fn, monitors, check):
        return lambda: jax.block_until_ready(nr.run(
            step_fn, state, params, duration=duration, dt=common.DT, monitors=monitors, key=key,
            check_finite=check, progress=False).state)

    out = {"n": n, "duration_ms": duration, "steps": steps, "variants_s": {}}
    v = out["variants_s"]
    v["full"] = timed(runner(step, monitors, True))
    v["no_monitor"] = timed(runner(step, {}, True))
    v["no_check"] = timed(runner(step, {}, False))
    v["no_propagation"] = timed(runner(silent_step, {}, False))
    v["full_pass"] = timed(runner(full_pass_step, {}, False))

    @jax.jit
    def bare_scan(state, params, key):
        def body(s, i):
            clock = nr.Clock(t=i * common.DT, dt=jnp.asarray(common.DT), i=i,
                             key=jax.random.fold_in(key, i))
            return step(s, params, clock), None
        return jax.lax.scan(body, state, jnp.arange(steps, dtype=jnp.int32))[0]

    v["bare_scan"] = timed(lambda: jax.block_until_ready(bare_scan(state, params, key)))

    # replay the recorded spikes through propagate() alone
    spikes = nr.run(step, state, params, duration=duration, dt=common.DT, key=key,
                    monitors={"s": nr.SpikeMonitor("neuron.spike")}, progress=False)["s"]
    raster = np.zeros((steps, n), bool)
    raster[np.rint(spikes.t / common.DT).astype(int) - 1, spikes.i] = True
    raster = jnp.asarray(raster)

    @jax.jit
    def propagate_only(raster, params):
        def body(total, spike):
            return total + nr.propagate(params.synapses, spike, events), None
        return jax.lax.scan(body, jnp.zeros(2 * n), raster)[0]

    v["propagate_only"] = timed(lambda: jax.block_until_ready(propagate_only(raster, params)))
    out["per_step_us"] = {k: 1e6 * t / steps for k, t in v.items()}
    out["mean_spikes_per_step"] = float(spikes.t.size / steps)
    out["events_per_pass"] = events
    return out
