"""The three benchmark networks written for Brian 2, for its two targets.

``cpp_standalone``: the whole simulation (network construction included) is generated as C++,
compiled with make/g++ and run as one binary (single-threaded, Brian's default).
``runtime``: Brian's default runtime mode with the Cython code-generation target; the generated
extensions are cached on disk (the harness points every run of a session at one cache directory
and warms it first, so the compile time reported is that of a warm cache, i.e. of a user's
second run; the cold compile of the warm-up is recorded separately).

Equations as in common.py; every differential equation is integrated with Brian's
"exponential_euler" (conductances/currents frozen within the step while v is advanced), the
synaptic variables jump on_pre, which Brian applies after the state update of the step, so a
spike acts from the next step on, as in the other two simulators.
"""

from __future__ import annotations

import os
import sys
import time

import brian2 as b2
import numpy as np

import common

_HERE = os.path.dirname(os.path.abspath(__file__))

_LIF_COBA = """
dv/dt = (g_L*(E_L - v) + x_e*(E_e - v) + x_i*(E_i - v)) / C_m : volt (unless refractory)
dx_e/dt = -x_e / tau_e : siemens
dx_i/dt = -x_i / tau_i : siemens
"""
# CUBA's synaptic variables are voltages (mV), as in Brian's CUBA example
_LIF_CUBA = """
dv/dt = (x_e + x_i + E_L - v) / tau_m : volt (unless refractory)
dx_e/dt = -x_e / tau_e : volt
dx_i/dt = -x_i / tau_i : volt
"""
# Traub-Miles rates, w = v - V_T; x / (exp(x / k) - 1) written as k / exprel(x / k)
_HH_COBA = """
dv/dt = (g_L*(E_L - v) + g_Na*m**3*h*(E_Na - v) + g_K*n**4*(E_K - v)
         + x_e*(E_e - v) + x_i*(E_i - v)) / C_m : volt
dm/dt = alpha_m*(1 - m) - beta_m*m : 1
dh/dt = alpha_h*(1 - h) - beta_h*h : 1
dn/dt = alpha_n*(1 - n) - beta_n*n : 1
dx_e/dt = -x_e / tau_e : siemens
dx_i/dt = -x_i / tau_i : siemens
w = v - V_T : volt
alpha_m = 0.32*4 / exprel((13*mV - w) / (4*mV)) / ms : Hz
beta_m = 0.28*5 / exprel((w - 40*mV) / (5*mV)) / ms : Hz
alpha_h = 0.128*exp((17*mV - w) / (18*mV)) / ms : Hz
beta_h = 4 / (1 + exp((40*mV - w) / (5*mV))) / ms : Hz
alpha_n = 0.032*5 / exprel((15*mV - w) / (5*mV)) / ms : Hz
beta_n = 0.5*exp((10*mV - w) / (40*mV)) / ms : Hz
"""


def _namespace(network: str) -> dict:
    p = common.PARAMS[network]
    mV, nS, pF, ms = b2.mV, b2.nS, b2.pF, b2.ms
    if network == "cuba":
        return dict(E_L=p["E_L"] * mV, V_th=p["V_th"] * mV, V_reset=p["V_reset"] * mV,
                    tau_m=p["C_m"] / p["g_L"] * ms, tau_e=p["tau_e"] * ms, tau_i=p["tau_i"] * ms,
                    w_e=p["w_e"] * mV, w_i=p["w_i"] * mV)
    ns = dict(C_m=p["C_m"] * pF, g_L=p["g_L"] * nS, E_L=p["E_L"] * mV, E_e=p["E_e"] * mV,
              E_i=p["E_i"] * mV, tau_e=p["tau_e"] * ms, tau_i=p["tau_i"] * ms,
              w_e=p["w_e"] * nS, w_i=p["w_i"] * nS, v0_mean=p["v0_mean"] * mV,
              v0_sd=p["v0_sd"] * mV, ge0_mean=p["ge0_mean"] * nS, ge0_sd=p["ge0_sd"] * nS,
              gi0_mean=p["gi0_mean"] * nS, gi0_sd=p["gi0_sd"] * nS)
    if network == "coba":
        ns.update(V_th=p["V_th"] * mV, V_reset=p["V_reset"] * mV)
    else:
        ns.update(g_Na=p["g_Na"] * nS, E_Na=p["E_Na"] * mV, g_K=p["g_K"] * nS,
                  E_K=p["E_K"] * mV, V_T=p["V_T"] * mV, V_spike=p["V_spike"] * mV)
    return ns


