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
# **Claims reproduced** (panel letters are those of Fig. 1; parameters from Table 1). Each claim of
# the replication check says what it rests on: *qualitative* — the behaviour the paper names for the
# panel, as a yes/no or a count whose criterion is ours (stated in the check); *identity* — a closed
# form of the linear model; *secondary* — spike and burst counts of the same panels in the
# independent reproduction of Detorakis (2017, ReScience), counted on its Fig. 1.
#
# **Why no published or figure claims.** The paper prints no spike counts or times, and we could not
# consult its Fig. 1 (its text was reachable only up to the abstract); its Table 1 reaches us through
# the ReScience transcription. So no claim here is labelled as a number of the paper.
#
# 1. (A) Tonic spiking: regular firing, every interspike interval that of a leaky
#    integrate-and-fire neuron, $\tau \ln\!\big(I_e / (I_e - G(\Theta_\infty - E_L))\big)$ (identity).
# 2. (B) Class 1: $10^{-6}$ above rheobase the neuron fires after the latency the same formula
#    predicts, at the rate it predicts, and the f–I curve is that formula: the rate goes
#    continuously to zero at rheobase (identity).
# 3. (C) Spike-frequency adaptation: the interspike intervals lengthen during the step.
# 4. (D) Phasic spiking: spikes only at the onset of a sustained step.
# 5. (E) Accommodation: a step of 1.5 fires, a staircase that rises slowly to the same 1.5 does not.
# 6. (F) Threshold variability: a brief pulse fails alone but fires after a hyperpolarising pulse.
# 7. (G) Rebound spike: a spike after the release of a long hyperpolarising step, none during it.
# 8. (H) Class 2: silent just below the rheobase $G(\Theta_\infty - E_L)/(1 - a/b) = 2$ (identity),
#    firing at tens of Hz just above it, in contrast to (B) (qualitative).
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
# 21. Secondary: the spike counts of 14 panels and the burst counts of 4 agree with the ReScience
#     reproduction's Fig. 1, except (B), where its initial currents shorten the latency (stated).

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
from collections import namedtuple

import jax

jax.config.update("jax_enable_x64", True)

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np
import scipy.linalg

import neurorepro as nr
from neurorepro.replication import claim, report

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
#
# In code the model is written once, as the package's convention has it: the vector field
# `vector_field(t, y, params)` of the equations above and the event map `event` of the update
# rules. $\tilde M$ is read off the vector field (it is affine in the state and in $I_e$: its
# Jacobian and its value at the origin), its exponential is computed once per neuron and time
# step, and the runner step is `neurorepro.make_step(vector_field, exact_flow, event=event,
# input="I_e")`, with `exact_flow` the integration "method" that applies $e^{\tilde M \Delta t}$.
# The same vector field draws the phase plane of Fig. 2. All neurons of a protocol set run as one
# population in one `neurorepro.run`; the input $I_e$ of each reaches the step as a per-step input
# stream: step $i$ sees the input at its midpoint $t_i + \Delta t/2$, which is exact for input
# pieces that start and end on the grid.

# %%
# leak conductance over capacitance G/C [1/ms] (C = 1: currents are given as I/C [mV/ms]); relaxation rate b
# of the threshold [1/ms]; decay rates k_j of the spike-induced currents [1/ms] and fractions R_j kept at a spike
G, C, b = 0.05, 1.0, 0.01
k1, k2, R1, R2 = 0.2, 0.02, 0.0, 1.0
# reversal and reset potentials, lowest threshold after a spike, resting threshold [mV]
E_L, V_r, theta_r, theta_inf = -70.0, -70.0, -60.0, -50.0

# state: spike-induced currents I_1, I_2 [mV/ms], membrane potential V and threshold Θ [mV]
State = namedtuple("State", "I1 I2 V theta")
# parameters: threshold coupling a [1/ms], jumps A_1, A_2 of I_1, I_2 at a spike [mV/ms], input I_e
# [mV/ms] (replaced by the run's input stream when it has one), and the exact step's e^{M̃ Δt}
Params = namedtuple("Params", "a A1 A2 I_e propagator", defaults=(0.0, None))


def vector_field(t, y, p):
    return State(I1=-k1 * y.I1, I2=-k2 * y.I2, V=(p.I_e + y.I1 + y.I2 - G * (y.V - E_L)) / C,
                 theta=p.a * (y.V - E_L) - b * (y.theta - theta_inf))


