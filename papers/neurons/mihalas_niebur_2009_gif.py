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
# # Mihalaş & Niebur (2009): A generalized linear integrate-and-fire neural model produces diverse spiking behaviors
#
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/neurons/mihalas_niebur_2009_gif.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/neurons/mihalas_niebur_2009_gif.ipynb)
#
# Mihalaş, Ş. & Niebur, E. (2009). A generalized linear integrate-and-fire neural model produces
# diverse spiking behaviors. *Neural Computation* 21(3), 704–718.
# [doi:10.1162/neco.2008.12-07-680](https://doi.org/10.1162/neco.2008.12-07-680)
#
# The paper extends the leaky integrate-and-fire neuron by a threshold $\Theta$ that follows the
# membrane potential and by currents $I_j$ that spikes switch on, all of them obeying *linear*
# differential equations between spikes. Everything nonlinear sits in the update rules applied
# when $V$ reaches $\Theta$. With only two spike-induced currents and a handful of parameter
# values (its Table 1), the model reproduces twenty firing behaviours, most of them from the
# list Izhikevich (2004) collected, from tonic spiking to rebound bursts and bistability (its
# Fig. 1, panels A–T); Fig. 2 shows the phasic-spiking neuron in the $(V, \Theta)$ plane. Because the equations
# are linear, the state at any time after a spike is known in closed form. This notebook
# integrates them exactly between the points of a fine time grid, reruns the twenty protocols,
# and checks in each panel the property that defines the behaviour.
#
# **Claims reproduced** (panel letters are those of Fig. 1; parameters from Table 1)
#
# 1. (A) Tonic spiking: regular firing, with the interspike interval of a leaky
#    integrate-and-fire neuron, $\tau \ln\!\big(I_e / (I_e - G(\Theta_\infty - E_L))\big)$.
# 2. (B) Class 1: $10^{-6}$ above rheobase the neuron fires, after the long latency the same
#    formula predicts; the rate goes continuously to zero at rheobase.
# 3. (C) Spike-frequency adaptation: the interspike intervals lengthen during the step.
# 4. (D) Phasic spiking: spikes only at the onset of a sustained step.
# 5. (E) Accommodation: a step of 1.5 fires, a staircase that rises slowly to the same 1.5 does not.
# 6. (F) Threshold variability: a brief pulse fails alone but fires after a hyperpolarising pulse.
# 7. (G) Rebound spike: a spike after the release of a long hyperpolarising step, none during it.
# 8. (H) Class 2: just above rheobase the neuron fires at a high rate (tens of Hz), in contrast
#    to (B).
# 9. (I) Integrator: two pulses 10 ms apart fire the neuron, the same pair 20 ms apart does not.
# 10. (J) Input bistability: the same input (1.7) gives tonic firing or rest, depending on history.
# 11. (K) Hyperpolarisation-induced spiking: tonic spikes under a negative input.
# 12. (L) Hyperpolarisation-induced bursting: bursts under a negative input.
# 13. (M) Tonic bursting: periodic bursts, no isolated spikes.
# 14. (N) Phasic bursting: a single burst at the onset of the step.
# 15. (O) Rebound burst: a burst after the release of a hyperpolarising step.
# 16. (P) Mixed mode: a burst at onset, then single spikes.
# 17. (Q) Afterpotentials: after a spike the potential first rises above rest (depolarising
#     after-potential), then dips below it (hyperpolarising after-potential).
# 18. (R) Basal bistability: one pulse switches tonic spiking on, an identical pulse switches it off.
# 19. (S) Preferred frequency: a second, weaker pulse fires 50 ms after the first but not 10 ms
#     after it.
# 20. (T) Spike latency: a 2-ms pulse evokes a spike long after the pulse has ended.

# %% tags=["parameters"]
dt = 0.01            # ms, grid on which spikes are detected (integration between points is exact)
fi_duration = 2000.0  # ms, each step of the class 1 / class 2 f–I sweep

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
import scipy.linalg

import neurorepro
from neurorepro import measures
from neurorepro.replication import claim, report

jax.config.update("jax_enable_x64", True)

