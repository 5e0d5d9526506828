"""The three benchmark networks written for BrainPy (2.x API: DynamicalSystem + bm.for_loop).

Neurons are one group of N cells (excitatory first) held in ``bm.Variable``s; the membrane
equation is integrated with BrainPy's ``exp_auto`` (exponential Euler, linearised by autodiff)
with the synaptic variables frozen within the step; synaptic variables decay exactly and jump by
``bm.event.csrmv`` (brainevent's event-driven CSR product, Numba kernel on CPU) of the spikes of
the step, so a spike acts from the next step on. Connectivity comes from BrainPy's own
``FixedPreNum`` (fixed in-degree, with replacement) when scaled up; at 4000 neurons the
independent Bernoulli(0.02) synapses are drawn with numpy, because BrainPy's ``FixedProb`` gives
every presynaptic neuron exactly round(0.02 N) targets (a fixed out-degree, not the benchmark's
statistics). Default float32, as neurorepro's default.
"""

from __future__ import annotations

import time

import brainpy as bp
import brainpy.math as bm
import numpy as np

import common

bm.set_platform("cpu")


def _connect(n_pre: int, n: int, rule: dict, k_name: str, seed: int):
    """(indices, indptr) of the presynaptic-row CSR matrix of the synapses n_pre -> n."""
    if rule["kind"] == "probability":
        exists = np.random.default_rng(seed).random((n_pre, n)) < rule["p"]
        indices = np.nonzero(exists)[1].astype(np.int32)
        indptr = np.concatenate([[0], np.cumsum(exists.sum(axis=1))]).astype(np.int32)
        return bm.as_jax(indices), bm.as_jax(indptr)
    connector = bp.conn.FixedPreNum(rule[k_name], allow_multi_conn=True, seed=seed)
    indices, indptr = connector(n_pre, n).require("pre2post")
    return bm.as_jax(indices), bm.as_jax(indptr)


class BenchmarkNetwork(bp.DynamicalSystem):
    """COBA, CUBA or COBA-HH (``network``) with ``n`` neurons; ``w_e`` overrides the excitatory
    weight (a Variable, so that a new value reuses the compiled loop)."""

    def __init__(self, network: str, n: int, seed: int = 0, w_e: float | None = None):
        super().__init__()
        self.network, self.n = network, n
        self.p = p = common.PARAMS[network]
        self.n_exc, self.n_inh = common.populations(n)
        self.n_rec, _ = common.recorded(n)
        rule = common.connectivity_rule(n)
        self.exc_indices, self.exc_indptr = _connect(self.n_exc, n, rule, "k_exc", seed + 1)
        self.inh_indices, self.inh_indptr = _connect(self.n_inh, n, rule, "k_inh", seed + 2)
        self.w_e = bm.Variable(bm.asarray([p["w_e"] if w_e is None else w_e]))

        rng = np.random.default_rng(seed)
        if network == "cuba":
            v0 = rng.uniform(p["V_reset"], p["V_th"], n)
            x_e0, x_i0 = np.zeros(n), np.zeros(n)
        else:
            v0 = p["v0_mean"] + p["v0_sd"] * rng.standard_normal(n)
            x_e0 = p["ge0_mean"] + p["ge0_sd"] * rng.standard_normal(n)
            x_i0 = p["gi0_mean"] + p["gi0_sd"] * rng.standard_normal(n)
        self.initial = dict(v=v0, x_e=x_e0, x_i=x_i0)
        self.v = bm.Variable(bm.asarray(v0, dtype=bm.float_))
        self.x_e = bm.Variable(bm.asarray(x_e0, dtype=bm.float_))
        self.x_i = bm.Variable(bm.asarray(x_i0, dtype=bm.float_))
        self.spike = bm.Variable(bm.zeros(n, dtype=bool))
        if network == "cobahh":
            self.m, self.h, self.nk = (bm.Variable(bm.zeros(n)) for _ in range(3))
            self.integral = bp.odeint(bp.JointEq(self._dv_hh, self._dm, self._dh, self._dn),
                                      method="exp_auto")
        else:
            self.refractory = bm.Variable(bm.zeros(n))
            self.integral = bp.odeint(self._dv_cuba if network == "cuba" else self._dv_coba,
                                      method="exp_auto")

    def reset_to_initial(self):
        """Back to the initial state, to run the same simulation again."""
        for name, value in self.initial.items():
            getattr(self, name).value = bm.asarray(value, dtype=bm.float_)
        self.spike.value = bm.zeros(self.n, dtype=bool)
        if self.network == "cobahh":
            for gate in (self.m, self.h, self.nk):
                gate.value = bm.zeros(self.n)
        else:
            self.refractory.value = bm.zeros(self.n)

    # membrane equations (mV/ms), synaptic variables frozen within the step
    def _dv_coba(self, v, t, x_e, x_i):
        p = self.p
        return (p["g_L"] * (p["E_L"] - v) + x_e * (p["E_e"] - v) + x_i * (p["E_i"] - v)) / p["C_m"]

    def _dv_cuba(self, v, t, x_e, x_i):
        p = self.p
        return (p["g_L"] * (p["E_L"] - v) + x_e + x_i) / p["C_m"]

    def _dv_hh(self, v, t, m, h, nk, x_e, x_i):
        p = self.p
        ionic = (p["g_L"] * (p["E_L"] - v) + p["g_Na"] * m ** 3 * h * (p["E_Na"] - v)
                 + p["g_K"] * nk ** 4 * (p["E_K"] - v))
        return (ionic + x_e * (p["E_e"] - v) + x_i * (p["E_i"] - v)) / p["C_m"]

    @staticmethod
    def _ratio(x, k):  # x / (exp(x / k) - 1), with its limit k at x = 0
        z = x / k
        small = bm.abs(z) < 1e-6
        return bm.where(small, k * (1.0 - 0.5 * z), x / bm.expm1(bm.where(small, 1.0, z)))

    def _dm(self, m, t, v):
        w = v - self.p["V_T"]
        alpha, beta = 0.32 * self._ratio(13.0 - w, 4.0), 0.28 * self._ratio(w - 40.0, 5.0)
        return alpha * (1 - m) - beta * m

    def _dh(self, h, t, v):
        w = v - self.p["V_T"]
        alpha, beta = 0.128 * bm.exp((17.0 - w) / 18.0), 4.0 / (1.0 + bm.exp((40.0 - w) / 5.0))
        return alpha * (1 - h) - beta * h

    def _dn(self, nk, t, v):
        w = v - self.p["V_T"]
        alpha, beta = 0.032 * self._ratio(15.0 - w, 5.0), 0.5 * bm.exp((10.0 - w) / 40.0)
        return alpha * (1 - nk) - beta * nk

    def update(self):
        p, t, dt = self.p, bp.share["t"], bp.share["dt"]
        if self.network == "cobahh":
            v, m, h, nk = self.integral(self.v.value, self.m.value, self.h.value, self.nk.value,
                                        t, self.x_e.value, self.x_i.value, dt=dt)
            spike = (self.v.value < p["V_spike"]) & (v >= p["V_spike"])
            self.m.value, self.h.value, self.nk.value = m, h, nk
            self.v.value = v
        else:
            v = self.integral(self.v.value, t, self.x_e.value, self.x_i.value, dt=dt)
            v = bm.where(self.refractory.value > 0.5 * dt, p["V_reset"], v)
            spike = v >= p["V_th"]
            self.v.value = bm.where(spike, p["V_reset"], v)
            self.refractory.value = bm.where(spike, p["tau_ref"],
                                             bm.maximum(self.refractory.value - dt, 0.0))
        self.spike.value = spike
        arriving_e = bm.event.csrmv(self.w_e.value[0], self.exc_indices, self.exc_indptr,
                                    spike[:self.n_exc], shape=(self.n_exc, self.n), transpose=True)
        arriving_i = bm.event.csrmv(p["w_i"], self.inh_indices, self.inh_indptr,
                                    spike[self.n_exc:], shape=(self.n_inh, self.n), transpose=True)
        self.x_e.value = self.x_e.value * np.exp(-dt / p["tau_e"]) + arriving_e
        self.x_i.value = self.x_i.value * np.exp(-dt / p["tau_i"]) + arriving_i
        return spike[:self.n_rec]