def event(y_start, y, p, clock):
    spike = y.V >= y.theta
    after = State(I1=R1 * y.I1 + p.A1, I2=R2 * y.I2 + p.A2, V=V_r, theta=jnp.maximum(theta_r, y.theta))
    return jax.tree.map(lambda reset, free: jnp.where(spike, reset, free), after, y), spike


# M̃ of the state (I_1, I_2, V, Θ, I_e, 1), read off the vector field, which is affine in y and I_e:
# its Jacobian and its value at the origin
@jax.jit
def generator(p):
    def augmented(x):  # (I_1, I_2, V, Θ, I_e) -> their time derivatives
        return jnp.stack(vector_field(0.0, State(*x[:4]), p._replace(I_e=x[4])))

    origin = jnp.zeros(5)
    return jnp.zeros((6, 6)).at[:4].set(jnp.column_stack([jax.jacfwd(augmented)(origin), augmented(origin)]))


# the integration "method": the exact solution over the step, each neuron's e^{M̃ dt} applied to (y, I_e, 1)
def exact_flow(f, t, y, dt, p):
    return State(*jnp.einsum("nij,nj->in", p.propagator, jnp.stack([*y, p.I_e, jnp.ones_like(y.V)], -1))[:4])


step = nr.make_step(vector_field, exact_flow, event=event, input="I_e")


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
# a protocol: label and title of the panel, a [1/ms] (Table 1 gives s⁻¹: 5 s⁻¹ = 0.005 ms⁻¹), the input
# in constant pieces ((I_e [mV/ms], ...), (duration [ms], ...)), A_1 and A_2 [mV/ms = V/s], initial V, Θ [mV]
Panel = namedtuple("Panel", "label title a stimulus A1 A2 V0 theta0", defaults=(0.0, 0.0, E_L, theta_inf))


EPS = 1e-6  # Table 1: inputs 10⁻⁶ above the rheobase in (B) and (H)
PANELS = [
    Panel("A", "tonic spiking", 0.0, ((1.5,), (200,))),
    Panel("B", "class 1", 0.0, ((1 + EPS,), (500,))),
    Panel("C", "spike freq. adaptation", 0.005, ((2.0,), (200,))),
    Panel("D", "phasic spiking", 0.005, ((1.5,), (500,))),
    Panel("E", "accommodation", 0.005, ((1.5, 0, 0.5, 1.0, 1.5, 0), (100, 500, 100, 100, 100, 100))),
    Panel("F", "threshold variability", 0.005, ((1.5, 0, -1.5, 0, 1.5, 0), (20, 180, 25, 25, 25, 125))),
    Panel("G", "rebound spike", 0.005, ((0, -3.5, 0), (50, 750, 200))),
    Panel("H", "class 2", 0.005, ((2 * (1 + EPS),), (300,)), V0=-30.0, theta0=-30.0),
    Panel("I", "integrator", 0.005, ((1.5, 0, 1.5, 0, 1.5, 0, 1.5, 0), (20, 10, 20, 250, 20, 20, 20, 40))),
    Panel("J", "input bistability", 0.005, ((1.5, 1.7, 1.5, 1.7), (100, 400, 100, 400))),
    Panel("K", "hyperpol.-induced spiking", 0.03, ((-1.0,), (400,))),
    Panel("L", "hyperpol.-induced bursting", 0.03, ((-1.0,), (400,)), 10.0, -0.6),
    Panel("M", "tonic bursting", 0.005, ((2.0,), (500,)), 10.0, -0.6),
    Panel("N", "phasic bursting", 0.005, ((1.5,), (500,)), 10.0, -0.6),
    Panel("O", "rebound burst", 0.005, ((0, -3.5, 0), (100, 500, 400)), 10.0, -0.6),
    Panel("P", "mixed mode", 0.005, ((2.0,), (500,)), 5.0, -0.3),
    Panel("Q", "afterpotentials", 0.005, ((2.0, 0), (15, 185)), 5.0, -0.3),
    Panel("R", "basal bistability", 0.0, ((5.0, 0, 5.0, 0), (10, 90, 10, 90)), 8.0, -0.1),
    Panel("S", "preferred frequency", 0.005,
          ((5.0, 0, 4.0, 0, 5.0, 0, 4.0, 0), (5, 5, 5, 385, 5, 45, 5, 345)), -3.0, 0.5),
    Panel("T", "spike latency", -0.08, ((8.0, 0), (2, 48))),
]
PANEL = {p.label: p for p in PANELS}