# %% [markdown]
# ## The model (Section 2 of the paper)
#
# Between spikes, with $N = 2$ spike-induced currents,
#
# $$\frac{dI_j}{dt} = -k_j I_j, \qquad
# \frac{dV}{dt} = \frac{1}{C}\Big(I_e + \sum_j I_j - G\,(V - E_L)\Big), \qquad
# \frac{d\Theta}{dt} = a\,(V - E_L) - b\,(\Theta - \Theta_\infty).$$
#
# When $V(t) = \Theta(t)$ the neuron spikes and
#
# $$I_j \leftarrow R_j I_j + A_j, \qquad V \leftarrow V_r, \qquad
# \Theta \leftarrow \max(\Theta_r, \Theta).$$
#
# The threshold $\Theta$ relaxes to $\Theta_\infty$ at rate $b$ and is pushed up by
# depolarisation when $a > 0$ (down when $a < 0$). The paper gives currents divided by the
# capacitance, so we set $C = 1$ and measure $I_e$, $I_j$ and $A_j$ in mV/ms (= V/s, the paper's
# unit). Every panel shares
#
# | $G/C$ | $k_1$ | $k_2$ | $b$ | $R_1$ | $R_2$ | $E_L$ | $V_r$ | $\Theta_r$ | $\Theta_\infty$ |
# |---|---|---|---|---|---|---|---|---|---|
# | 0.05 ms⁻¹ | 0.2 ms⁻¹ | 0.02 ms⁻¹ | 0.01 ms⁻¹ | 0 | 1 | −70 mV | −70 mV | −60 mV | −50 mV |
#
# and differs only in $a$, $A_1$, $A_2$ and the input $I_e(t)$.
#
# **Exact integration.** Between spikes the state $x = (I_1, I_2, V, \Theta)$ obeys
# $\dot x = M x + c\,I_e + d$ with a constant matrix $M$. Appending $I_e$ (constant within a
# time step) and the constant 1 to the state makes the system homogeneous,
# $\dot{\tilde x} = \tilde M \tilde x$, so one step of length $\Delta t$ is the matrix
# exponential $\tilde x \leftarrow e^{\tilde M \Delta t}\,\tilde x$, exact whatever $\Delta t$.
# We use it on a clock grid: the only approximation is that a threshold crossing is detected
# at the end of the step in which it happens, so spike times are late by less than
# $\Delta t = 0.01$ ms. (The paper itself finds spike times as roots of $V(t) - \Theta(t)$,
# an event-driven scheme; the Euler reproduction in ReScience, Detorakis 2017, uses a 0.1-ms grid.)

# %%
G = 0.05           # leak conductance over capacitance G/C [1/ms]
C = 1.0            # capacitance; currents are given as I/C [mV/ms]
k1, k2 = 0.2, 0.02  # decay rates of the spike-induced currents I_1, I_2 [1/ms]
b = 0.01           # relaxation rate of the threshold [1/ms]
R1, R2 = 0.0, 1.0  # fraction of I_1, I_2 kept at a spike
E_L = -70.0        # reversal potential [mV]
V_r = -70.0        # reset potential [mV]
theta_r = -60.0    # lowest threshold after a spike [mV]
theta_inf = -50.0  # resting threshold [mV]


def propagator(a, step):
    """e^{M̃ step} for the state (I_1, I_2, V, Θ, I_e, 1) of a neuron with threshold coupling a."""
    generator = np.zeros((6, 6))
    generator[0, 0] = -k1
    generator[1, 1] = -k2
    generator[2] = [1 / C, 1 / C, -G / C, 0.0, 1 / C, G * E_L / C]
    generator[3] = [0.0, 0.0, a, -b, 0.0, -a * E_L + b * theta_inf]
    return scipy.linalg.expm(generator * step)


class State(NamedTuple):
    I1: jax.Array     # fast spike-induced current [mV/ms]
    I2: jax.Array     # slow spike-induced current [mV/ms]
    V: jax.Array      # membrane potential [mV]
    theta: jax.Array  # threshold [mV]
    spike: jax.Array  # crossed the threshold in the last step


class Params(NamedTuple):
    propagator: jax.Array      # [neuron, 6, 6]
    A1: jax.Array              # jump of I_1 at a spike [mV/ms]
    A2: jax.Array              # jump of I_2 at a spike [mV/ms]
    segment_ends: jax.Array    # [neuron, segment]: end times of the input's constant pieces [ms]
    segment_values: jax.Array  # [neuron, segment + 1]: I_e on each piece, 0 after the last [mV/ms]


def step(state: State, p: Params, clock) -> State:
    # the input of a step is its value at the step's midpoint: exact for pieces that start
    # and end on the grid
    piece = jnp.sum(clock.t + 0.5 * clock.dt >= p.segment_ends, axis=1)
    I_e = jnp.take_along_axis(p.segment_values, piece[:, None], axis=1)[:, 0]
    x = jnp.stack([state.I1, state.I2, state.V, state.theta, I_e, jnp.ones_like(I_e)], axis=1)
    I1, I2, V, theta = jnp.einsum("nij,nj->ni", p.propagator, x)[:, :4].T
    spike = V >= theta
    return State(I1=jnp.where(spike, R1 * I1 + p.A1, I1), I2=jnp.where(spike, R2 * I2 + p.A2, I2),
                 V=jnp.where(spike, V_r, V), theta=jnp.where(spike, jnp.maximum(theta_r, theta), theta),
                 spike=spike)


