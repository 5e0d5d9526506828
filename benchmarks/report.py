"""Summaries, markdown tables and the plot of a benchmark run (see run.py)."""

from __future__ import annotations

import math
import statistics
from collections import defaultdict

import common
import floor as floor_model

LABELS = {"neurorepro": "neurorepro", "brian2_standalone": "Brian2 standalone",
          "brian2_runtime": "Brian2 runtime", "brainpy": "BrainPy"}
REFERENCE = ("brian2_standalone", "brian2_runtime")
RATE_TOLERANCE = 0.10
METRICS = ("import_s", "build_s", "compile_s", "run_s", "ttfr_s", "peak_rss_mb", "sim_rss_mb",
           "rate_exc_hz", "rate_inh_hz", "cv_exc", "wall_s")


def case_key(network, n, duration):
    return f"{network}-{n}-{duration:.0f}ms"


def _median(values):
    values = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    return statistics.median(values) if values else None


def summarise(records, extra, simulators):
    by_case = defaultdict(list)
    for r in records:
        # the simulation's own memory: the standalone binary, else the Python process itself
        if r.get("status") == "ok" and r.get("sim_rss_mb") is None:
            r["sim_rss_mb"] = r.get("self_rss_mb")
        by_case[(r["network"], r["n"], r["duration"])].append(r)

    cases = {}
    for (network, n, duration), recs in by_case.items():
        per_sim = {}
        for sim in simulators:
            mine = [r for r in recs if r["simulator"] == sim]
            ok = [r for r in mine if r.get("status") == "ok"]
            entry = {"repetitions": len(ok)}
            if not ok:
                entry["status"] = mine[0].get("status") if mine else "not run"
                entry["reason"] = (mine[0].get("reason") or mine[0].get("error")) if mine else None
                per_sim[sim] = entry
                continue
            entry["status"] = "ok"
            for metric in METRICS:
                entry[metric] = _median([r.get(metric) for r in ok])
            first = min(ok, key=lambda r: r["repetition"])
            entry["cold_compile_s"] = first.get("compile_s")
            entry["cold_ttfr_s"] = first.get("ttfr_s")
            entry["load"] = _median([r.get("load_before") for r in ok])
            per_sim[sim] = entry

        # ratios within each repetition (neighbouring in time), then their median
        for metric in ("run_s", "ttfr_s"):
            per_rep = defaultdict(dict)
            for r in recs:
                if r.get("status") == "ok" and r.get(metric):
                    per_rep[r["repetition"]][r["simulator"]] = r[metric]
            for sim in simulators:
                if per_sim[sim]["status"] != "ok":
                    continue
                to_fastest = [times[sim] / min(times.values()) for times in per_rep.values()
                              if sim in times]
                ours = [times["neurorepro"] / times[sim] for times in per_rep.values()
                        if sim in times and "neurorepro" in times]
                per_sim[sim][f"{metric}_x_fastest"] = _median(to_fastest)
                per_sim[sim][f"{metric}_ours_over_this"] = _median(ours)

        reference = next((per_sim[s] for s in REFERENCE if per_sim.get(s, {}).get("status") == "ok"),
                         None)
        for sim, entry in per_sim.items():
            if entry["status"] == "ok" and reference and reference.get("rate_exc_hz"):
                delta = entry["rate_exc_hz"] / reference["rate_exc_hz"] - 1.0
                entry["rate_vs_brian2"] = delta
                entry["rate_flag"] = abs(delta) > RATE_TOLERANCE

        floor = extra.get("floor")
        if network == "coba" and floor and floor.get("status") == "ok":
            rate = (per_sim.get("neurorepro", {}).get("rate_exc_hz")
                    or (reference or {}).get("rate_exc_hz"))
            if rate:
                fan_out = common.K_EXC + common.K_INH  # mean out-degree = mean in-degree = 80
                f = floor_model.floor_per_step(floor, n, rate, fan_out, common.DT)
                steps = duration / common.DT
                floor_entry = dict(f, roofline_run_s=steps * f["roofline_s"],
                                   xla_loop_run_s=steps * f["xla_loop_s"])
                for sim, entry in per_sim.items():
                    if entry.get("run_s"):
                        entry["run_over_roofline"] = entry["run_s"] / floor_entry["roofline_run_s"]
                        entry["run_over_xla_loop"] = entry["run_s"] / floor_entry["xla_loop_run_s"]
                per_sim["_floor"] = floor_entry
        cases[case_key(network, n, duration)] = dict(network=network, n=n, duration=duration,
                                                     simulators=per_sim)

    summary = {"cases": cases}
    sweep = extra.get("sweep")
    if sweep:
        s = {k: v for k, v in sweep.items() if v.get("status") == "ok"}
        out = {}
        for task, v in s.items():
            out[task] = {k: v.get(k) for k in ("compile_s", "total_s", "simulate_s", "throughput",
                                               "wall_s", "peak_rss_mb")}
            rates = v.get("rates_exc_hz") or []
            out[task]["rate_range_hz"] = [min(rates), max(rates)] if rates else None
        vmap, seq = s.get("sweep_neurorepro_vmap"), s.get("sweep_neurorepro_sequential")
        bp = s.get("sweep_brainpy_sequential")
        if vmap and seq:
            out["vmap_over_sequential_throughput"] = vmap["throughput"] / seq["throughput"]
            out["vmap_over_sequential_total"] = seq["total_s"] / vmap["total_s"]
            out["max_rate_difference_vmap_vs_sequential_hz"] = max(
                abs(a - b) for a, b in zip(vmap["rates_exc_hz"], seq["rates_exc_hz"]))
        if vmap and bp:
            out["vmap_over_brainpy_sequential_throughput"] = vmap["throughput"] / bp["throughput"]
            out["vmap_over_brainpy_sequential_total"] = bp["total_s"] / vmap["total_s"]
        if seq and bp:
            out["sequential_over_brainpy_sequential_throughput"] = seq["throughput"] / bp["throughput"]
        summary["sweep"] = out
    profile = extra.get("profile")
    if profile and profile.get("status") == "ok":
        summary["profile"] = {k: profile.get(k) for k in ("per_step_us", "mean_spikes_per_step",
                                                            "events_per_pass", "n", "duration_ms")}
    lut = extra.get("lut")
    if lut and lut.get("status") == "ok":
        summary["lut"] = {k: v for k, v in lut.items() if k not in ("status", "self_rss_mb",
                                                                     "children_rss_mb")}
    return summary