def input_trace(panel, t):  # I_e at times t [ms]: the value of the piece holding each time, 0 after the last
    amplitudes, lengths = panel.stimulus
    return np.asarray(amplitudes + (0.0,))[np.searchsorted(np.cumsum(lengths), t, side="right")]


# one run of a population with a neuron per Panel, with its parameters, propagator and initial state; its
# input is a per-step stream sampled at the steps' midpoints, or its first piece held constant. Returns
# the run's result
def simulate(neurons, step_size, run_time, monitors, constant_input=False):
    a, A1, A2, I_e, V0, theta0 = np.array([(n.a, n.A1, n.A2, n.stimulus[0][0], n.V0, n.theta0)
                                           for n in neurons]).T
    propagators = [scipy.linalg.expm(np.asarray(generator(Params(*abc))) * step_size) for abc in zip(a, A1, A2)]
    params = Params(a, A1, A2, I_e, np.stack(propagators))
    state = nr.Spiking(State(np.zeros_like(a), np.zeros_like(a), V0, theta0), np.zeros(len(a), bool))
    midpoints = np.arange(int(round(run_time / step_size))) * step_size + 0.5 * step_size
    inputs = None if constant_input else np.stack([input_trace(p, midpoints) for p in neurons], axis=1)
    result = nr.run(step, state, params, duration=run_time, dt=step_size, inputs=inputs, monitors=monitors,
                    progress=False)
    # and the spike times of each neuron within its protocol
    ends = [sum(n.stimulus[1]) + 1e-9 for n in neurons]
    return result, [nr.measures.between(times, 0, end) for times, end in zip(result["spike"].trains(), ends)]


longest = max(sum(p.stimulus[1]) for p in PANELS)  # ms
run, trains = simulate(PANELS, dt, longest, {"V": nr.StateMonitor("y.V"), "theta": nr.StateMonitor("y.theta"),
                                             "spike": nr.SpikeMonitor()})
t, spikes = run["V"].t, dict(zip(PANEL, trains))
V, theta = dict(zip(PANEL, run["V"].values.T)), dict(zip(PANEL, run["theta"].values.T))