# %% [markdown]
# ## Fig. 1: the twenty behaviours
#
# Table 1 of the paper gives $a$, $A_1$ and $A_2$ for each panel and the amplitudes of the
# input; the durations of the input pieces are not given and are read off the figure. We take
# them from the ReScience reproduction (Detorakis, G. (2017), [Re] A generalized linear
# integrate-and-fire neural model produces diverse spiking behaviors, *ReScience*; its
# Table 5 and `run_all.py`), which lists the same $a$, $A_1/C$, $A_2/C$ and input amplitudes
# as two other independent implementations (the BrainPy GIF gallery and K. Aboumerhi's MATLAB
# script), except for the choice discussed in (ii).
#
# Two choices are ours. (i) Every neuron starts at rest, $V = E_L$, $\Theta = \Theta_\infty$,
# $I_1 = I_2 = 0$, except (H), which starts at $V = \Theta = -30$ mV as in the reproduction:
# $-30$ mV is the resting state of this neuron at the rheobase current $I_e = 2$ (see the f–I
# section below). The ReScience code starts $I_1, I_2$ at 0.01 and 0.001 instead of 0; with
# input only $10^{-6}$ above rheobase in (B), that small kick shortens the latency. (ii) For
# the hyperpolarisation-induced panels (K, L) Table 1 as transcribed in ReScience has
# $a = 30$ s⁻¹ with the common $\Theta_\infty = -50$ mV; the BrainPy gallery instead uses
# $a = 0$ with $\Theta_\infty = -120$ mV. Both give the behaviour; we use the former.

# %%
class Panel(NamedTuple):
    label: str
    title: str
    a: float          # threshold coupling [1/ms] (Table 1 gives s⁻¹: 5 s⁻¹ = 0.005 ms⁻¹)
    A1: float         # [mV/ms] (= V/s)
    A2: float         # [mV/ms]
    stimulus: tuple   # ((I_e [mV/ms], duration [ms]), ...)
    V0: float = E_L        # initial potential [mV]
    theta0: float = theta_inf  # initial threshold [mV]

    @property
    def duration(self):
        return sum(length for _, length in self.stimulus)


EPS = 1e-6  # Table 1: inputs 10⁻⁶ above the rheobase in (B) and (H)
PANELS = [
    Panel("A", "tonic spiking", 0.0, 0.0, 0.0, ((1.5, 200),)),
    Panel("B", "class 1", 0.0, 0.0, 0.0, ((1 + EPS, 500),)),
    Panel("C", "spike freq. adaptation", 0.005, 0.0, 0.0, ((2.0, 200),)),
    Panel("D", "phasic spiking", 0.005, 0.0, 0.0, ((1.5, 500),)),
    Panel("E", "accommodation", 0.005, 0.0, 0.0,
          ((1.5, 100), (0.0, 500), (0.5, 100), (1.0, 100), (1.5, 100), (0.0, 100))),
    Panel("F", "threshold variability", 0.005, 0.0, 0.0,
          ((1.5, 20), (0.0, 180), (-1.5, 25), (0.0, 25), (1.5, 25), (0.0, 125))),
    Panel("G", "rebound spike", 0.005, 0.0, 0.0, ((0.0, 50), (-3.5, 750), (0.0, 200))),
    Panel("H", "class 2", 0.005, 0.0, 0.0, ((2 * (1 + EPS), 300),), V0=-30.0, theta0=-30.0),
    Panel("I", "integrator", 0.005, 0.0, 0.0,
          ((1.5, 20), (0.0, 10), (1.5, 20), (0.0, 250), (1.5, 20), (0.0, 20), (1.5, 20), (0.0, 40))),
    Panel("J", "input bistability", 0.005, 0.0, 0.0, ((1.5, 100), (1.7, 400), (1.5, 100), (1.7, 400))),
    Panel("K", "hyperpol.-induced spiking", 0.03, 0.0, 0.0, ((-1.0, 400),)),
    Panel("L", "hyperpol.-induced bursting", 0.03, 10.0, -0.6, ((-1.0, 400),)),
    Panel("M", "tonic bursting", 0.005, 10.0, -0.6, ((2.0, 500),)),
    Panel("N", "phasic bursting", 0.005, 10.0, -0.6, ((1.5, 500),)),
    Panel("O", "rebound burst", 0.005, 10.0, -0.6, ((0.0, 100), (-3.5, 500), (0.0, 400))),
    Panel("P", "mixed mode", 0.005, 5.0, -0.3, ((2.0, 500),)),
    Panel("Q", "afterpotentials", 0.005, 5.0, -0.3, ((2.0, 15), (0.0, 185))),
    Panel("R", "basal bistability", 0.0, 8.0, -0.1, ((5.0, 10), (0.0, 90), (5.0, 10), (0.0, 90))),
    Panel("S", "preferred frequency", 0.005, -3.0, 0.5,
          ((5.0, 5), (0.0, 5), (4.0, 5), (0.0, 385), (5.0, 5), (0.0, 45), (4.0, 5), (0.0, 345))),
    Panel("T", "spike latency", -0.08, 0.0, 0.0, ((8.0, 2), (0.0, 48))),
]
PANEL = {p.label: p for p in PANELS}


