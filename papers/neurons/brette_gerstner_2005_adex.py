# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Brette & Gerstner (2005): Adaptive exponential integrate-and-fire model, with the firing patterns of Naud et al. (2008)
#
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/neurons/brette_gerstner_2005_adex.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/neurons/brette_gerstner_2005_adex.ipynb)
#
# Brette, R. & Gerstner, W. (2005). Adaptive exponential integrate-and-fire model as an
# effective description of neuronal activity. *Journal of Neurophysiology* 94(5), 3637–3642.
# [doi:10.1152/jn.00686.2005](https://doi.org/10.1152/jn.00686.2005)
#
# Naud, R., Marcille, N., Clopath, C. & Gerstner, W. (2008). Firing patterns in the adaptive
# exponential integrate-and-fire model. *Biological Cybernetics* 99(4–5), 335–347.
# [doi:10.1007/s00422-008-0264-7](https://doi.org/10.1007/s00422-008-0264-7)
#
# Brette & Gerstner add to the exponential integrate-and-fire neuron a single adaptation
# current $w$, driven both by the membrane potential (subthreshold coupling $a$) and by each
# spike (increment $b$). Fitted to a detailed model of a regular-spiking pyramidal cell (their
# Table 1), the two equations predict most of that model's spike times under noisy input.
# Naud et al. then map the model's repertoire: with other values of the same nine parameters it
# fires tonically, adapts, bursts at onset or regularly, starts late and accelerates, fires
# transiently, or fires irregularly (their Fig. 4 and Table 1), and they explain the classes
# by where the reset point falls relative to the nullclines of the $(V, w)$ phase plane. This
# notebook derives the current threshold of the Table-1 neuron from the model's fixed points,
# checks it against simulated step responses, measures the adaptation of its f–I curve, and
# reruns the eight firing patterns of Naud et al. with their phase planes.
#
# **Claims reproduced**
#
# 1. Table-1 neuron (Brette & Gerstner 2005): the resting state exists up to the saddle-node
#    current $I_{SN}$ but, since $a > C/\tau_w$, loses stability earlier, at the Hopf current
#    $I_H$. Simulated, a small perturbation of rest decays below $I_H$ and grows above it, at the
#    rate linear theory predicts, with the sign change at $I_H$ and below $I_{SN}$; a current
#    step from rest fires repetitively at every current above $I_H$.
# 2. Table-1 neuron: spike-triggered adaptation lowers the rate at every current: the
#    steady-state rate is below the rate of the first interspike interval.
# 3. Naud et al. Fig. 4 a–h: each parameter set of their Table 1 gives its firing pattern —
#    (a) tonic, (b) adapting, (c) initial burst, (d) regular bursting, (e) delayed accelerating,
#    (f) delayed regular bursting, (g) transient spiking, (h) irregular spiking — as judged by
#    the measures defined in the replication check (interval ratios, burst counts, first-spike
#    latency, variability). For (f) and (g) this holds with the values of the Brian 2 example,
#    not with those of the circulating transcriptions of Table 1 (see the Fig. 4 section).
# 4. Naud et al., phase-plane analysis: bursts come from resets that fall below the
#    $V$-nullcline (the next spike follows directly): in (c) only the first resets do, in (d)
#    such resets recur.
# 5. Naud et al., abstract: the deterministic model can fire irregularly (chaos): in (h) a
#    $10^{-6}$-mV change of the initial potential changes later spike times by more than 1 ms,
#    while the tonic neuron (a) is unaffected.

# %% tags=["parameters"]
dt = 0.01                 # ms, forward-Euler time step
fi_duration = 3000.0      # ms, length of each current step in the f–I sweep
pattern_duration = 500.0  # ms, length of the current step for the firing patterns (Fig. 4)
perturbation = 1e-6       # mV, change of the initial potential in the sensitivity test

# %%
# Installs neurorepro when running on Colab or Kaggle; does nothing locally.
import os
import subprocess
import sys

if "google.colab" in sys.modules or "KAGGLE_KERNEL_RUN_TYPE" in os.environ:
    INSTALL = "neurorepro @ git+https://github.com/neurorepro/neurorepro@main"
    subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", INSTALL])

# %%
from typing import NamedTuple

import functools
import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro
from neurorepro import measures
from neurorepro.models import adex
from neurorepro.replication import claim, report

jax.config.update("jax_enable_x64", True)

