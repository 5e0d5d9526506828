"""Reference statistics of Benchmark 1 (COBA) of Brette et al. (2007), computed with Brian 2.

The paper specifies the network (its Appendix B) but publishes no firing rate or ISI CV for it,
so the notebook papers/ei_nets/brette_2007_coba checks its statistics against an independent
simulator run of the same specification: the model of Appendix B written in Brian 2 with the
random initial state of the paper's Brian reference script (ModelDB 83319, COBA.py), forward
Euler at dt = 0.1 ms, 1 s, no external input. Voltages are relative to the leak reversal -60 mV.

    pip install brian2
    python data/brette_2007_coba/brian2_reference.py 1 2 3 4 5 6 7 8 > data/brette_2007_coba/brian2_reference.json
"""

import json
import sys

import brian2 as b2
import numpy as np


def simulate(seed: int) -> dict:
    b2.seed(seed)
    b2.start_scope()
    b2.defaultclock.dt = 0.1 * b2.ms
    tau_m, tau_e, tau_i = 20 * b2.ms, 5 * b2.ms, 10 * b2.ms
    E_e, E_i = 60 * b2.mV, -20 * b2.mV  # 0 mV and -80 mV relative to rest
    equations = """dv/dt = (-v + g_e*(E_e - v) + g_i*(E_i - v)) / tau_m : volt (unless refractory)
                   dg_e/dt = -g_e / tau_e : 1
                   dg_i/dt = -g_i / tau_i : 1"""  # conductances in units of g_L = 10 nS
    cells = b2.NeuronGroup(4000, equations, threshold="v > 10*mV", reset="v = 0*mV",
                           refractory=5 * b2.ms, method="euler")
    excitatory = b2.Synapses(cells[:3200], cells, on_pre="g_e += 0.6")  # 6 nS
    excitatory.connect(p=0.02)
    inhibitory = b2.Synapses(cells[3200:], cells, on_pre="g_i += 6.7")  # 67 nS
    inhibitory.connect(p=0.02)
    cells.v = "(randn()*5 - 5)*mV"
    cells.g_e = "randn()*1.5 + 4"
    cells.g_i = "randn()*12 + 20"
    monitor = b2.SpikeMonitor(cells)
    b2.run(1 * b2.second)

    index, times = np.asarray(monitor.i), np.asarray(monitor.t / b2.ms)
    counts = np.bincount(index, minlength=4000)
    cv = np.full(4000, np.nan)
    for k in range(4000):
        train = np.sort(times[index == k])
        if len(train) >= 3:
            isi = np.diff(train)
            cv[k] = isi.std() / isi.mean()
    return {
        "seed": seed,
        "rate_excitatory_hz": float(counts[:3200].mean()),
        "rate_inhibitory_hz": float(counts[3200:].mean()),
        "cv_excitatory": float(np.nanmean(cv[:3200])),
        "cv_inhibitory": float(np.nanmean(cv[3200:])),
        "silent_fraction": float(np.mean(counts == 0)),
    }


if __name__ == "__main__":
    runs = [simulate(int(s)) for s in sys.argv[1:]]
    summary = {key: {"mean": float(np.mean([r[key] for r in runs])), "sd": float(np.std([r[key] for r in runs], ddof=1))}
               for key in runs[0] if key != "seed"}
    print(json.dumps({"source": __doc__.strip().splitlines()[0], "brian2_version": b2.__version__,
                      "runs": runs, "summary": summary}, indent=2))