def build(neurons, step_size):
    """Initial state and parameters of one neuron per (a, A1, A2, stimulus, V0, theta0) entry."""
    n_pieces = max(len(p.stimulus) for p in neurons)
    ends = np.full((len(neurons), n_pieces), np.inf)
    values = np.zeros((len(neurons), n_pieces + 1))
    for k, p in enumerate(neurons):
        amplitudes, lengths = zip(*p.stimulus)
        ends[k, :len(lengths)] = np.cumsum(lengths)
        values[k, :len(amplitudes)] = amplitudes
    params = Params(propagator=jnp.asarray(np.stack([propagator(p.a, step_size) for p in neurons])),
                    A1=jnp.asarray([p.A1 for p in neurons]), A2=jnp.asarray([p.A2 for p in neurons]),
                    segment_ends=jnp.asarray(ends), segment_values=jnp.asarray(values))
    zeros = jnp.zeros(len(neurons))
    state = State(I1=zeros, I2=zeros, V=jnp.asarray([p.V0 for p in neurons]),
                  theta=jnp.asarray([p.theta0 for p in neurons]), spike=zeros.astype(bool))
    return state, params


def input_trace(panel, t):
    """I_e at times t [ms] (piece value at each time)."""
    amplitudes, lengths = zip(*panel.stimulus)
    return np.asarray(amplitudes + (0.0,))[np.searchsorted(np.cumsum(lengths), t, side="right")]


longest = max(p.duration for p in PANELS)
state0, panel_params = build(PANELS, dt)
run = neurorepro.run(step, state0, panel_params, duration=longest, dt=dt, progress=False,
                     monitors={"V": neurorepro.StateMonitor("V"), "theta": neurorepro.StateMonitor("theta"),
                               "spike": neurorepro.SpikeMonitor("spike")})
t = run["V"].t
trains = run["spike"].trains()
spikes = {p.label: trains[k][trains[k] <= p.duration + 1e-9] for k, p in enumerate(PANELS)}
V = {p.label: run["V"].values[:, k] for k, p in enumerate(PANELS)}
theta = {p.label: run["theta"].values[:, k] for k, p in enumerate(PANELS)}
for p in PANELS:
    times = spikes[p.label]
    shown = ", ".join(f"{s:.1f}" for s in times[:8]) + (" …" if len(times) > 8 else "")
    print(f"({p.label}) {p.title:27s} {len(times):3d} spikes  [{shown}]")