def _build(network: str, n: int, seed: int):
    """NeuronGroup, synapses and spike monitor, in a Network."""
    p = common.PARAMS[network]
    ns = _namespace(network)
    b2.seed(seed)
    rng = np.random.default_rng(seed)
    n_exc, n_inh = common.populations(n)
    if network == "cobahh":
        # refractory while above the detection level: a spike is an upward crossing
        cells = b2.NeuronGroup(n, _HH_COBA, threshold="v >= V_spike", refractory="v >= V_spike",
                               method="exponential_euler", namespace=ns)
    else:
        cells = b2.NeuronGroup(n, _LIF_CUBA if network == "cuba" else _LIF_COBA,
                               threshold="v >= V_th", reset="v = V_reset",
                               refractory=p["tau_ref"] * b2.ms, method="exponential_euler",
                               namespace=ns)
    excitatory = b2.Synapses(cells[:n_exc], cells, on_pre="x_e += w_e", namespace=ns)
    inhibitory = b2.Synapses(cells[n_exc:], cells, on_pre="x_i += w_i", namespace=ns)
    rule = common.connectivity_rule(n)
    if rule["kind"] == "probability":
        excitatory.connect(p=rule["p"])
        inhibitory.connect(p=rule["p"])
    else:  # fixed in-degree, sources drawn with replacement
        for synapses, n_pre, k in ((excitatory, n_exc, rule["k_exc"]),
                                   (inhibitory, n_inh, rule["k_inh"])):
            synapses.connect(i=rng.integers(0, n_pre, n * k, dtype=np.int32),
                             j=np.repeat(np.arange(n, dtype=np.int32), k))
    if network == "cuba":
        cells.v = "V_reset + rand() * (V_th - V_reset)"
    else:
        cells.v = "v0_mean + v0_sd * randn()"
        cells.x_e = "ge0_mean + ge0_sd * randn()"
        cells.x_i = "gi0_mean + gi0_sd * randn()"
    n_rec, _ = common.recorded(n)
    monitor = b2.SpikeMonitor(cells[:n_rec])
    net = b2.Network(cells, excitatory, inhibitory, monitor)
    return net, monitor


def measure(network: str, n: int, duration: float, seed: int, workdir: str,
            target: str = "cpp_standalone", project_dir: str | None = None) -> dict:
    """Build, compile and run; times [s] and the recorded spikes (indices, times [ms]).

    ``project_dir``: where cpp_standalone writes and compiles its C++ project. Reusing the
    directory of an earlier run of the same network lets make recompile only what changed
    (nothing), as for a user running the same script again.
    """
    b2.prefs.logging.std_redirection = False
    b2.defaultclock.dt = common.DT * b2.ms
    project_dir = project_dir or os.path.join(workdir, "brian2_project")
    if target == "cpp_standalone":
        b2.set_device("cpp_standalone", directory=project_dir, build_on_run=False)
        # run the binary through a wrapper that records its own peak memory
        b2.prefs.devices.cpp_standalone.run_cmd_unix = [
            sys.executable, os.path.join(_HERE, "_maxrss.py"), os.path.join(workdir, "main_maxrss.txt"),
            "./main"]
    else:
        b2.prefs.codegen.target = "cython"
        cache = os.environ.get("BENCH_BRIAN2_CYTHON_CACHE")
        if cache:
            b2.prefs.codegen.runtime.cython.cache_dir = cache

    t0 = time.perf_counter()
    net, monitor = _build(network, n, seed)
    t1 = time.perf_counter()
    net.run(duration * b2.ms, namespace={})
    t2 = time.perf_counter()
    out = {}
    if target == "cpp_standalone":
        b2.device.build(directory=project_dir, compile=True, run=True, debug=False,
                        with_output=False)
        t3 = time.perf_counter()
        binary = b2.device.timers["run_binary"]
        loop = b2.device._last_run_time
        i, t = np.asarray(monitor.i[:]), np.asarray(monitor.t[:] / b2.ms)
        first_result = time.time()
        out.update(build_s=(t1 - t0) + (binary - loop), compile_s=(t2 - t1) + (t3 - t2 - binary),
                   run_s=loop, compile_detail={"codegen_s": (t2 - t1) + (t3 - t2 - binary)
                                               - b2.device.timers["compile"]["make"],
                                               "make_s": b2.device.timers["compile"]["make"]})
        try:
            with open(os.path.join(workdir, "main_maxrss.txt")) as f:
                out["sim_rss_mb"] = float(f.read()) / 1024.0
        except OSError:
            pass
    else:
        loop = b2.device._last_run_time
        i, t = np.asarray(monitor.i[:]), np.asarray(monitor.t[:] / b2.ms)
        first_result = time.time()
        out.update(build_s=t1 - t0, compile_s=(t2 - t1) - loop, run_s=loop)
    out.update(first_result_time=first_result, spike_i=i, spike_t=t,
               version=b2.__version__, numerics="float64, exponential_euler")
    return out