def _f(x, digits=2, suffix=""):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if isinstance(x, float) and abs(x) >= 100:
        return f"{x:.0f}{suffix}"
    return f"{x:.{digits}f}{suffix}"


def markdown(document) -> str:
    env, summary = document["environment"], document["summary"]
    lines = [f"# neurorepro benchmark, {document['timestamp']}", ""]
    lines += [f"- command: `{document['command']}`",
              f"- machine: {env['cpu']}, {env['cores']} cores, {env['memory_mb']} MB; "
              f"{env['platform']}",
              f"- load average (1/5/15 min) at start {tuple(round(x, 1) for x in env['load_average_start'])}, "
              f"at end {tuple(round(x, 1) for x in env.get('load_average_end', ()))}; "
              f"total {env.get('total_wall_s', 0) / 60:.1f} min",
              "- versions: " + ", ".join(f"{k} {v}" for k, v in env["versions"].items() if v),
              f"- g++: {env.get('gxx')}", ""]
    lines += [
        "Times in seconds, medians over the repetitions (column *reps*). *compile*: jax "
        "trace+lower+compile (neurorepro, BrainPy), code generation + make (Brian 2 "
        "standalone), code generation + Cython (Brian 2 runtime); with the cold value (first "
        "repetition: Brian 2 standalone compiles from scratch, later repetitions reuse its "
        "objects) in brackets. *run*: the simulation loop only. *×fastest*: run time over the "
        "fastest simulator's, *ours÷*: neurorepro's run time over this simulator's, both computed "
        "within each repetition. *TTFR*: process start to spikes in hand (cold in brackets). "
        "*RSS*: peak resident memory of the simulating process [MB] (process tree incl. the "
        "compiler in brackets). *Δrate*: mean excitatory rate relative to Brian 2's "
        "(⚠ beyond ±10 %). Repetition r simulates the network drawn from seed + r (each "
        "simulator with its own generator), so medians average over a few realisations.", ""]
    header = ("| simulator | reps | import | build | compile (cold) | run | ×fastest | ours÷ | "
              "TTFR (cold) | RSS (tree) | rate exc Hz | Δrate | ISI CV | load |")
    rule = "|" + "---|" * (header.count("|") - 1)
    for key, case in summary["cases"].items():
        title = {"coba": "COBA", "cuba": "CUBA", "cobahh": "COBA-HH"}[case["network"]]
        lines += [f"## {title}, N = {case['n']:,}, {case['duration'] / 1000:g} s", "", header, rule]
        for sim, e in case["simulators"].items():
            if sim.startswith("_"):
                continue
            if e["status"] != "ok":
                reason = str(e.get("reason") or "")[:120].replace("|", "/").replace("\n", " ")
                lines.append(f"| {LABELS[sim]} | 0 | {e['status']}: {reason} |" + " |" * 11)
                continue
            flag = " ⚠" if e.get("rate_flag") else ""
            lines.append(
                f"| {LABELS[sim]} | {e['repetitions']} | {_f(e['import_s'])} | {_f(e['build_s'])} | "
                f"{_f(e['compile_s'])} ({_f(e['cold_compile_s'])}) | {_f(e['run_s'], 3)} | "
                f"{_f(e.get('run_s_x_fastest'))} | {_f(e.get('run_s_ours_over_this'))} | "
                f"{_f(e['ttfr_s'])} ({_f(e['cold_ttfr_s'])}) | {_f(e['sim_rss_mb'], 0)} "
                f"({_f(e['peak_rss_mb'], 0)}) | {_f(e['rate_exc_hz'])} | "
                f"{_f(100 * e['rate_vs_brian2'] if e.get('rate_vs_brian2') is not None else None, 1, ' %')}{flag} | "
                f"{_f(e['cv_exc'])} | {_f(e['load'], 1)} |")
        if "_floor" in case["simulators"]:
            f = case["simulators"]["_floor"]
            lines += ["", f"Floor for this network at the measured rate ({f['spikes_per_step']:.1f} "
                      f"spikes and {f['synaptic_events_per_step']:.0f} synaptic events per step): "
                      f"roofline {f['roofline_run_s']:.3f} s, XLA elementwise loop + scatter "
                      f"{f['xla_loop_run_s']:.3f} s per run. Run time over roofline: " + ", ".join(
                          f"{LABELS[s]} {e['run_over_roofline']:.0f}×"
                          for s, e in case["simulators"].items()
                          if not s.startswith("_") and e.get("run_over_roofline"))]
        lines.append("")

    floor = document["extra"].get("floor")
    if floor and floor.get("status") == "ok":
        lines += ["## This machine's throughput (floor.py)", "",
                  f"- streaming bandwidth: numpy copy {floor['numpy_copy_GBps']:.1f} GB/s, jax triad "
                  f"{floor['jax_triad_GBps']:.1f} GB/s",
                  f"- elementwise multiply-add rate (jax, cache-resident) "
                  f"{floor['jax_elementwise_GFLOPs']:.1f} GFLOP/s; 1024² matmul "
                  f"{floor['jax_matmul_GFLOPs']:.1f} GFLOP/s",
                  "- XLA scatter-add rate (160 000 events into N values): " + ", ".join(
                      f"N = {int(k):,}: {v / 1e6:.0f} M/s" for k, v in floor["scatter_add_per_s"].items()),
                  "- XLA loop of a neuron-update-like elementwise step (no spikes), per step: " + ", ".join(
                      f"N = {int(k):,}: {v * 1e6:.1f} µs" for k, v in floor["neuron_loop_step_s"].items()),
                  f"- per-step model: {floor['model']['bytes_per_neuron']:.0f} B and "
                  f"{floor['model']['flops_per_neuron']:.0f} flop per neuron, "
                  f"{floor['model']['bytes_per_synaptic_event']:.0f} B per synaptic event "
                  "(spikes × fan-out 80)", ""]

    sweep = summary.get("sweep")
    if sweep:
        lines += ["## Parameter sweep: 16 excitatory weights of COBA 4000 (5–7 nS)", "",
                  "| how | compile | total | simulation | throughput (network-s per s) | rate range Hz | RSS MB |",
                  "|---|---|---|---|---|---|---|"]
        names = {"sweep_neurorepro_vmap": "neurorepro.sweep (one vmapped call)",
                 "sweep_neurorepro_sequential": "neurorepro.run × 16",
                 "sweep_brainpy_sequential": "BrainPy × 16"}
        for task, name in names.items():
            v = sweep.get(task)
            if v:
                rr = v.get("rate_range_hz") or [None, None]
                lines.append(f"| {name} | {_f(v['compile_s'])} | {_f(v['total_s'])} | "
                             f"{_f(v['simulate_s'])} | {_f(v['throughput'], 3)} | "
                             f"{_f(rr[0], 1)}–{_f(rr[1], 1)} | {_f(v['peak_rss_mb'], 0)} |")
        lines.append("")
        for key, text in (("vmap_over_sequential_throughput", "sweep ÷ sequential neurorepro throughput"),
                          ("vmap_over_sequential_total", "sequential ÷ sweep total time (with compile)"),
                          ("vmap_over_brainpy_sequential_throughput", "sweep ÷ sequential BrainPy throughput"),
                          ("vmap_over_brainpy_sequential_total", "sequential BrainPy ÷ sweep total time"),
                          ("sequential_over_brainpy_sequential_throughput", "sequential neurorepro ÷ sequential BrainPy throughput"),
                          ("max_rate_difference_vmap_vs_sequential_hz", "largest rate difference sweep vs sequential [Hz]")):
            if sweep.get(key) is not None:
                lines.append(f"- {text}: {sweep[key]:.2f}")
        lines.append("")

    profile = summary.get("profile")
    if profile:
        lines += [f"## Where neurorepro's COBA step goes (N = {profile['n']:,}, "
                  f"{profile['duration_ms']:.0f} ms, {profile['mean_spikes_per_step']:.1f} spikes per "
                  f"step, {profile['events_per_pass']} spiking neurons per pass)", "",
                  "| variant | µs per step |", "|---|---|"]
        lines += [f"| {k} | {v:.1f} |" for k, v in profile["per_step_us"].items()]
        lines.append("")
    lut = summary.get("lut")
    if lut:
        table = lut["table"]
        lines += [f"## Lookup-table rates for COBA-HH (N = {lut['n']:,}, {lut['duration_ms']:.0f} ms)", "",
                  f"Six rates tabulated on {table['points']} points ({table['v_min_mV']:g} to "
                  f"{table['v_max_mV']:g} mV, step {table['dv_mV']:g} mV), linear interpolation; "
                  f"largest relative error of a rate {lut['max_rate_relative_error']:.1e}.", "",
                  "| | exact rates | table |", "|---|---|---|",
                  f"| run time [s] | {lut['exact_run_s']:.3f} | {lut['table_run_s']:.3f} |",
                  f"| mean rate [Hz] | {lut['rate_exact_hz']:.2f} | {lut['rate_table_hz']:.2f} |", "",
                  f"- speed-up of the table: {lut['speedup']:.2f}×",
                  f"- spikes of the first {lut['compare_ms']:.0f} ms: {lut['spikes_compared']} exact, "
                  f"{lut['spikes_table_run']} with the table; {100 * lut['fraction_within_one_step']:.1f} % "
                  f"of the exact ones have a table spike of the same neuron within one step "
                  f"(median |Δt| {lut['median_abs_dt_ms']:.2f} ms, 95th percentile {lut['p95_abs_dt_ms']:.2f} ms)",
                  f"- first spike that differs: {lut['first_differing_spike_ms']} ms", ""]
    return "\n".join(lines)