# %%
fig = plt.figure(figsize=(12, 8), dpi=100)
cells = fig.add_gridspec(4, 5, hspace=0.55, wspace=0.12, left=0.02, right=0.98, top=0.9, bottom=0.04)
for k, p in enumerate(PANELS):
    cell = cells[k // 5, k % 5].subgridspec(2, 1, height_ratios=(4, 1), hspace=0.05)
    ax_v, ax_i = fig.add_subplot(cell[0]), fig.add_subplot(cell[1])
    shown = t <= p.duration + 1e-9
    low = {"G": -145.0, "O": -145.0, "K": -120.0, "L": -120.0}.get(p.label, -95.0)
    ax_v.plot(t[shown], V[p.label][shown], color="k", lw=0.8)
    ax_v.plot(t[shown], theta[p.label][shown], color="tab:red", lw=0.8, ls="--")
    # spikes as vertical strokes from the threshold they crossed
    crossing = theta[p.label][np.searchsorted(t, spikes[p.label]) - 1] if len(spikes[p.label]) else []
    ax_v.vlines(spikes[p.label], crossing, -20.0, color="k", lw=0.8)
    ax_v.set(xlim=(0, p.duration), ylim=(low, -18))
    ax_v.set_title(f"({p.label}) {p.title}", fontsize=9)
    ax_v.axis("off")
    current = input_trace(p, t[shown] - 0.5 * dt)
    ax_i.plot(t[shown], current, color="tab:blue", lw=0.9)
    ax_i.axhline(0.0, color="0.8", lw=0.6, zorder=0)
    span = max(current.max(), 0.0) - min(current.min(), 0.0)
    ax_i.set_ylim(min(current.min(), 0.0) - 0.15 * span, max(current.max(), 0.0) + 0.15 * span)
    ax_i.set_xlim(0, p.duration)
    ax_i.set_yticks([])
    ax_i.set_xticks([0, p.duration])
    ax_i.tick_params(labelsize=7, length=2)
    for side in ("top", "right", "left"):
        ax_i.spines[side].set_visible(False)
fig.suptitle("Fig. 1 (Mihalaş & Niebur 2009) — the twenty behaviours: V (black), threshold Θ (red dashed), "
             "input $I_e$ (blue, zero in grey); time in ms", fontsize=10)
plt.show()

# %% [markdown]
# The panels follow the paper's Fig. 1 (V axes from −95 mV, from −120 mV in K and L and from
# −145 mV in G and O, up to −20 mV; spikes drawn as strokes from the threshold). Two of them
# reveal how the threshold does the work that other models leave to extra variables: in (E)
# and (F) the same input amplitude fires or not depending on how fast it is reached and on
# what came before, because $\Theta$ tracks $V$ with the slow rate $b$; in (G) and (O) the
# long hyperpolarisation drags $\Theta$ down to about $-85$ mV, and the potential, relaxing
# back to rest faster than the threshold, crosses it.
#
# ## Fig. 2: phasic spiking in the $(V, \Theta)$ plane
#
# With $I_e = 1.5$ and no spike-induced currents the subthreshold system is two-dimensional.
# The $V$-nullcline is the vertical line $V = E_L + I_e/G = -40$ mV, the $\Theta$-nullcline the
# line $\Theta = \Theta_\infty + (a/b)(V - E_L)$; they meet at $(-40, -35)$ mV, above the
# diagonal $V = \Theta$ where spikes happen, so the resting state is subthreshold. Each spike
# resets $V$ to $-70$ mV but leaves $\Theta$ where it was, and each excursion towards the fixed
# point raises $\Theta$ further, until the trajectory no longer reaches the diagonal.

# %%
phasic = PANEL["D"]
shown = t <= phasic.duration
fig, ax = plt.subplots(figsize=(6, 5), dpi=100)
grid_v, grid_theta = np.meshgrid(np.linspace(-75, -28, 14), np.linspace(-55, -28, 12))
I_phasic = phasic.stimulus[0][0]
ax.quiver(grid_v, grid_theta, (I_phasic - G * (grid_v - E_L)) / C,
          phasic.a * (grid_v - E_L) - b * (grid_theta - theta_inf), color="0.75", angles="xy", width=0.003)
ax.plot(V["D"][shown], theta["D"][shown], color="tab:blue", lw=1, label="trajectory")
before_spike = np.searchsorted(t, spikes["D"]) - 1  # last sample before each reset
ax.plot(V["D"][before_spike], theta["D"][before_spike], "k.", ms=8, label="spikes (V = Θ)")
diagonal = np.linspace(-75, -28, 2)
ax.plot(diagonal, diagonal, "k--", lw=0.8, label="V = Θ")
ax.axvline(E_L + I_phasic / G, color="tab:green", lw=1, label="V-nullcline")
ax.plot(diagonal, theta_inf + phasic.a / b * (diagonal - E_L), color="tab:orange", lw=1,
        label="Θ-nullcline")
ax.set(xlim=(-75, -28), ylim=(-55, -28), xlabel="membrane potential V (mV)", ylabel="threshold Θ (mV)",
       title="Fig. 2 — phasic spiking (panel D) in the (V, Θ) plane")
ax.legend(frameon=False, fontsize=8, loc="lower right")
plt.show()

# %% [markdown]
# ## Class 1 and class 2: f–I curves behind panels (B) and (H)
#
# The resting state $V^* = E_L + I_e/G$, $\Theta^* = \Theta_\infty + (a/b)(V^* - E_L)$ lies on
# the threshold, $V^* = \Theta^*$, at the rheobase
#
# $$I_{rh} = \frac{G\,(\Theta_\infty - E_L)}{1 - a/b},$$
#
# which is 1 mV/ms for the class 1 neuron ($a = 0$) and 2 mV/ms for the class 2 neuron
# ($a = 0.005$ ms⁻¹): Table 1 drives (B) and (H) at exactly $(1 + 10^{-6})\,I_{rh}$. For
# $a = 0$ the threshold stays at $-50$ mV and the neuron is a leaky integrate-and-fire neuron
# with period $T = \frac{C}{G} \ln \frac{I_e}{I_e - I_{rh}}$, which diverges at rheobase: the
# rate rises continuously from zero (class 1). For $a > 0$ the threshold follows the potential
# and is reset only to $\max(\Theta_r, \Theta)$, so right above rheobase the neuron is already
# on a fast periodic orbit: the rate jumps from 0 to tens of Hz (class 2).
#
# We sweep $I_e$ for both neurons, each started in its state at rheobase
# ($V = \Theta = -50$ mV, resp. $-30$ mV, as in panel H), and read the steady rate from the
# last interspike interval of a 2-s step.

# %%
class1_currents = np.concatenate([[1 - 0.05, 1 - EPS, 1 + EPS, 1 + 1e-4, 1 + 1e-3], np.linspace(1.01, 3.0, 25)])
class2_currents = np.concatenate([[2 - 0.1, 2 - EPS, 2 + 2 * EPS, 2 + 2e-4, 2 + 2e-3], np.linspace(2.02, 3.0, 25)])
sweep_neurons = (
    [Panel("1", "", 0.0, 0.0, 0.0, ((I, fi_duration),), V0=-50.0, theta0=-50.0) for I in class1_currents]
    + [Panel("2", "", 0.005, 0.0, 0.0, ((I, fi_duration),), V0=-30.0, theta0=-30.0) for I in class2_currents])
sweep_state, sweep_params = build(sweep_neurons, dt)
sweep = neurorepro.run(step, sweep_state, sweep_params, duration=fi_duration, dt=dt, progress=False,
                       monitors={"spike": neurorepro.SpikeMonitor("spike")})


def steady_rate(times):
    """Rate [Hz] from the last interspike interval, 0 without two spikes in the second half."""
    late = times[times > fi_duration / 2]
    return 1000.0 / (late[-1] - late[-2]) if len(late) >= 2 else 0.0


sweep_rates = np.array([steady_rate(train) for train in sweep["spike"].trains()])
class1_rates, class2_rates = sweep_rates[:len(class1_currents)], sweep_rates[len(class1_currents):]
membrane_tau = C / G  # ms


def lif_rate(I_e, rheobase=1.0):
    """Rate [Hz] of the a = 0 neuron (threshold fixed at Θ∞): 1 / (τ ln(I / (I − I_rh)))."""
    I_e = np.asarray(I_e, float)
    return np.where(I_e > rheobase, 1000.0 / (membrane_tau * np.log(I_e / np.maximum(I_e - rheobase, 1e-300))), 0.0)


fine = np.linspace(0.9, 3.0, 400)
fig, ax = plt.subplots(figsize=(7, 4), dpi=100)
ax.plot(fine, lif_rate(fine), color="0.6", lw=2, label="class 1, LIF formula")
ax.plot(class1_currents, class1_rates, "o", color="tab:blue", ms=4, label="class 1 (a = 0), simulated")
ax.plot(class2_currents, class2_rates, "s", color="tab:red", ms=4, label="class 2 (a = 5 s⁻¹), simulated")
ax.axvline(1.0, color="tab:blue", lw=0.6, ls=":")
ax.axvline(2.0, color="tab:red", lw=0.6, ls=":")
ax.set(xlabel="input $I_e/C$ (mV/ms = V/s)", ylabel="steady firing rate (Hz)",
       title="f–I curves of the class 1 (B) and class 2 (H) neurons (rheobase: dotted)")
ax.legend(frameon=False, fontsize=8)
plt.show()

rate_B = class1_rates[list(class1_currents).index(1 + EPS)]
rate_H = class2_rates[list(class2_currents).index(2 + 2 * EPS)]
print(f"rate 1e-6 above rheobase: class 1 {rate_B:.3f} Hz (formula {float(lif_rate(1 + EPS)):.3f} Hz), "
      f"class 2 {rate_H:.2f} Hz")
print(f"rate 1e-6 below rheobase: class 1 {class1_rates[1]:.1f} Hz, class 2 {class2_rates[1]:.1f} Hz")

# %% [markdown]
# The class 1 rates lie on the leaky integrate-and-fire curve and fall towards zero at
# $I_{rh} = 1$; the class 2 neuron is silent below $I_{rh} = 2$ and fires at about 38 Hz
# $10^{-6}$ above it. (Started from $V = E_L$ instead of its resting state, the class 2 neuron
# also fires for inputs somewhat below 2, e.g. 1.7 in panel J: there, rest and tonic firing
# coexist, which is the input bistability of panel J.)
#
# ## Numerical check: spike detection on the grid
#
# Integration between grid points is exact, so the only effect of $\Delta t$ is the delay,
# shorter than $\Delta t$, with which a crossing is detected. The reset happens equally late,
# so these delays add up from spike to spike, and where the dynamics are sensitive (the
# irregular tonic phase of P, the fast train of R) they are amplified. Rerunning all twenty
# panels with half the step must give the same spike counts, and spike times that move by a
# small fraction of the intervals that define the behaviours: we require less than a tenth of
# each panel's shortest interspike interval. (Panel A also has an exact period to compare
# with, in the check below.)

# %%
half_state, half_params = build(PANELS, dt / 2)
half = neurorepro.run(step, half_state, half_params, duration=longest, dt=dt / 2, progress=False,
                      monitors={"spike": neurorepro.SpikeMonitor("spike")})
half_trains = half["spike"].trains()
half_spikes = {p.label: half_trains[k][half_trains[k] <= p.duration + 1e-9] for k, p in enumerate(PANELS)}
count_changes = sum(len(spikes[p.label]) != len(half_spikes[p.label]) for p in PANELS)
shifts = {p.label: np.max(np.abs(spikes[p.label] - half_spikes[p.label]), initial=0.0)
          for p in PANELS if len(spikes[p.label]) == len(half_spikes[p.label])}
relative_shift = {label: shift / np.diff(spikes[label]).min() for label, shift in shifts.items()
                  if len(spikes[label]) > 1}
worst = max(relative_shift, key=relative_shift.get)
print(f"panels whose spike count changes with dt/2: {count_changes}")
print(f"largest spike-time shift: {max(shifts.values()):.3f} ms (panel {max(shifts, key=shifts.get)}); "
      f"largest relative to the panel's shortest interval: {relative_shift[worst]:.3f} (panel {worst})")

# %% [markdown]
# ## Replication check
#
# Each claim counts spikes in the windows the protocol defines (spikes at times in
# $(t_1, t_2]$). Bursts are runs of spikes with intervals below 15 ms; in every bursting panel
# the intervals inside a burst are below 10 ms and the gaps between bursts above 80 ms. The
# numbers that define a behaviour (e.g. "at least 3 bursts") are ours, chosen to express the
# paper's verbal definitions; the exact values (the period in A, the latency in B) have the
# tolerance of the spike detection, one grid step.

# %%
def between(label, start, stop):
    """Number of spikes of a panel at times in (start, stop] [ms]."""
    times = spikes[label]
    return int(np.sum((times > start) & (times <= stop)))


BURST_ISI = 15.0  # ms: spikes closer than this form a burst
spike_groups = functools.partial(measures.spike_groups, max_isi=BURST_ISI)
bursts = functools.partial(measures.bursts, max_isi=BURST_ISI)
isolated = functools.partial(measures.isolated_spikes, max_isi=BURST_ISI)


isi = {label: np.diff(times) for label, times in spikes.items()}
after_Q = t > spikes["Q"][0]
dap = V["Q"][after_Q].max() - E_L       # rise above rest after the spike [mV]
ahp = V["Q"][after_Q & (t > 40)].min() - E_L  # later dip below rest [mV]
tonic_period = membrane_tau * np.log(1.5 / (1.5 - 1.0))  # ms, panel A
class1_latency = membrane_tau * np.log((1 + EPS) / EPS)   # ms, panel B from rest
INF = float("inf")
SOURCE = "Mihalaş & Niebur 2009, Fig. 1"

claims = [
    claim("(A) tonic: interspike interval (ms)", isi["A"].mean(), tonic_period, abs_tol=dt,
          source=f"{SOURCE}A, Table 1 (a = A_j = 0: LIF period τ ln(I/(I − GΔΘ)))"),
    claim("(A) tonic: spread of the intervals (ms)", np.ptp(isi["A"]), (0, 1.5 * dt),
          source=f"{SOURCE}A: regular tonic firing"),
    claim("(B) class 1: latency 1e-6 above rheobase (ms)", spikes["B"][0], class1_latency, abs_tol=dt,
          source=f"{SOURCE}B, Table 1 (I_e = 1 + 10⁻⁶, LIF latency τ ln((1+ε)/ε))"),
    claim("(B) class 1: rate 1e-6 above rheobase (Hz)", rate_B, (0, 5),
          source=f"{SOURCE}B: class 1, arbitrarily low rates near rheobase"),
    claim("class 1: largest deviation from the LIF f–I curve (Hz)",
          np.max(np.abs(class1_rates - lif_rate(class1_currents))), (0, 0.5),
          source="Mihalaş & Niebur 2009, Sec. 2 (linear dynamics, a = 0 is the LIF)"),
    claim("(C) adaptation: interval increases at every spike", int(np.all(np.diff(isi["C"]) > 0)), 1,
          source=f"{SOURCE}C"),
    claim("(C) adaptation: last / first interval", isi["C"][-1] / isi["C"][0], (1.2, INF),
          source=f"{SOURCE}C"),
    claim("(D) phasic: spikes in the first 200 ms", between("D", 0, 200), (1, INF), source=f"{SOURCE}D"),
    claim("(D) phasic: spikes in the last 300 ms of the step", between("D", 200, 500), 0,
          source=f"{SOURCE}D: firing only at onset"),
    claim("(E) accommodation: spikes to the 1.5 step", between("E", 0, 100), (1, INF), source=f"{SOURCE}E"),
    claim("(E) accommodation: spikes to the staircase up to 1.5", between("E", 600, 1000), 0,
          source=f"{SOURCE}E: slowly rising input does not fire"),
    claim("(F) threshold var.: spikes after the lone pulse", between("F", 0, 200), 0, source=f"{SOURCE}F"),
    claim("(F) threshold var.: spikes after inhibition + pulse", between("F", 250, 400), (1, INF),
          source=f"{SOURCE}F: the same pulse fires after hyperpolarisation"),
    claim("(G) rebound: spikes during the inhibition", between("G", 0, 800), 0, source=f"{SOURCE}G"),
    claim("(G) rebound: spikes after release", between("G", 800, 1000), (1, INF), source=f"{SOURCE}G"),
    claim("(H) class 2: rate 1e-6 above rheobase (Hz)", rate_H, (20, INF),
          source=f"{SOURCE}H: class 2, onset at a nonzero rate"),
    claim("(H) class 2: silent 1e-6 below rheobase (Hz)", class2_rates[1], 0,
          source=f"{SOURCE}H, rheobase I_rh = G ΔΘ / (1 − a/b) = 2"),
    claim("(I) integrator: spikes before the second pulse", between("I", 0, 30), 0, source=f"{SOURCE}I"),
    claim("(I) integrator: spikes to the pair 10 ms apart", between("I", 30, 300), (1, INF),
          source=f"{SOURCE}I"),
    claim("(I) integrator: spikes to the pair 20 ms apart", between("I", 300, 400), 0,
          source=f"{SOURCE}I: only closely spaced inputs summate to threshold"),
    claim("(J) bistability: spikes in the 1st epoch of 1.7", between("J", 100, 500), (3, INF),
          source=f"{SOURCE}J"),
    claim("(J) bistability: spikes in the 2nd epoch of 1.7", between("J", 600, 1000), 0,
          source=f"{SOURCE}J: same input, rest or firing depending on history"),
    claim("(K) hyperpol.-induced spiking: spikes with I_e < 0", len(spikes["K"]), (2, INF),
          source=f"{SOURCE}K"),
    claim("(K) hyperpol.-induced spiking: bursts", len(bursts(spikes["K"])), 0, source=f"{SOURCE}K"),
    claim("(L) hyperpol.-induced bursting: bursts", len(bursts(spikes["L"])), (2, INF), source=f"{SOURCE}L"),
    claim("(L) hyperpol.-induced bursting: isolated spikes", isolated(spikes["L"]), 0, source=f"{SOURCE}L"),
    claim("(M) tonic bursting: bursts", len(bursts(spikes["M"])), (3, INF), source=f"{SOURCE}M"),
    claim("(M) tonic bursting: isolated spikes", isolated(spikes["M"]), 0, source=f"{SOURCE}M"),
    claim("(N) phasic bursting: bursts", len(bursts(spikes["N"])), 1, source=f"{SOURCE}N"),
    claim("(N) phasic bursting: spikes after 100 ms", between("N", 100, 500), 0, source=f"{SOURCE}N"),
    claim("(O) rebound burst: spikes during the inhibition", between("O", 0, 600), 0, source=f"{SOURCE}O"),
    claim("(O) rebound burst: bursts after release", len(bursts(spikes["O"][spikes["O"] > 600])), 1,
          source=f"{SOURCE}O"),
    claim("(P) mixed mode: spikes in the onset burst", len(spike_groups(spikes["P"])[0]), (3, INF),
          source=f"{SOURCE}P"),
    claim("(P) mixed mode: single spikes after it", isolated(spikes["P"]), (2, INF), source=f"{SOURCE}P"),
    claim("(Q) afterpotentials: spikes", len(spikes["Q"]), 1, source=f"{SOURCE}Q"),
    claim("(Q) depolarising after-potential: rise above E_L (mV)", dap, (1, INF), source=f"{SOURCE}Q"),
    claim("(Q) hyperpolarising after-potential: min − E_L (mV)", ahp, (-INF, 0), source=f"{SOURCE}Q"),
    claim("(R) basal bistability: spikes between the pulses", between("R", 10, 100), (3, INF),
          source=f"{SOURCE}R: a pulse switches firing on"),
    claim("(R) basal bistability: spikes after the 2nd pulse", between("R", 115, 200), 0,
          source=f"{SOURCE}R: an identical pulse switches it off"),
    claim("(S) preferred freq.: 2nd pulse 10 ms after the 1st", between("S", 10, 400), 0,
          source=f"{SOURCE}S"),
    claim("(S) preferred freq.: 2nd pulse 50 ms after the 1st", between("S", 450, 800), 1,
          source=f"{SOURCE}S: response depends on the pulse interval"),
    claim("(T) latency: spikes", len(spikes["T"]), 1, source=f"{SOURCE}T"),
    claim("(T) latency: first spike after the pulse ends (ms)", spikes["T"][0] - 2.0, (5, INF),
          source=f"{SOURCE}T"),
    claim("numerics: panels whose spike count changes at dt/2", count_changes, 0,
          source="exact integration between grid points (this notebook)"),
    claim("numerics: spike-time shift at dt/2 / shortest ISI", relative_shift[worst], (0, 0.1),
          source="crossings detected at most one step late (this notebook)"),
]
report(claims)