def simulate(net: BenchmarkNetwork, duration: float):
    """Run ``net`` for ``duration`` ms: spike raster bool[steps, n_rec] (as a numpy array).

    ``bm.for_loop`` alone traces and compiles again at every call in BrainPy 2.8, so the loop is
    wrapped once per network in ``bm.jit``: later calls of the same length reuse it.
    """
    if not hasattr(net, "_compiled_loop"):
        net._compiled_loop = bm.jit(lambda steps: bm.for_loop(net.step_run, steps))
    steps = np.arange(int(round(duration / common.DT)))
    return np.asarray(net._compiled_loop(steps))


def measure(network: str, n: int, duration: float, seed: int, workdir: str,
            second_call: bool = True, compile_timer: dict | None = None) -> dict:
    """Build, compile and run; times [s] and the recorded spikes (indices, times [ms]).

    Compile time: jax's trace + lowering + compile events during the first call
    (``compile_timer``, see _child.py). Run time: a second call of the same simulation from the
    same state, or (``second_call=False``) the first call minus the compile time.
    """
    bm.set_dt(common.DT)
    t0 = time.perf_counter()
    net = BenchmarkNetwork(network, n, seed)
    bm.as_jax(net.v.value).block_until_ready()
    t1 = time.perf_counter()
    compiled_before = compile_timer["s"] if compile_timer else 0.0
    raster = simulate(net, duration)
    step, i = np.nonzero(raster)
    first_result = time.time()
    t2 = time.perf_counter()
    out = dict(build_s=t1 - t0, first_call_s=t2 - t1, first_result_time=first_result,
               spike_i=i, spike_t=(step + 1) * common.DT, version=bp.__version__,
               numerics="float32, exp_auto")
    if compile_timer is not None:
        out["jax_compile_events_s"] = compile_timer["s"] - compiled_before
    out["compile_s"] = out["jax_compile_events_s"]
    if second_call:
        net.reset_to_initial()
        t3 = time.perf_counter()
        simulate(net, duration)
        out["run_s"] = time.perf_counter() - t3
        out["run_method"] = "second identical call"
    else:
        out["run_s"] = out["first_call_s"] - out["compile_s"]
        out["run_method"] = "first call minus compile"
    return out
