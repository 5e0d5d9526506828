"""One measurement in a fresh process: ``python _child.py SPEC.json``.

SPEC holds ``task`` (a simulator name, or "sweep_*", "floor", "profile", "lut"), the network, its
size, the duration [ms], the seed, a work directory, the path of the result JSON and
``t_launch`` (time.time() in the parent just before it started this process). The result JSON
holds the times [s], the spike statistics and the process's own peak memory. Timed phases:

    import   importing the simulator (and, for neurorepro, jax)
    build    constructing the network: connectivity, initial state, parameters
    compile  JIT / code generation and C++ compilation (how: see each simulator)
    run      the simulation loop only, for ``duration`` of biological time
    ttfr     time to first result: from t_launch (before the interpreter starts) until the
             recorded spikes are in hand as host arrays
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
import traceback

import common


def _self_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _jax_compile_timer():
    """Seconds jax spent tracing, lowering and compiling, summed (via jax.monitoring)."""
    import jax

    total = {"s": 0.0}
    events = ("/jax/core/compile/jaxpr_trace_duration",
              "/jax/core/compile/jaxpr_to_mlir_module_duration",
              "/jax/core/compile/backend_compile_duration")

    def listener(event, duration, **_):
        if event in events:
            total["s"] += duration

    jax.monitoring.register_event_duration_secs_listener(listener)
    return total


def measure_neurorepro(spec):
    t0 = time.perf_counter()
    import jax  # noqa: F401
    import neurorepro as nr
    import networks_neurorepro as nn
    import_s = time.perf_counter() - t0
    compile_timer = _jax_compile_timer()

    network, n, duration = spec["network"], spec["n"], spec["duration"]
    t0 = time.perf_counter()
    step, state, params, key = nn.build(network, n, spec["seed"])
    build_s = time.perf_counter() - t0
    monitors = {"spikes": nn.spike_monitor(n)}

    def simulate():
        return nr.run(step, state, params, duration=duration, dt=common.DT, monitors=monitors,
                      key=key, progress=False)

    compiled_before = compile_timer["s"]
    t0 = time.perf_counter()
    spikes = simulate()["spikes"]
    first_result = time.time()
    first_s = time.perf_counter() - t0
    jax_compile_s = compile_timer["s"] - compiled_before
    out = dict(import_s=import_s, build_s=build_s, first_call_s=first_s,
               jax_compile_events_s=jax_compile_s, first_result_time=first_result,
               spike_i=spikes.i, spike_t=spikes.t, version=nr.__version__,
               numerics="float32, exponential_euler (neurorepro.models.lif / hh_traub)")
    out["compile_s"] = jax_compile_s
    if spec.get("second_call", True):
        t0 = time.perf_counter()
        simulate()
        out["run_s"] = time.perf_counter() - t0
        out["run_method"] = "second identical call"
    else:
        out["run_s"] = first_s - jax_compile_s
        out["run_method"] = "first call minus compile"
    return out


def measure_brian2(spec, target):
    t0 = time.perf_counter()
    import networks_brian2 as nb
    import_s = time.perf_counter() - t0
    out = nb.measure(spec["network"], spec["n"], spec["duration"], spec["seed"],
                     spec["workdir"], target=target, project_dir=spec.get("project_dir"))
    out["import_s"] = import_s
    return out


def measure_brainpy(spec):
    t0 = time.perf_counter()
    import networks_brainpy as nb
    import_s = time.perf_counter() - t0
    out = nb.measure(spec["network"], spec["n"], spec["duration"], spec["seed"], spec["workdir"],
                     second_call=spec.get("second_call", True), compile_timer=_jax_compile_timer())
    out["import_s"] = import_s
    return out


def _finish_simulation(spec, out):
    """Statistics of the recorded spikes, outside every timed phase."""
    n_rec, n_rec_exc = common.recorded(spec["n"])
    out.update(common.spike_statistics(out.pop("spike_i"), out.pop("spike_t"), n_rec, n_rec_exc,
                                       spec["duration"]))
    out["ttfr_s"] = out.pop("first_result_time") - spec["t_launch"]
    return out


def main(path):
    with open(path) as f:
        spec = json.load(f)
    os.makedirs(spec["workdir"], exist_ok=True)
    task = spec["task"]
    try:
        if task == "neurorepro":
            out = _finish_simulation(spec, measure_neurorepro(spec))
        elif task in ("brian2_standalone", "brian2_runtime"):
            target = "cpp_standalone" if task == "brian2_standalone" else "runtime"
            out = _finish_simulation(spec, measure_brian2(spec, target))
        elif task == "brainpy":
            out = _finish_simulation(spec, measure_brainpy(spec))
        elif task.startswith("sweep_"):
            import sweep
            out = sweep.run(task, spec)
        elif task == "floor":
            import floor
            out = floor.run(spec)
        elif task == "profile":
            import profile_neurorepro
            out = profile_neurorepro.run(spec)
        elif task == "lut":
            import lut
            out = lut.run(spec)
        else:
            raise ValueError(f"unknown task {task!r}")
        out["status"] = "ok"
    except MemoryError:
        out = {"status": "oom", "error": traceback.format_exc(limit=3)}
    except Exception as error:  # recorded, the harness goes on with the next measurement
        out = {"status": "error", "error": f"{type(error).__name__}: {error}",
               "traceback": traceback.format_exc(limit=6)}
    out["self_rss_mb"] = _self_rss_mb()
    out["children_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    with open(spec["result"], "w") as f:
        json.dump(out, f, default=lambda x: x.item() if hasattr(x, "item") else str(x))


if __name__ == "__main__":
    main(sys.argv[1])