# %% [markdown]
# ## The model
#
# $$C\,\frac{dV}{dt} = -g_L (V - E_L) + g_L \Delta_T\, e^{(V - V_T)/\Delta_T} - w + I, \qquad
# \tau_w \frac{dw}{dt} = a\,(V - E_L) - w,$$
#
# and when $V$ reaches $V_{peak}$: $V \leftarrow V_r$, $w \leftarrow w + b$. The exponential
# term is the spike initiation: below $V_T$ it is small and the neuron is a leaky integrator;
# above, it drives $V$ to infinity in finite time, and $V_{peak}$ only marks where the spike is
# cut. These are the core's `neurorepro.models.adex` equations, whose default parameters are
# Brette & Gerstner's Table 1: $C = 281$ pF, $g_L = 30$ nS, $E_L = -70.6$ mV, $V_T = -50.4$ mV,
# $\Delta_T = 2$ mV, $\tau_w = 144$ ms, $a = 4$ nS, $b = 0.0805$ nA, with reset to
# $V_r = E_L$ (as in the Brian 2 example of the paper) and cut at $V_{peak} = 20$ mV (as in
# NEST's reproduction of the paper's Fig. 3D); the cut hardly matters, since the exponential
# takes $V$ from $V_T + 5\Delta_T$ to infinity in a fraction of a millisecond. All runs use
# forward Euler with $\Delta t = 0.01$ ms (the core caps the exponential at $V_{peak}$ so a
# step never overflows); halving the step changes no spike count of the firing patterns
# (checked below).

# %%
class Drive(NamedTuple):
    neuron: adex.Params
    current: jax.Array  # constant input switched on at t = 0 [pA]


def step(state: adex.State, p: Drive, clock) -> adex.State:
    return adex.step(state, p.neuron, clock.dt, p.current, method="euler")


table1 = adex.Params()
membrane_tau = table1.C / table1.g_L  # ms
print(f"Table 1: tau_m = C/g_L = {membrane_tau:.2f} ms, tau_w = {table1.tau_w:.0f} ms, "
      f"a = {table1.a:.1f} nS, C/tau_w = {table1.C / table1.tau_w:.2f} nS")

# %% [markdown]
# ## Current threshold from the fixed points
#
# A fixed point has $w = a(V - E_L)$ and $I = F(V)$ with
#
# $$F(V) = (g_L + a)(V - E_L) - g_L \Delta_T\, e^{(V - V_T)/\Delta_T}.$$
#
# $F$ rises to a maximum and falls, so a resting state exists only for $I \le \max F$. The
# maximum, where the two fixed points merge in a saddle-node bifurcation, is at
# $V_{SN} = V_T + \Delta_T \ln(1 + a/g_L)$:
#
# $$I_{SN} = (g_L + a)\Big(V_T - E_L - \Delta_T + \Delta_T \ln\big(1 + \tfrac{a}{g_L}\big)\Big).$$
#
# The resting state can lose stability before it disappears. The Jacobian at a fixed point has
# trace $\frac{g_L}{C}\big(e^{(V-V_T)/\Delta_T} - 1\big) - \frac{1}{\tau_w}$, which vanishes at
# $V_H = V_T + \Delta_T \ln(1 + \tau_m/\tau_w)$ ($\tau_m = C/g_L$). $V_H$ comes before $V_{SN}$
# exactly when $a > C/\tau_w$; the rest then turns unstable through an Andronov–Hopf
# bifurcation at $I_H = F(V_H) < I_{SN}$ (the model's bifurcations are classified in
# Touboul, J. & Brette, R. (2008), Dynamics and bifurcations of the adaptive exponential
# integrate-and-fire model, *Biol. Cybern.* 99(4–5), 319–334).
# For Table 1, $a = 4$ nS $> C/\tau_w = 1.95$ nS: the
# threshold for repetitive firing is $I_H$, just below $I_{SN}$.

# %%
def rest_current(V, p: adex.Params):
    """F(V): the constant current for which V [mV] is a fixed point [pA]."""
    return (p.g_L + p.a) * (V - p.E_L) - p.g_L * p.Delta_T * np.exp((V - p.V_T) / p.Delta_T)


V_SN = table1.V_T + table1.Delta_T * np.log(1 + table1.a / table1.g_L)
V_H = table1.V_T + table1.Delta_T * np.log(1 + membrane_tau / table1.tau_w)
I_SN, I_H = rest_current(V_SN, table1), rest_current(V_H, table1)
print(f"saddle-node: V_SN = {V_SN:.3f} mV, I_SN = {I_SN:.3f} pA")
print(f"Hopf:        V_H  = {V_H:.3f} mV, I_H  = {I_H:.3f} pA  (Hopf first: {table1.a > table1.C / table1.tau_w})")

# %% [markdown]
# ## f–I curve, threshold and adaptation of the Table-1 neuron
#
# One vectorised sweep runs the Table-1 neuron under constant currents switched on at $t = 0$:
#
# * from rest ($V = E_L$, $w = 0$), every 25 pA from 0 to 2 nA: the f–I curve. For each current
#   we record the rate of the first interspike interval (before adaptation builds up) and the
#   steady-state rate (the last interval of the 3-s run);
# * from rest, every 0.025 pA from 626.95 to 627.3 pA: the onset of repetitive firing under a
#   current step (firing counts as sustained when at least two spikes come after the first
#   second; near onset the intervals approach 1 s);
# * the same currents, but started *at* the resting state of each current, displaced by
#   $10^{-3}$ mV: does the displacement grow or decay? Near rest the system is linear,
#   $V - V^* = e^{\sigma t}(A\cos\omega t + B\sin\omega t)$, so $\int (V - V^*)^2\,dt$ over
#   the last second, divided by the same integral over the first second, is $e^{2\sigma \cdot 2\,s}$
#   up to the incomplete averaging of $\cos^2$ (the oscillation has a period of about 0.9 s):
#   this gives the growth rate $\sigma$.
#   Linear theory predicts $\sigma = \operatorname{Re}\lambda = \tfrac12\,\mathrm{trace}$ at the
#   fixed point, which changes sign at $I_H$. The displacement is small enough to stay inside
#   the unstable orbit that surrounds the resting state below $I_H$ (a displacement of 0.05 mV
#   already escapes to spiking 0.007 pA below $I_H$).