# %%
fig = plt.figure(figsize=(12, 8), dpi=100)
cells = fig.add_gridspec(4, 5, hspace=0.55, wspace=0.12, left=0.02, right=0.98, top=0.9, bottom=0.04)
for k, p in enumerate(PANELS):
    ax_v, ax_i = cells[k // 5, k % 5].subgridspec(2, 1, height_ratios=(4, 1), hspace=0.05).subplots()
    label, end = p.label, sum(p.stimulus[1])
    shown = t <= end + 1e-9
    ax_v.plot(t[shown], V[label][shown], "k-", t[shown], theta[label][shown], "C3--", lw=0.8)
    # spikes as vertical strokes from the threshold they crossed (the last sample before the reset)
    ax_v.vlines(spikes[label], theta[label][np.searchsorted(t, spikes[label]) - 1], -20.0, color="k", lw=0.8)
    ax_v.set(xlim=(0, end), ylim=({"G": -145, "O": -145, "K": -120, "L": -120}.get(label, -95), -18))
    ax_v.set_title(f"({label}) {p.title}", fontsize=9)
    ax_v.axis("off")
    ax_i.plot(t[shown], input_trace(p, t[shown] - 0.5 * dt), color="tab:blue", lw=0.9)
    ax_i.axhline(0.0, color="0.8", lw=0.6, zorder=0)  # also keeps 0 inside the y range
    ax_i.set(xlim=(0, end), ymargin=0.15, yticks=[], xticks=[0, end])
    ax_i.tick_params(labelsize=7, length=2)
    ax_i.spines[["top", "right", "left"]].set_visible(False)
fig.suptitle("Fig. 1 — V (black), threshold Θ (red dashed), input $I_e$ (blue; grey: 0), time in ms", size=10)
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
# The nullclines are drawn from the model's own vector field at $I_1 = I_2 = 0$ by
# `neurorepro.plots.phase_plane` (this version of the figure leaves out the grey arrows of the
# direction field that the earlier one drew by hand).

# %%
phasic_params = Params(PANEL["D"].a, I_e=PANEL["D"].stimulus[0][0], A1=0.0, A2=0.0)


def subthreshold_plane(t, y, p):  # (dV/dt, dΘ/dt): the model's vector field at I_1 = I_2 = 0
    flow = vector_field(t, State(0.0, 0.0, y[0], y[1]), p)
    return jnp.stack([flow.V, flow.theta])


fig, ax = plt.subplots(figsize=(6, 5), dpi=100)
trajectory = np.column_stack([V["D"], theta["D"]])[t <= sum(PANEL["D"].stimulus[1])]
nr.plots.phase_plane(subthreshold_plane, jnp.zeros(2), phasic_params, (-75, -28), (-55, -28), ax,
                     streamlines=False, trajectories=[trajectory], labels=("V", "Θ"))
# the last sample before each reset
ax.plot(*trajectory[np.searchsorted(t, spikes["D"]) - 1].T, "k.", ms=8, label="spikes (V = Θ)")
ax.plot([-75, -28], [-75, -28], "k:", lw=0.8, label="V = Θ")
ax.set(xlabel="membrane potential V (mV)", ylabel="threshold Θ (mV)",
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
class1_currents = np.concatenate([[1 - 0.05, 1 - EPS, 1 + EPS, 1 + 1e-4, 1 + 1e-3], np.linspace(1.01, 3, 25)])
class2_currents = np.concatenate([[2 - 0.1, 2 - EPS, 2 + 2 * EPS, 2 + 2e-4, 2 + 2e-3], np.linspace(2.02, 3, 25)])
classes = (("1", 0.0, -50.0, class1_currents), ("2", 0.005, -30.0, class2_currents))  # a, rest at rheobase
sweep_neurons = [Panel(name, "", a, ((I,), (fi_duration,)), V0=rest, theta0=rest)
                 for name, a, rest, currents in classes for I in currents]
_, sweep_trains = simulate(sweep_neurons, dt, fi_duration, {"spike": nr.SpikeMonitor()}, constant_input=True)
# the steady rate [Hz] from the last interspike interval, 0 without two spikes in the second half
late = [nr.measures.between(times, fi_duration / 2, fi_duration) for times in sweep_trains]
rates = np.array([1000.0 / (times[-1] - times[-2]) if len(times) >= 2 else 0.0 for times in late])
class1_rates, class2_rates = rates[:len(class1_currents)], rates[len(class1_currents):]


def lif_rate(I_e, rheobase=1.0):  # [Hz], the a = 0 neuron (Θ fixed at Θ∞): 1 / (τ ln(I / (I − I_rh)))
    return np.where(I_e > rheobase, 1000.0 / (C / G * np.log(I_e / np.maximum(I_e - rheobase, 1e-300))), 0.0)


fig, ax = plt.subplots(figsize=(7, 4), dpi=100)
fine = np.linspace(0.9, 3.0, 400)
ax.plot(fine, lif_rate(fine), color="0.6", lw=2, label="class 1, LIF formula")
ax.plot(class1_currents, class1_rates, "o", color="tab:blue", ms=4, label="class 1 (a = 0), simulated")
ax.plot(class2_currents, class2_rates, "s", color="tab:red", ms=4, label="class 2 (a = 5 s⁻¹), simulated")
ax.vlines([1.0, 2.0], 0, 1, transform=ax.get_xaxis_transform(), colors=["tab:blue", "tab:red"], lw=0.6, ls=":")
ax.set(xlabel="input $I_e/C$ (mV/ms = V/s)", ylabel="steady firing rate (Hz)",
       title="f–I curves of the class 1 (B) and class 2 (H) neurons (rheobase: dotted)")
ax.legend(frameon=False, fontsize=8)
plt.show()

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
# each panel's shortest interspike interval. This is a check of our numerics, not a claim of the
# paper, so the cell asserts it rather than listing it among the claims. (Panel A also has an
# exact period to compare with, in the check below.)

# %%
half_spikes = dict(zip(PANEL, simulate(PANELS, dt / 2, longest, {"spike": nr.SpikeMonitor()})[1]))
same_count = [label for label in PANEL if len(spikes[label]) == len(half_spikes[label])]
count_changes = len(PANEL) - len(same_count)
shifts = {label: np.max(np.abs(spikes[label] - half_spikes[label]), initial=0.0) for label in same_count}
relative_shift = {label: shifts[label] / np.diff(spikes[label]).min()
                  for label in same_count if len(spikes[label]) > 1}
worst = max(relative_shift, key=relative_shift.get)
print(f"dt/2: {count_changes} spike counts change; largest spike-time shift {max(shifts.values()):.3f} ms "
      f"(panel {max(shifts, key=shifts.get)}), {relative_shift[worst]:.3f} of the panel's shortest interval")
assert count_changes == 0 and relative_shift[worst] < 0.1, "the spike detection on the grid is too coarse"

# %% [markdown]
# ## Replication check
#
# **Qualitative claims** (one per panel from C to T): the behaviour the paper names, as a yes/no. Each counts
# spikes in the windows the protocol defines (spikes at times in $(t_1, t_2]$,
# `neurorepro.measures.count_between`); bursts are runs of spikes with intervals below 15 ms
# (`neurorepro.measures.bursts`, `isolated_spikes`, `spike_groups`; in every bursting panel the
# intervals inside a burst are below 10 ms and the gaps between bursts above 80 ms). The numbers in
# the criteria ("at least 3 bursts", "more than 5 ms after the pulse", "tens of Hz" as ≥ 20 Hz) are
# ours, chosen to express the paper's verbal definitions; each claim's name states its criterion.
#
# **Identities**: with $a = A_j = 0$ the model is the leaky integrate-and-fire neuron, so the period
# in (A), the latency in (B) and the whole class 1 f–I curve have closed forms, and so has the
# rheobase of (B) and (H). Spikes are detected on the grid, so an interval is off by less than one
# step $\Delta t$ and a rate $r$ by less than $r^2 \Delta t$; that is the tolerance.
#
# **Secondary: the ReScience reproduction.** Detorakis (2017) reran the twenty protocols with forward
# Euler (0.1-ms step) and plotted them with the paper's time axes (its Fig. 1, which its CODECHECK
# certificate regenerated, `codecheckers/Detorakis-reproduction`, `figures/figure_1.png`). We
# counted the spike dots of each panel on that image, zoomed; where dots overlap inside a burst we
# count bursts instead (L, M, N, O), and we leave out the two dense panels P and R. A count is read
# exactly. The reproduction starts $I_1, I_2$ at 0.01 and 0.001 instead of 0: in (B), driven only
# $10^{-6}$ above rheobase, that kick brings the first spike forward to about 210 ms (we fire at
# 276 ms, the closed-form latency) and gives it a second spike before 500 ms; we state this as not
# reproduced rather than copy its initial state. Its (G) inhibition lasts 756 ms instead of our 750.

# %%
BURST_ISI = 15.0  # ms: spikes closer than this form a burst
bursts = {label: nr.measures.bursts(times, BURST_ISI) for label, times in spikes.items()}
isolated = {label: nr.measures.isolated_spikes(times, BURST_ISI) for label, times in spikes.items()}
isi = {label: np.diff(times) for label, times in spikes.items()}
after_Q = t > spikes["Q"][0]


def n(label, start, stop):  # spikes of panel `label` at times in (start, stop] [ms]
    return nr.measures.count_between(spikes[label], start, stop)


def behaviour(label, name, holds):  # the behaviour Fig. 1 names for panel `label`, by the criterion in `name`
    return claim(f"({label}) {name}", bool(holds), True,
                 f"Mihalaş & Niebur 2009, Fig. 1{label} ({PANEL[label].title})", kind="qualitative")


def closed_form(name, ours, exact, formula, **tolerance):  # the linear model solved exactly
    return claim(name, ours, exact, f"closed form: {formula}", kind="identity", **tolerance)


LIF_PERIOD = C / G * np.log(1.5 / (1.5 - 1.0))  # ms, panel A
farthest_A = isi["A"][np.argmax(np.abs(isi["A"] - LIF_PERIOD))]
fi_error = np.abs(class1_rates - lif_rate(class1_currents)).max()
# class*_rates[2]: 10⁻⁶ above rheobase, Table 1's inputs of (B) and (H); [1]: 10⁻⁶ below
at_rheobase = (class1_rates[1] == 0) & (class1_rates[2] > 0) & (class2_rates[1] == 0) & (class2_rates[2] > 0)
claims = [
    closed_form("(A) tonic: every interspike interval (ms; the farthest shown)", farthest_A, LIF_PERIOD,
                "a = A_j = 0 is the LIF, period τ ln(I/(I − GΔΘ))", abs_tol=dt),
    closed_form("(B) class 1: latency 1e-6 above rheobase (ms)", spikes["B"][0], C / G * np.log((1 + EPS) / EPS),
                "LIF latency τ ln((1+ε)/ε)", abs_tol=dt),
    closed_form("(B) class 1: largest deviation from the LIF f–I curve (Hz)", fi_error, 0.0,
                "LIF rate 1/(τ ln(I/(I − I_rh))), → 0 at I_rh", abs_tol=lif_rate(3.0) ** 2 * dt / 1e3),
    closed_form("(B), (H) silent 1e-6 below rheobase, firing 1e-6 above", bool(at_rheobase), True,
                "rheobase G ΔΘ / (1 − a/b) = 1 (B) and 2 (H)"),
    behaviour("C", "adaptation: every interval longer than the one before", np.all(np.diff(isi["C"]) > 0)),
    behaviour("D", "phasic: spikes in the first 200 ms, none in the last 300",
              n("D", 0, 200) >= 1 and n("D", 200, 500) == 0),
    behaviour("E", "accommodation: the 1.5 step fires, the staircase to 1.5 does not",
              n("E", 0, 100) >= 1 and n("E", 600, 1000) == 0),
    behaviour("F", "threshold var.: the lone pulse fails, after inhibition it fires",
              n("F", 0, 200) == 0 and n("F", 250, 400) >= 1),
    behaviour("G", "rebound: no spike during the inhibition, one after",
              n("G", 0, 800) == 0 and n("G", 800, 1000) >= 1),
    behaviour("H", "class 2: ≥ 20 Hz 1e-6 above rheobase (class 1 there: 3.6 Hz)", class2_rates[2] >= 20),
    behaviour("I", "integrator: the pair 10 ms apart fires, 20 ms apart not",
              n("I", 0, 30) == 0 and n("I", 30, 300) >= 1 and n("I", 300, 400) == 0),
    behaviour("J", "bistability: 1.7 fires (≥ 3 spikes) after 1.5, rests the 2nd time",
              n("J", 100, 500) >= 3 and n("J", 600, 1000) == 0),
    behaviour("K", "hyperpol.-induced spiking: ≥ 2 spikes, no burst", len(spikes["K"]) >= 2 and not bursts["K"]),
    behaviour("L", "hyperpol.-induced bursting: ≥ 2 bursts, no single spike",
              len(bursts["L"]) >= 2 and isolated["L"] == 0),
    behaviour("M", "tonic bursting: ≥ 3 bursts, no single spike", len(bursts["M"]) >= 3 and isolated["M"] == 0),
    behaviour("N", "phasic bursting: one burst, no spike after 100 ms",
              len(bursts["N"]) == 1 and n("N", 100, 500) == 0),
    behaviour("O", "rebound burst: none during the inhibition, one burst after", n("O", 0, 600) == 0
              and len(nr.measures.bursts(nr.measures.between(spikes["O"], 600, np.inf), BURST_ISI)) == 1),
    behaviour("P", "mixed mode: an onset burst of ≥ 3 spikes, then ≥ 2 single spikes",
              len(nr.measures.spike_groups(spikes["P"], BURST_ISI)[0]) >= 3 and isolated["P"] >= 2),
    behaviour("Q", "afterpotentials: one spike, V then > E_L + 1 mV, later < E_L", len(spikes["Q"]) == 1
              and V["Q"][after_Q].max() > E_L + 1 and V["Q"][after_Q & (t > 40)].min() < E_L),
    behaviour("R", "basal bistability: a pulse starts firing (≥ 3 spikes), the same pulse stops it",
              n("R", 10, 100) >= 3 and n("R", 115, 200) == 0),
    behaviour("S", "preferred freq.: the 2nd pulse fires 50 ms after the 1st, not 10 ms after",
              n("S", 10, 400) == 0 and n("S", 450, 800) == 1),
    behaviour("T", "latency: one spike, > 5 ms after the 2-ms pulse ends",
              len(spikes["T"]) == 1 and spikes["T"][0] - 2.0 > 5),
]
# counted on the ReScience reproduction's Fig. 1: spikes of each panel, and bursts where the dots overlap
RESCIENCE_SPIKES = dict(A=9, B=2, C=10, D=5, E=3, F=1, G=1, H=8, I=1, J=14, K=3, Q=1, S=3, T=1)
RESCIENCE_BURSTS = dict(L=3, M=4, N=1, O=1)
KICK = ("ReScience starts I_1, I_2 at 0.01, 0.001; 1e-6 above rheobase that kick advances its first spike to "
        "~210 ms and fits a second in; from rest we fire once, at the closed-form 276 ms")
claims += [claim(f"({p}) {what}", len(ours[p]), count, f"Detorakis 2017 ([Re] ReScience 3(1)), Fig. 1{p}, counted",
                 kind="secondary", not_reproduced=KICK if p == "B" else None)
           for what, ours, counts in (("spikes", spikes, RESCIENCE_SPIKES), ("bursts", bursts, RESCIENCE_BURSTS))
           for p, count in counts.items()]
report(claims)