def plot(document, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cases = [c for c in document["summary"]["cases"].values()
             if c["network"] == "coba" and c["duration"] == 1000.0]
    cases.sort(key=lambda c: c["n"])
    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=100)
    markers = {"neurorepro": "o", "brian2_standalone": "s", "brian2_runtime": "^", "brainpy": "D"}
    for sim, marker in markers.items():
        points = [(c["n"], c["simulators"][sim]["run_s"]) for c in cases
                  if c["simulators"].get(sim, {}).get("run_s")]
        if points:
            ax.plot(*zip(*points), marker=marker, label=LABELS[sim])
    for key, style, label in (("roofline_run_s", ":", "roofline floor"),
                              ("xla_loop_run_s", "--", "XLA loop floor")):
        points = [(c["n"], c["simulators"]["_floor"][key]) for c in cases if "_floor" in c["simulators"]]
        if points:
            ax.plot(*zip(*points), style, color="0.4", label=label)
    ax.set(xscale="log", yscale="log", xlabel="neurons N", ylabel="run time for 1 s of activity (s)",
           title="COBA (Brette et al. 2007), dt = 0.1 ms, 1 s")
    ax.text(0.99, 0.02, "N = 4000: p = 0.02; larger N: fixed in-degree 64 + 16",
            transform=ax.transAxes, ha="right", va="bottom", fontsize=8, color="0.3")
    load = document["environment"]
    ax.text(0.01, 0.98, f"{load['cores']} cores, load average at start "
            f"{load['load_average_start'][0]:.1f}", transform=ax.transAxes, ha="left", va="top",
            fontsize=8, color="0.3")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(0.0, 0.94))
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


if __name__ == "__main__":  # redraw the markdown and the plot of a stored run
    import json
    import sys

    for path in sys.argv[1:]:
        with open(path) as f:
            document = json.load(f)
        base = path[:-len(".json")] if path.endswith(".json") else path
        document["summary"] = summarise(document["records"], document["extra"],
                                        document["options"]["simulators"])
        with open(base + ".md", "w") as f:
            f.write(markdown(document))
        plot(document, base + ".png")
        print(f"written: {base}.md, {base}.png")
