"""Parameter sweep: 16 excitatory weights of COBA (4000 neurons), three ways.

    sweep_neurorepro_vmap        one ``neurorepro.sweep`` call (one vmapped, compiled run)
    sweep_neurorepro_sequential  16 ``neurorepro.run`` calls of one compiled step function
    sweep_brainpy_sequential     16 runs of one compiled BrainPy loop (the weight is a Variable)

Every run starts from the same initial state and records the spikes of all neurons. Reported:
compile time, total time, the simulation time without compilation, the throughput in simulated
network-seconds per second of wall-clock time, and the mean excitatory rate of every entry.
"""

from __future__ import annotations

import time

import numpy as np

import common

N = common.BASE_SIZE
WEIGHTS = np.linspace(5.0, 7.0, 16)   # excitatory conductance quanta [nS]; 6 nS is COBA's


def _rates(spike_lists, duration):
    n_rec, n_rec_exc = common.recorded(N)
    return [common.spike_statistics(s.i, s.t, n_rec, n_rec_exc, duration)["rate_exc_hz"]
            for s in spike_lists]


def run(task: str, spec: dict) -> dict:
    duration = spec["duration"]
    if task == "sweep_brainpy_sequential":
        return _brainpy(duration, spec["seed"])
    import neurorepro as nr
    import networks_neurorepro as nn
    from _child import _jax_compile_timer

    compile_timer = _jax_compile_timer()
    step, state, params, key = nn.build("coba", N, spec["seed"])
    compiled_by_build = compile_timer["s"]
    monitors = {"spikes": nn.spike_monitor(N)}
    options = dict(duration=duration, dt=common.DT, monitors=monitors, key=key, progress=False)
    out = {"weights_nS": WEIGHTS.tolist(), "n_runs": len(WEIGHTS), "duration_ms": duration}
    if task == "sweep_neurorepro_vmap":
        batched, axes = nn.batched_excitatory_weights(params, WEIGHTS)
        t0 = time.perf_counter()
        spikes = nr.sweep(step, state, batched, param_axes=axes, **options)["spikes"]
        out["total_s"] = time.perf_counter() - t0
        out["compile_s"] = compile_timer["s"] - compiled_by_build
        t0 = time.perf_counter()
        nr.sweep(step, state, batched, param_axes=axes, **options)
        out["simulate_s"] = time.perf_counter() - t0
    elif task == "sweep_neurorepro_sequential":
        spikes = []
        t0 = time.perf_counter()
        for w in WEIGHTS:
            spikes.append(nr.run(step, state, nn.with_excitatory_weight(params, w),
                                 **options)["spikes"])
        out["total_s"] = time.perf_counter() - t0
        out["compile_s"] = compile_timer["s"] - compiled_by_build
        out["simulate_s"] = out["total_s"] - out["compile_s"]
    else:
        raise ValueError(task)
    out["rates_exc_hz"] = _rates(spikes, duration)
    out["throughput"] = len(WEIGHTS) * duration * 1e-3 / out["simulate_s"]
    return out


def _brainpy(duration, seed):
    import brainpy.math as bm

    import networks_brainpy as nb
    from _child import _jax_compile_timer

    compile_timer = _jax_compile_timer()
    bm.set_dt(common.DT)
    net = nb.BenchmarkNetwork("coba", N, seed)
    compiled_by_build = compile_timer["s"]
    rasters = []
    t0 = time.perf_counter()
    for w in WEIGHTS:
        net.w_e.value = bm.asarray([w])
        net.reset_to_initial()
        rasters.append(nb.simulate(net, duration))
    total = time.perf_counter() - t0

    class Spikes:  # the (i, t) pairs of a raster
        def __init__(self, raster):
            step, self.i = np.nonzero(raster)
            self.t = (step + 1) * common.DT

    out = {"weights_nS": WEIGHTS.tolist(), "n_runs": len(WEIGHTS), "duration_ms": duration,
           "total_s": total, "compile_s": compile_timer["s"] - compiled_by_build,
           "simulate_s": total - (compile_timer["s"] - compiled_by_build),
           "rates_exc_hz": _rates([Spikes(r) for r in rasters], duration)}
    out["throughput"] = len(WEIGHTS) * duration * 1e-3 / out["simulate_s"]
    return out