# %%
def resting_potential(current, p: adex.Params):
    """V [mV] of the stable fixed point at a current below I_SN: F(V) = I on the lower branch."""
    low, high = p.E_L - 50.0, p.V_T + p.Delta_T * np.log(1 + p.a / p.g_L)  # F rises on [low, high]
    for _ in range(100):
        middle = 0.5 * (low + high)
        low, high = (middle, high) if rest_current(middle, p) < current else (low, middle)
    return 0.5 * (low + high)


def growth_rate_theory(V, p: adex.Params):
    """Re λ at a fixed point with potential V [1/ms]: half the trace of the Jacobian."""
    return 0.5 * (p.g_L / p.C * (np.exp((V - p.V_T) / p.Delta_T) - 1.0) - 1.0 / p.tau_w)


class Probe(NamedTuple):
    neuron: adex.State
    early: jax.Array  # ∫ (V − V*)² dt over the first window [mV² ms]
    late: jax.Array   # the same over the last window


class ProbeParams(NamedTuple):
    drive: Drive
    V_rest: jax.Array    # V* [mV] (unused for runs from E_L)
    window: jax.Array    # ms
    duration: jax.Array  # ms


def probe_step(state: Probe, p: ProbeParams, clock) -> Probe:
    """The model's step, also integrating (V − V*)² over the first and the last window."""
    neuron = step(state.neuron, p.drive, clock)
    square = (neuron.V - p.V_rest) ** 2 * clock.dt
    t = clock.t + clock.dt
    return Probe(neuron, state.early + jnp.where(t <= p.window, square, 0.0),
                 state.late + jnp.where(t > p.duration - p.window, square, 0.0))


coarse_currents = np.arange(0.0, 2000.0 + 1e-9, 25.0)
onset_step = 0.025  # pA
fine_currents = np.arange(626.95, 627.3 + 1e-9, onset_step)
currents = np.concatenate([coarse_currents, fine_currents, fine_currents])
coarse = slice(0, len(coarse_currents))
fine = slice(len(coarse_currents), len(coarse_currents) + len(fine_currents))
perturbed = slice(fine.stop, None)
displacement, window = 1e-3, 1000.0  # mV, ms
V_rest = np.full(len(currents), table1.E_L)
V_rest[perturbed] = [resting_potential(I, table1) for I in fine_currents]
w_start = table1.a * (V_rest - table1.E_L)  # 0 for the runs from E_L
V_start = V_rest.copy()
V_start[perturbed] += displacement
n = len(currents)
sweep = neurorepro.sweep(
    probe_step,
    Probe(adex.init(jnp.asarray(V_start)[:, None], table1, jnp.asarray(w_start)[:, None]),
          jnp.zeros((n, 1)), jnp.zeros((n, 1))),
    ProbeParams(Drive(neuron=jax.tree.map(lambda x: jnp.full(n, x, float), table1), current=jnp.asarray(currents)),
                V_rest=jnp.asarray(V_rest), window=jnp.full(n, window), duration=jnp.full(n, fi_duration)),
    duration=fi_duration, dt=dt, batch_state=True, progress=False,
    monitors={"spike": neurorepro.SpikeMonitor("neuron.spike")})
trains = [result.t for result in sweep["spike"]]


def first_isi_rate(times):
    return 1000.0 / (times[1] - times[0]) if len(times) >= 2 else 0.0


def steady_rate(times, settle=1000.0):
    """Rate [Hz] of the last interval; 0 unless two spikes come after the first `settle` ms."""
    late = times[times > settle]
    return 1000.0 / (late[-1] - late[-2]) if len(late) >= 2 else 0.0


first_rates = np.array([first_isi_rate(times) for times in trains])
steady_rates = np.array([steady_rate(times) for times in trains])
sustained = steady_rates > 0
first_on = int(np.argmax(sustained[fine]))
step_onset = fine_currents[first_on - 1], fine_currents[first_on]
above_H = fine_currents > I_H
one_spike_only = coarse_currents[(np.array([len(t) for t in trains[coarse]]) >= 1) & ~sustained[coarse]]
print(f"step from rest, sustained firing on the fine grid: {''.join('1' if x else '0' for x in sustained[fine])}")
print(f"  onset in ({step_onset[0]:.3f}, {step_onset[1]:.3f}] pA, rate there {steady_rates[fine][first_on]:.2f} Hz"
      f" (I_H = {I_H:.3f}, I_SN = {I_SN:.3f} pA)")
