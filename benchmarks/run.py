"""Benchmark neurorepro against Brian 2 (cpp_standalone and runtime) and BrainPy.

    python benchmarks/run.py [--sizes N ...] [--repeats R] [--quick] [--out DIR]

Runs the three networks of Brette et al. (2007) (COBA, CUBA, COBA-HH; see common.py) with every
simulator, each measurement in a fresh process (launch.py), and writes
<out>/<timestamp>.json (every measurement), <out>/<timestamp>.md (the tables printed at the
end) and <out>/<timestamp>.png (run time against network size). See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import report  # noqa: E402
from launch import run_child  # noqa: E402

SIMULATORS = ["neurorepro", "brian2_standalone", "brian2_runtime", "brainpy"]
SECOND_CALL_MAX_SIZE = 16_000  # jax simulators: run time from a second call up to this size


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+",
                        default=[4000, 16000, 64000, 256000, 1000000],
                        help="COBA network sizes (1 s each); default 4k 16k 64k 256k 1M")
    parser.add_argument("--repeats", type=int, default=3,
                        help="repetitions of every case up to --repeat-max-size neurons (default 3)")
    parser.add_argument("--repeat-max-size", type=int, default=4000,
                        help="larger networks and the 5 s run get --large-repeats repetitions")
    parser.add_argument("--large-repeats", type=int, default=1)
    parser.add_argument("--quick", action="store_true",
                        help="smoke test: 4000 neurons only, 1 repetition, short sweep/profile")
    parser.add_argument("--out", default=os.path.join(HERE, "results"),
                        help="directory of the JSON/markdown/PNG results")
    parser.add_argument("--simulators", nargs="+", default=SIMULATORS, choices=SIMULATORS)
    parser.add_argument("--timeout", type=float, default=900.0,
                        help="seconds before a measurement is killed and recorded as timeout")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-long", action="store_true", help="skip the 5 s COBA run")
    parser.add_argument("--no-sweep", action="store_true")
    parser.add_argument("--no-floor", action="store_true")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--no-lut", action="store_true",
                        help="skip the lookup-table variant of COBA-HH's rate functions")
    parser.add_argument("--cold-cython-cache", action="store_true",
                        help="give Brian 2 runtime a fresh Cython cache (default: Brian's own, "
                             "persistent cache, warmed up before the measurements)")
    parser.add_argument("--jax-cache", action="store_true",
                        help="give neurorepro and BrainPy jax's persistent compilation cache (a "
                             "fresh one: the first repetition compiles, later ones reuse it)")
    parser.add_argument("--keep-work", action="store_true",
                        help="keep the work directory (logs, Brian 2 projects)")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.repeats, args.large_repeats, args.no_long = [4000], 1, 1, True
    return args


def cases(args):
    """(network, n, duration [ms], repetitions), in the order they are measured."""
    def reps(n, duration):
        small = n <= args.repeat_max_size and duration <= 1000.0
        return args.repeats if small else args.large_repeats
    out = [("coba", n, 1000.0, reps(n, 1000.0)) for n in sorted(args.sizes) if n == 4000]
    out += [("cuba", 4000, 1000.0, reps(4000, 1000.0)), ("cobahh", 4000, 1000.0, reps(4000, 1000.0))]
    if not args.no_long:
        out.append(("coba", 4000, 5000.0, reps(4000, 5000.0)))
    out += [("coba", n, 1000.0, reps(n, 1000.0)) for n in sorted(args.sizes) if n != 4000]
    return out


def environment() -> dict:
    def version(name):
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return None

    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) // 1024 for line in open("/proc/meminfo")
                if line.startswith("MemTotal")), None)
    try:
        gxx = subprocess.run(["g++", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    except OSError:
        gxx = None
    return dict(python=sys.version.split()[0], executable=sys.executable, platform=platform.platform(),
                cpu=cpu, cores=os.cpu_count(), memory_mb=mem, gxx=gxx,
                versions={k: version(k) for k in ("neurorepro", "jax", "jaxlib", "numpy", "brian2",
                                                   "Cython", "brainpy", "brainevent", "brainstate",
                                                   "numba")},
                load_average_start=os.getloadavg())


class Harness:
    def __init__(self, args):
        self.args = args
        self.stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        self.work = tempfile.mkdtemp(prefix=f"neurorepro-bench-{self.stamp}-")
        self.env = {}
        if args.cold_cython_cache:
            self.env["BENCH_BRIAN2_CYTHON_CACHE"] = os.path.join(self.work, "cython-cache")
        if args.jax_cache:
            self.env.update(JAX_COMPILATION_CACHE_DIR=os.path.join(self.work, "jax-cache"),
                            JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS="0",
                            JAX_PERSISTENT_CACHE_MIN_ENTRY_SIZE_BYTES="-1")
        self.records = []
        self.extra = {}
        self.counter = 0
        self.started = time.perf_counter()

    def child(self, spec, label, timeout=None):
        self.counter += 1
        workdir = os.path.join(self.work, f"{self.counter:03d}-{label}")
        elapsed = time.perf_counter() - self.started
        print(f"[{elapsed:7.0f} s] {label} ...", end=" ", flush=True)
        result = run_child(spec, workdir, timeout or self.args.timeout, env=self.env)
        summary = f"{result['status']} in {result['wall_s']:.1f} s (load {result['load_before']:.1f})"
        if result["status"] not in ("ok",):
            summary += f": {str(result.get('error', ''))[-300:]}"
        print(summary, flush=True)
        return result

    # -- simulations ------------------------------------------------------------------------
    def warm_up_brian2_runtime(self, networks):
        """Compile (or find in the cache) Brian 2 runtime's Cython code before measuring."""
        warm = {}
        for network in networks:
            sizes = [4000] + ([5000] if network == "coba" and any(
                n != 4000 for n in self.args.sizes) else [])  # 5000: the fixed in-degree path
            for n in sizes:
                spec = dict(task="brian2_runtime", network=network, n=n, duration=1.0,
                            seed=self.args.seed)
                result = self.child(spec, f"warmup-brian2_runtime-{network}-{n}")
                warm[f"{network}-{n}"] = {k: result.get(k) for k in
                                          ("status", "build_s", "compile_s", "wall_s")}
        self.extra["brian2_runtime_warmup"] = warm

    def measure_cases(self):
        args = self.args
        failed = {}      # (sim, network) -> (n, status): no larger size is tried
        last_wall = {}   # (sim, network) -> (n, wall of the last successful run)
        for network, n, duration, repeats in cases(args):
            project = {}
            for rep in range(repeats):
                order = args.simulators[rep % len(args.simulators):] + \
                    args.simulators[:rep % len(args.simulators)]
                for sim in order:
                    record = dict(simulator=sim, network=network, n=n, duration=duration,
                                  repetition=rep)
                    skip = self._skip_reason(sim, network, n, duration, failed, last_wall)
                    if skip:
                        record.update(status="skipped", reason=skip)
                        print(f"[{time.perf_counter() - self.started:7.0f} s] "
                              f"{sim}-{network}-{n}-{duration:.0f}ms: skipped ({skip})")
                        self.records.append(record)
                        continue
                    # one network realisation per repetition, the same for every simulator's
                    # seed (each draws it with its own generator): the median rates then
                    # average over realisations
                    spec = dict(task=sim, network=network, n=n, duration=duration,
                                seed=args.seed + rep, second_call=n <= SECOND_CALL_MAX_SIZE)
                    if sim == "brian2_standalone":
                        project.setdefault(sim, os.path.join(
                            self.work, f"brian2-project-{network}-{n}-{duration:.0f}"))
                        spec["project_dir"] = project[sim]
                    result = self.child(spec, f"{sim}-{network}-{n}-{duration:.0f}ms-rep{rep}")
                    result.pop("traceback", None)
                    record.update(result)
                    self.records.append(record)
                    if result["status"] == "ok":
                        if duration == 1000.0:
                            scaling = (result.get("build_s") or 0.0) + (result.get("run_s") or 0.0)
                            last_wall[(sim, network)] = (n, result["wall_s"], scaling)
                    else:
                        failed[(sim, network)] = (n, result["status"])
            for directory in project.values():  # large networks leave large projects behind
                shutil.rmtree(directory, ignore_errors=True)

    def _skip_reason(self, sim, network, n, duration, failed, last_wall):
        if (sim, network) in failed and failed[(sim, network)][0] <= n:
            size, status = failed[(sim, network)]
            return f"{status} at N = {size}"
        if (sim, network) in last_wall and duration == 1000.0:
            # build and run scale with N (at least linearly), import and compile do not
            size, wall, scaling = last_wall[(sim, network)]
            predicted = wall + scaling * (n / size - 1.0)
            if n > size and predicted > self.args.timeout:
                return (f"predicted {predicted:.0f} s (from {wall:.0f} s at N = {size}, build + "
                        f"run scaled linearly) > timeout {self.args.timeout:.0f} s")
        return None

    # -- extras -----------------------------------------------------------------------------
    def floor(self):
        sizes = sorted(set(self.args.sizes))
        result = self.child(dict(task="floor", network="coba", n=max(sizes), duration=0.0,
                                 seed=0, sizes=sizes), "floor")
        self.extra["floor"] = result

    def sweep(self):
        duration = 200.0 if self.args.quick else 1000.0
        out = {}
        tasks = ["sweep_neurorepro_vmap", "sweep_neurorepro_sequential"]
        if "brainpy" in self.args.simulators:
            tasks.append("sweep_brainpy_sequential")
        for task in tasks:
            out[task] = self.child(dict(task=task, network="coba", n=4000, duration=duration,
                                        seed=self.args.seed), task)
        self.extra["sweep"] = out

    def profile(self):
        duration = 200.0 if self.args.quick else 1000.0
        self.extra["profile"] = self.child(dict(task="profile", network="coba", n=4000,
                                                duration=duration, seed=self.args.seed),
                                           "profile-neurorepro-coba-4000")

    def lut(self):
        duration = 200.0 if self.args.quick else 1000.0
        self.extra["lut"] = self.child(dict(task="lut", network="cobahh", n=4000,
                                            duration=duration, seed=self.args.seed),
                                       "lut-neurorepro-cobahh-4000")

    def run(self):
        args = self.args
        print(f"work directory {self.work}; load average {os.getloadavg()}", flush=True)
        environment_info = environment()
        if not args.no_floor:
            self.floor()
        if "brian2_runtime" in args.simulators:
            self.warm_up_brian2_runtime(sorted({c[0] for c in cases(args)}))
        self.measure_cases()
        if not args.no_sweep:
            self.sweep()
        if not args.no_profile:
            self.profile()
        if not args.no_lut:
            self.lut()
        environment_info["load_average_end"] = os.getloadavg()
        environment_info["total_wall_s"] = time.perf_counter() - self.started
        summary = report.summarise(self.records, self.extra, args.simulators)
        document = dict(timestamp=self.stamp, command=" ".join([os.path.basename(sys.executable)]
                                                               + sys.argv),
                        environment=environment_info, options=vars(args), records=self.records,
                        extra=self.extra, summary=summary)
        os.makedirs(args.out, exist_ok=True)
        base = os.path.join(args.out, self.stamp)
        with open(base + ".json", "w") as f:
            json.dump(document, f, indent=1, default=str)
        markdown = report.markdown(document)
        with open(base + ".md", "w") as f:
            f.write(markdown)
        report.plot(document, base + ".png")
        print()
        print(markdown)
        print(f"written: {base}.json, {base}.md, {base}.png")
        if not args.keep_work:
            shutil.rmtree(self.work, ignore_errors=True)


if __name__ == "__main__":
    Harness(parse_args()).run()
