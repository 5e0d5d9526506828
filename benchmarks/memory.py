"""Memory against simulated duration, and the cost of checkpoints, for COBA 4k with a spike monitor.

    python benchmarks/memory.py                          # 10, 50 and 100 s; checkpoints every 1 s
    python benchmarks/memory.py --durations 10 20 --out /tmp/mem

Each run is a fresh process (``--child``) that builds the COBA network of Brette et al. (2007)
at 4000 neurons (``networks_neurorepro.build``), runs it with a ``SpikeMonitor`` on every neuron
and reports its peak resident memory (``ru_maxrss``), the spikes recorded and the wall time of
the run. The ratio of the peak at the longest duration to that at the shortest is the figure
to watch: records grow with the spikes (12 bytes each), not with the steps. Then the shortest
run is repeated with ``checkpoint=`` every ``--every`` ms (state and records written to a
temporary folder, atomically) and the two wall times are compared. Results go to
``benchmarks/results/<timestamp>-memory.{json,md}``.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(duration_s: float, checkpoint_every: float | None) -> dict:
    sys.path.insert(0, str(HERE))
    import jax

    import neurorepro as nr
    from networks_neurorepro import build

    step, state, params, key = build("coba", 4000)
    monitors = {"spikes": nr.SpikeMonitor("neuron.spike")}
    nr.run(step, state, params, duration=100.0, dt=0.1, monitors=monitors, key=key, progress=False)  # compile
    with tempfile.TemporaryDirectory() as folder:
        options = {} if checkpoint_every is None else {"checkpoint": Path(folder) / "run",
                                                       "checkpoint_every": checkpoint_every}
        start = time.perf_counter()
        result = nr.run(step, state, params, duration=duration_s * 1000.0, dt=0.1, monitors=monitors, key=key,
                        progress=False, **options)
        jax.block_until_ready(result.state)
        wall = time.perf_counter() - start
    return {"duration_s": duration_s, "checkpoint_every_ms": checkpoint_every, "wall_s": wall,
            "spikes": int(len(result["spikes"].t)),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def measure(duration_s: float, checkpoint_every: float | None) -> dict:
    command = [sys.executable, __file__, "--child", str(duration_s)]
    if checkpoint_every is not None:
        command += ["--every", str(checkpoint_every)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--durations", type=float, nargs="+", default=[10.0, 50.0, 100.0],
                        help="simulated durations [s]")
    parser.add_argument("--every", type=float, default=1000.0, help="checkpoint interval [ms]")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        every = args.every if "--every" in sys.argv else None
        print(json.dumps(child(args.child, every)))
        return 0

    runs = []
    for duration in args.durations:
        runs.append(measure(duration, None))
        print(json.dumps(runs[-1]), flush=True)
    shortest = min(args.durations)
    with_checkpoints = measure(shortest, args.every)
    print(json.dumps(with_checkpoints), flush=True)
    plain = next(r for r in runs if r["duration_s"] == shortest)
    longest = max(runs, key=lambda r: r["duration_s"])
    summary = {"rss_ratio_longest_to_shortest": longest["peak_rss_mb"] / plain["peak_rss_mb"],
               "checkpoint_overhead": with_checkpoints["wall_s"] / plain["wall_s"] - 1.0}
    stamp = time.strftime("%Y%m%d-%H%M%S")
    args.out.mkdir(parents=True, exist_ok=True)
    record = {"runs": runs, "checkpointed": with_checkpoints, "summary": summary,
              "machine": {"platform": platform.platform(), "python": platform.python_version()}}
    (args.out / f"{stamp}-memory.json").write_text(json.dumps(record, indent=2))
    lines = ["| simulated | peak RSS [MB] | spikes | run [s] |", "|---|---|---|---|"]
    lines += [f"| {r['duration_s']:g} s | {r['peak_rss_mb']:.0f} | {r['spikes']:,} | {r['wall_s']:.1f} |" for r in runs]
    lines += ["", f"Peak RSS at {longest['duration_s']:g} s / at {shortest:g} s: "
                  f"{summary['rss_ratio_longest_to_shortest']:.2f}.",
              f"Checkpoint every {args.every:g} ms over {shortest:g} s: {with_checkpoints['wall_s']:.1f} s against "
              f"{plain['wall_s']:.1f} s ({100 * summary['checkpoint_overhead']:+.1f} %)."]
    (args.out / f"{stamp}-memory.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