print(f"transient spikes without sustained firing from {one_spike_only.min():.0f} to "
      f"{one_spike_only.max():.0f} pA (25-pA grid)")

early, late = (np.asarray(x)[perturbed, 0] for x in (sweep.state.early, sweep.state.late))
growth = np.log(late / early) / (2 * (fi_duration - window))  # 1/ms; windows start 2 s apart
linear = np.array([len(times) == 0 for times in trains[perturbed]])  # the displacement never grew into a spike
growth_theory = growth_rate_theory(V_rest[perturbed], table1)
worst_linear = np.max(np.abs(growth - growth_theory)[linear]) / np.max(np.abs(growth_theory)[linear])
crossing = int(np.argmax(growth > 0))
below, above = fine_currents[crossing - 1], fine_currents[crossing]
I_unstable = below + (above - below) * (-growth[crossing - 1]) / (growth[crossing] - growth[crossing - 1])
print(f"perturbed rest: growth rate changes sign in ({below:.3f}, {above:.3f}] pA; interpolated zero "
      f"{I_unstable:.4f} pA (I_H = {I_H:.4f} pA)")
print(f"  the displacement grew into spikes at {', '.join(f'{I:.3f}' for I in fine_currents[~linear])} pA; "
      f"elsewhere largest |σ − Re λ| = {worst_linear * 100:.1f} % of the largest |Re λ|")

# %% [markdown]
# A current step from rest starts repetitive firing about 0.17 pA *below* $I_H$, where the
# resting state is still stable. That is not a failure of the analysis but a second attractor:
# the first spike of the step throws the neuron onto a spiking orbit that coexists with rest
# (the Hopf bifurcation is subcritical); at 627.0 pA the neuron fires twice and returns to
# rest. The perturbation started at rest tests the analysis itself.

# %% [markdown]
# Three voltage traces show what the two rates of the f–I curve measure (a short run of its
# own, since the sweep records only spikes).

# %%
trace_currents = np.array([700.0, 1000.0, 1500.0])
trace_run = neurorepro.run(
    step, adex.init(jnp.full(3, table1.E_L), table1),
    Drive(neuron=table1, current=jnp.asarray(trace_currents)), duration=400.0, dt=dt, progress=False,
    monitors={"V": neurorepro.StateMonitor("V"), "spike": neurorepro.SpikeMonitor("spike")})

fig = plt.figure(figsize=(12, 7), dpi=100)
grid = fig.add_gridspec(2, 3, height_ratios=(1.2, 1), hspace=0.4, wspace=0.32)
ax_fi = fig.add_subplot(grid[0, :2])
ax_fi.plot(coarse_currents, first_rates[coarse], "o-", ms=3, color="tab:orange", label="first interval")
ax_fi.plot(coarse_currents, steady_rates[coarse], "o-", ms=3, color="k", label="steady state")
ax_fi.axvline(I_H, color="tab:red", lw=0.8, ls="--", label=f"$I_H$ = {I_H:.1f} pA")
ax_fi.axvspan(one_spike_only.min() - 12.5, I_H, color="0.9", label="single transient spike")
ax_fi.set(xlabel="input current I (pA)", ylabel="firing rate (Hz)", xlim=(0, 2000),
          title="f–I curve: rate of the first interval and steady-state rate")
ax_fi.legend(frameon=False, fontsize=8)
ax_on = fig.add_subplot(grid[0, 2])
ax_on.plot(fine_currents, growth_theory * 1000, color="0.6", lw=2, label="Re λ (theory)")
ax_on.plot(fine_currents[linear], growth[linear] * 1000, "o", ms=4, color="k", label="σ (simulated)")
ax_on.plot(fine_currents[~linear], growth[~linear] * 1000, "o", ms=4, mfc="none", color="k",
           label="σ, grew into spikes")
ax_on.axhline(0, color="k", lw=0.5)
ax_on.axvline(I_H, color="tab:red", lw=0.8, ls="--", label="$I_H$ (Hopf)")
ax_on.axvline(I_SN, color="tab:blue", lw=0.8, ls=":", label="$I_{SN}$ (saddle-node)")
ax_on.axvspan(*step_onset, color="tab:orange", alpha=0.4, label="onset of a step from rest")
ax_on.set(xlabel="I (pA)", ylabel="growth rate of a perturbation of rest (1/s)",
          title="stability of the resting state")
ax_on.ticklabel_format(useOffset=False)
ax_on.legend(frameon=False, fontsize=7)
trace_times = trace_run["V"].t
trace_trains = trace_run["spike"].trains()
for k, current in enumerate(trace_currents):
    ax = fig.add_subplot(grid[1, k])
    v = np.array(trace_run["V"].values[:, k])
    v[np.isin(trace_times, trace_trains[k])] = table1.V_peak  # draw each spike up to V_peak
    ax.plot(trace_times, v, color="k", lw=0.7)
    ax.set(xlabel="time (ms)", ylabel="V (mV)" if k == 0 else None, ylim=(-75, 25),
           title=f"I = {current:.0f} pA")
fig.suptitle("Table-1 neuron of Brette & Gerstner (2005): threshold and adaptation", fontsize=12)
plt.show()

# %% [markdown]
# The perturbation of rest decays below $I_H$ and grows above it, at the rate linear theory
# gives, and the sign change falls where the fixed-point analysis puts it, 0.13 pA below the
# saddle-node current. A current step from rest fires repetitively at every current above
# $I_H$ and, because of the coexisting spiking orbit, also a little below it. Between about
# 600 pA and this onset a step evokes only a single transient spike: at the start of the step
# $w$ is still near 0, so the neuron briefly behaves like the non-adapting exponential
# integrate-and-fire neuron, whose threshold is lower. Repetitive firing starts at a low rate
# (about 1 Hz): the Hopf and saddle-node points are so close that the onset looks like a
# class-1 onset, although the resting state strictly loses stability through a Hopf bifurcation.
#
# Spike-triggered adaptation ($b$, $\tau_w$) makes the steady-state rate a fraction of the
# initial rate (about 0.4 at 1 nA) and straightens the f–I curve.
#
# ## Fig. 4 of Naud et al. (2008): eight firing patterns
#
# Each neuron starts at rest ($V = E_L$, $w = 0$) and receives a current step at $t = 0$.
# Spikes are cut at $V_{peak} = 0$ mV, as in the Brian 2, ANNarchy and pycaputo
# implementations of these parameter sets.
#
# **Which parameters.** For (a)–(e) and (h) we use Table 1 of Naud et al. as two independent
# transcriptions give it (the ANNarchy AdEx example and an EPFL course script) and as the Brian 2
# example uses it. For (f) and (g) those transcriptions give
# $C = 200$ pF, $g_L = 12$ nS, $E_L = -70$ mV, $a = -6$ nS, $\tau_w = 300$ ms, $b = 0$,
# $V_r = -58$ mV, $I = 110$ pA for (f), and $C = 100$ pF, $g_L = 10$ nS, $E_L = -65$ mV,
# $a = -10$ nS, $\tau_w = 90$ ms, $b = 30$ pA, $V_r = -47$ mV, $I = 350$ pA for (g); with these
# values the model does not show the two patterns (run below). The Brian 2 example
# (`Naud_et_al_2008_adex_firing_patterns.py`) states that its values were "adapted by
# P. Müller to match figures"; we use its values for (f) and (g). We could not consult the
# table itself, so whether the mismatch is a misprint in the paper or in the transcriptions is
# open.

# %%
class Pattern(NamedTuple):
    label: str
    title: str
    C: float        # pF
    g_L: float      # nS
    E_L: float      # mV
    V_T: float      # mV
    Delta_T: float  # mV
    a: float        # nS
    tau_w: float    # ms
    b: float        # pA
    V_r: float      # mV
    I: float        # pA


PATTERNS = [
    Pattern("a", "tonic spiking", 200, 10, -70, -50, 2, 2, 30, 0, -58, 500),
    Pattern("b", "adapting", 200, 12, -70, -50, 2, 2, 300, 60, -58, 500),
    Pattern("c", "initial burst", 130, 18, -58, -50, 2, 4, 150, 120, -50, 400),
    Pattern("d", "regular bursting", 200, 10, -58, -50, 2, 2, 120, 100, -46, 210),
    Pattern("e", "delayed accelerating", 200, 12, -70, -50, 2, -10, 300, 0, -58, 300),
    Pattern("f", "delayed regular bursting", 100, 10, -65, -50, 2, -10, 90, 30, -47, 110),
    Pattern("g", "transient spiking", 100, 10, -65, -50, 2, 10, 90, 100, -47, 180),
    Pattern("h", "irregular spiking", 100, 12, -60, -50, 2, -11, 130, 30, -48, 160),
]
TRANSCRIBED = [  # (f) and (g) as the circulating transcriptions of Table 1 give them
    Pattern("f", "delayed regular bursting", 200, 12, -70, -50, 2, -6, 300, 0, -58, 110),
    Pattern("g", "transient spiking", 100, 10, -65, -50, 2, -10, 90, 30, -47, 350),
]
V_PEAK = 0.0  # mV
PATTERN = {p.label: p for p in PATTERNS}
LABELS = [p.label for p in PATTERNS]

# the eight patterns, then copies of (h) and (a) with a perturbed initial potential, then the
# transcribed (f) and (g): one population, one run
population = PATTERNS + [PATTERN["h"], PATTERN["a"]] + TRANSCRIBED
offset = np.zeros(len(population))
offset[len(PATTERNS):len(PATTERNS) + 2] = perturbation


def column(name):
    return jnp.asarray([getattr(p, name) for p in population], float)


pattern_params = Drive(
    neuron=adex.Params(C=column("C"), g_L=column("g_L"), E_L=column("E_L"), V_T=column("V_T"),
                       Delta_T=column("Delta_T"), tau_w=column("tau_w"), a=column("a"), b=column("b"),
                       V_r=column("V_r"), V_peak=jnp.full(len(population), V_PEAK)),
    current=column("I"))
pattern_start = adex.init(column("E_L") + jnp.asarray(offset), pattern_params.neuron)
monitors = {"V": neurorepro.StateMonitor("V"), "w": neurorepro.StateMonitor("w"),
            "spike": neurorepro.SpikeMonitor("spike")}
patterns = neurorepro.run(step, pattern_start, pattern_params, duration=pattern_duration, dt=dt,
                          monitors=monitors, progress=False)
half_step = neurorepro.run(step, pattern_start, pattern_params, duration=pattern_duration, dt=dt / 2,
                           monitors={"spike": neurorepro.SpikeMonitor("spike")}, progress=False)
t = patterns["V"].t
all_trains = patterns["spike"].trains()
spikes = dict(zip(LABELS, all_trains))
V = {label: patterns["V"].values[:, k] for k, label in enumerate(LABELS)}
w = {label: patterns["w"].values[:, k] for k, label in enumerate(LABELS)}
for p in PATTERNS:
    times = spikes[p.label]
    shown = ", ".join(f"{s:.1f}" for s in times[:8]) + (" …" if len(times) > 8 else "")
    print(f"({p.label}) {p.title:25s} {len(times):3d} spikes  [{shown}]")
for k, p in enumerate(TRANSCRIBED):
    times = all_trains[len(PATTERNS) + 2 + k]
    print(f"({p.label}) as transcribed: {len(times)} spikes, "
          f"intervals {', '.join(f'{x:.1f}' for x in np.diff(times)[:6])}{' …' if len(times) > 7 else ''}")

# %% [markdown]
# With the transcribed values (f) stays silent and (g) fires a long accelerating train,
# neither of which is the pattern of Fig. 4. Below, the eight patterns with the parameters
# listed in `PATTERNS`.
#
# In each phase plane the black curve is the $V$-nullcline for the applied current,
# $w = -g_L(V - E_L) + g_L\Delta_T e^{(V-V_T)/\Delta_T} + I$, and the green line the
# $w$-nullcline $w = a(V - E_L)$. The trajectory (blue) jumps at each spike from $V_{peak}$ to
# the reset point $(V_r, w + b)$, drawn as dots: filled when the reset falls below the
# $V$-nullcline (there $dV/dt > 0$ and the next spike follows directly), open when it falls
# above (the trajectory first makes a detour to lower $V$).

# %%
def reset_points(label):
    """w right after each reset [pA], and whether the reset lies below the V-nullcline."""
    p = PATTERN[label]
    after = w[label][np.searchsorted(t, spikes[label])]
    nullcline_at_reset = (-p.g_L * (p.V_r - p.E_L)
                          + p.g_L * p.Delta_T * np.exp((p.V_r - p.V_T) / p.Delta_T) + p.I)
    return after, after < nullcline_at_reset


fig = plt.figure(figsize=(12, 8), dpi=100)
cells = fig.add_gridspec(4, 4, height_ratios=(1, 1.25, 1, 1.25), hspace=0.55, wspace=0.3,
                         left=0.06, right=0.98, top=0.91, bottom=0.06)
for k, p in enumerate(PATTERNS):
    row, col = 2 * (k // 4), k % 4
    ax_v = fig.add_subplot(cells[row, col])
    v = np.array(V[p.label])
    fired = np.isin(t, spikes[p.label])
    v[fired] = V_PEAK
    ax_v.plot(t, v, color="k", lw=0.6)
    ax_v.set(xlim=(0, pattern_duration), ylim=(p.E_L - 8, V_PEAK + 5))
    ax_v.set_title(f"({p.label}) {p.title}", fontsize=9)
    ax_v.tick_params(labelsize=7)
    if col == 0:
        ax_v.set_ylabel("V (mV)", fontsize=8)
    ax_w = fig.add_subplot(cells[row + 1, col])
    path_v = np.where(fired, np.nan, V[p.label])  # break the line at each reset
    ax_w.plot(path_v, w[p.label], color="tab:blue", lw=0.8)
    grid_v = np.linspace(p.E_L - 6, p.V_T + 8, 300)
    ax_w.plot(grid_v, -p.g_L * (grid_v - p.E_L) + p.g_L * p.Delta_T * np.exp((grid_v - p.V_T) / p.Delta_T)
              + p.I, color="k", lw=1)
    ax_w.plot(grid_v, p.a * (grid_v - p.E_L), color="tab:green", lw=1)
    after, below = reset_points(p.label)
    ax_w.plot(np.full(below.sum(), p.V_r), after[below], "o", ms=3, color="tab:red")
    ax_w.plot(np.full((~below).sum(), p.V_r), after[~below], "o", ms=3, mfc="none", color="tab:red")
    low, high = np.min(w[p.label]), np.max(w[p.label])
    pad = 0.15 * (high - low) + 10
    ax_w.set(xlim=(grid_v[0], grid_v[-1]), ylim=(low - pad, high + pad))
    ax_w.tick_params(labelsize=7)
    ax_w.set_xlabel("V (mV)", fontsize=8)
    if col == 0:
        ax_w.set_ylabel("w (pA)", fontsize=8)
fig.suptitle("Fig. 4 (Naud et al. 2008) — firing patterns (time in ms) and their (V, w) phase planes "
             "(black: V-nullcline, green: w-nullcline, dots: resets)", fontsize=11)
plt.show()

# %% [markdown]
# The traces and phase planes follow Fig. 4 of Naud et al.: in (c) the first two resets land
# below the $V$-nullcline and fire a burst, after which $w$ is large enough for every later
# reset to land above it; in (d) the resets alternate between the two sides, and each
# excursion above the nullcline is the silent interval between bursts; with $a < 0$ in (e),
# (f) and (h) the $w$-nullcline slopes downwards and $w$ becomes negative before the first
# spike, which delays it; in (g) a single reset lands high above the nullcline and the
# trajectory relaxes to the stable resting point. In (a) and (e) the current is so far above
# threshold that the $V$-nullcline lies above the plotted range.
#
# ## Replication check
#
# Measures, computed from the spike times over the 500-ms step:
#
# * interval ratio: last interspike interval over the first (tonic about 1, adapting > 1,
#   accelerating < 1);
# * bursts: runs of at least two spikes with intervals below 20 ms; isolated spikes are runs of
#   one (within-burst intervals here are below 10 ms, the gaps between bursts above 50 ms; the
#   tonic neuron, firing every 9 ms, is judged by the regularity of its intervals instead);
# * latency: time of the first spike in units of the membrane time constant $\tau_m = C/g_L$;
#   "delayed" means later than $1.5\,\tau_m$ (the tonic, adapting and bursting patterns (a)–(d)
#   fire their first spike within $0.9\,\tau_m$, (e) and (f) after $2$ and $5.7\,\tau_m$; the
#   irregular (h), also with $a < 0$, fires after $1.9\,\tau_m$ and would count as delayed too,
#   a property Naud et al. do not discuss);
# * regularity: coefficient of variation (CV) of the intervals after the first 100 ms;
# * reset side: whether each reset point lies below the $V$-nullcline (as in the phase planes).
#
# The numbers that turn the paper's verbal classes into checks (0.05, 1.25, 3, 20 ms, 1.5 τ_m, 0.3)
# are ours. The chaos test compares spike times of (h), and of (a) as a control, with those of
# copies whose initial potential differs by $10^{-6}$ mV. For the threshold, the interpolated
# zero of the simulated growth rate must lie within half a grid step (0.0125 pA) of $I_H$;
# forward Euler shifts the discrete growth rate by about $|\lambda|^2\Delta t/2 \approx
# 3\times10^{-7}$ ms⁻¹, i.e. $2\times10^{-5}$ pA in current. The growth rates themselves
# must match $\operatorname{Re}\lambda$ to within 10 % of the largest
# $|\operatorname{Re}\lambda|$ on the probed range, wherever the displacement stayed small (it
# grows into spikes at the two highest currents, where the linear estimate no longer
# applies): averaging $\cos^2$ over a window that is not a whole number of half-periods
# leaves a relative error of about $1/(2\omega \cdot 1\,\mathrm{s}) \approx 7\,\%$ on each
# integral, i.e. up to about 0.1 s⁻¹ on $\sigma$, against $|\operatorname{Re}\lambda|$ up to 2.4 s⁻¹.

# %%
BURST_ISI = 20.0  # ms: spikes closer than this form a burst
spike_groups = functools.partial(measures.spike_groups, max_isi=BURST_ISI)
bursts = functools.partial(measures.bursts, max_isi=BURST_ISI)
isolated = functools.partial(measures.isolated_spikes, max_isi=BURST_ISI)


def interval_ratio(label):
    intervals = np.diff(spikes[label])
    return intervals[-1] / intervals[0]


def latency(label):
    p = PATTERN[label]
    return spikes[label][0] / (p.C / p.g_L)


def late_cv(label):
    intervals = np.diff(spikes[label][spikes[label] > 100.0])
    return intervals.std() / intervals.mean()


def max_shift(label, copy_index):
    times, copy = spikes[label], all_trains[copy_index]
    if len(times) != len(copy):
        return float("inf")
    return float(np.max(np.abs(times - copy)))


resets_below = {label: reset_points(label)[1] for label in LABELS}
first_detour_c = int(np.argmin(resets_below["c"]))
late_resets_d = resets_below["d"][len(resets_below["d"]) // 2:]
half_trains = half_step["spike"].trains()
count_changes = sum(len(spikes[label]) != len(half_trains[k]) for k, label in enumerate(LABELS[:7]))
ratio_ss_first = steady_rates[coarse][sustained[coarse]] / first_rates[coarse][sustained[coarse]]
at_1nA = list(coarse_currents).index(1000.0)
print(f"steady-state / first-interval rate: {ratio_ss_first.min():.2f}–{ratio_ss_first.max():.2f} "
      f"(at 1 nA: {steady_rates[at_1nA] / first_rates[at_1nA]:.2f})")
print("latency / tau_m: " + ", ".join(f"({label}) {latency(label):.2f}" for label in LABELS))

INF = float("inf")
B_G = "Brette & Gerstner 2005"
NAUD = "Naud et al. 2008"
claims = [
    claim("Table 1: rest loses stability at (pA)", I_unstable, I_H, abs_tol=onset_step / 2,
          source=f"{B_G}, model and Table 1: Hopf current I_H = F(V_H) (derived above)"),
    claim("Table 1: ... before the saddle-node current (pA)", above, (-INF, I_SN),
          source=f"{B_G}, Table 1: a > C/τ_w, Hopf before saddle-node (Touboul & Brette 2008)"),
    claim("Table 1: perturbation growth, max |σ − Re λ| / max |Re λ|", worst_linear, (0, 0.1),
          source=f"{B_G}, model: linearisation at rest (derived above)"),
    claim("Table 1: steps above I_H firing repetitively (fraction)", sustained[fine][above_H].mean(), 1.0,
          source=f"{B_G}, Table 1: no stable rest above I_H"),
    claim("Table 1: max steady-state / first-interval rate", ratio_ss_first.max(), (0, 1),
          source=f"{B_G}, Table 1: adapting (regular-spiking) cell, b = 80.5 pA, τ_w = 144 ms"),
    claim("(a) tonic: last / first interval", interval_ratio("a"), (0.8, 1.25), source=f"{NAUD}, Fig. 4a"),
    claim("(a) tonic: CV of the intervals", late_cv("a"), (0, 0.05), source=f"{NAUD}, Fig. 4a"),
    claim("(b) adapting: last / first interval", interval_ratio("b"), (3, INF), source=f"{NAUD}, Fig. 4b"),
    claim("(b) adapting: intervals never shorten", int(np.all(np.diff(np.diff(spikes["b"])) >= 0)), 1,
          source=f"{NAUD}, Fig. 4b"),
    claim("(c) initial burst: spikes in the onset burst", len(spike_groups(spikes["c"])[0]), (2, INF),
          source=f"{NAUD}, Fig. 4c"),
    claim("(c) initial burst: isolated spikes after it", isolated(spikes["c"]), (3, INF),
          source=f"{NAUD}, Fig. 4c"),
    claim("(c) resets below the V-nullcline, at onset", first_detour_c, (1, INF),
          source=f"{NAUD}, phase plane: reset below V-nullcline, direct spike"),
    claim("(c) resets below the V-nullcline, after the first above", int(resets_below["c"][first_detour_c:].sum()), 0,
          source=f"{NAUD}, phase plane: initial bursting"),
    claim("(d) regular bursting: bursts", len(bursts(spikes["d"])), (3, INF), source=f"{NAUD}, Fig. 4d"),
    claim("(d) regular bursting: isolated spikes", isolated(spikes["d"]), 0, source=f"{NAUD}, Fig. 4d"),
    claim("(d) 2nd half: resets below / above the V-nullcline",
          min(late_resets_d.sum(), (~late_resets_d).sum()), (2, INF),
          source=f"{NAUD}, phase plane: regular bursting"),
    claim("(e) delayed accelerating: latency / τ_m", latency("e"), (1.5, INF), source=f"{NAUD}, Fig. 4e"),
    claim("(e) delayed accelerating: last / first interval", interval_ratio("e"), (0, 0.8),
          source=f"{NAUD}, Fig. 4e"),
    claim("(f) delayed regular bursting: latency / τ_m", latency("f"), (1.5, INF), source=f"{NAUD}, Fig. 4f"),
    claim("(f) delayed regular bursting: bursts", len(bursts(spikes["f"])), (3, INF), source=f"{NAUD}, Fig. 4f"),
    claim("(f) delayed regular bursting: isolated spikes", isolated(spikes["f"]), 0, source=f"{NAUD}, Fig. 4f"),
    claim("(a)–(d): largest latency / τ_m (not delayed)", max(latency(x) for x in "abcd"), (0, 1.5),
          source=f"{NAUD}, Fig. 4a–d"),
    claim("(g) transient: spikes in the first 100 ms", int(np.sum(spikes["g"] <= 100)), (1, INF),
          source=f"{NAUD}, Fig. 4g"),
    claim("(g) transient: spikes in the last 400 ms", int(np.sum(spikes["g"] > 100)), 0,
          source=f"{NAUD}, Fig. 4g"),
    claim("(h) irregular: CV of the intervals", late_cv("h"), (0.3, INF), source=f"{NAUD}, Fig. 4h"),
    claim("(h) 1e-6 mV change: largest spike shift (ms)", max_shift("h", len(PATTERNS)), (1, INF),
          source=f"{NAUD}, abstract: irregular spiking indicates chaos"),
    claim("(a) control, 1e-6 mV change: largest spike shift (ms)", max_shift("a", len(PATTERNS) + 1), (0, dt),
          source=f"{NAUD}, Fig. 4a: regular firing is not sensitive"),
    claim("numerics: patterns (a)–(g) whose spike count changes at dt/2", count_changes, 0,
          source="convergence of forward Euler (this notebook)"),
]
report(claims)
