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
# # Wilson & Cowan (1972): Excitatory and inhibitory interactions in localized populations of model neurons
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/analysis/wilson_cowan_1972.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/analysis/wilson_cowan_1972.ipynb)
#
# Wilson, H. R. & Cowan, J. D. (1972). Excitatory and inhibitory interactions in localized
# populations of model neurons. *Biophysical Journal* 12(1), 1–24.
# [doi:10.1016/S0006-3495(72)86068-5](https://doi.org/10.1016/S0006-3495(72)86068-5)
#
# Wilson and Cowan describe a small piece of cortex not by its single cells but by two numbers:
# $E(t)$ and $I(t)$, the proportions of excitatory and inhibitory cells firing per unit time. A
# cell fires if it is not refractory and its input exceeds its threshold; averaging over the
# population turns the threshold distribution into a sigmoid response function $S$, and coarse
# graining in time turns the integral equations into two ordinary differential equations. Their
# phase plane explains everything the paper reports: the isocline $dE/dt = 0$ has a "kink", so
# it can cross the isocline $dI/dt = 0$ three or five times, which gives multiple stable states
# and hysteresis as the external input $P$ varies (Figs. 4–8); and when a single steady state is
# left and it is unstable, the population oscillates on a limit cycle whose frequency grows with
# $P$ between a threshold and a saturation value (Figs. 11–12). We redo that analysis with the
# toolkit: nullclines, fixed points and their stability, continuation of the steady states in
# $P$ with its folds and Hopf point, and the limit cycle by shooting, with its Floquet
# multipliers.
#
# **Claims reproduced** (kind of evidence in brackets)
#
# 1. [published] With Fig. 4's parameters and $P = Q = 0$ there are three steady states, two of
#    them stable (the text on Fig. 4, p. 10, and the first paragraph of "Hysteresis").
# 2. [published] With Fig. 7's parameters and $P = 0$ there are five steady states, three stable
#    and two unstable (Fig. 8 and its caption, p. 14).
# 3. [qualitative] Hysteresis as $P$ varies (Figs. 5–7): a simple loop with two stable states
#    for Fig. 4's parameters; two loops separated by a range of $P$ with a single stable state
#    (Fig. 6); two overlapping loops with three stable states around $P = 0$ (Fig. 7).
# 4. [qualitative] With Fig. 11a's parameters and $P = 1.25$ the population oscillates on a
#    stable limit cycle around a single, unstable steady state (Fig. 11); as $P$ grows there is a
#    threshold below which there is no cycle, a higher value above which it is extinguished and
#    only constant high activity remains, and in between the frequency and the mean of $E$ both
#    increase monotonically with $P$ (Fig. 12).
# 5. [identity] The response function: $S(0) = 0$, its largest slope is $S'(\theta) = a/4$
#    ($S''(\theta) = 0$, eq. 16), its supremum is the $k$ of eqs. 11–12. The fixed points lie on the paper's
#    closed-form isoclines (eqs. 13–14) and are all their intersections; the folds of the
#    continuation are the turning points of the closed-form curve of steady states; at the Hopf
#    point $\mathrm{tr}\,J = 0$ and the frequency is $\sqrt{\det J}$; the cycle's Floquet
#    multipliers are 1 and $\exp\oint \mathrm{tr}\,J\,dt$ (Liouville), and its amplitude
#    vanishes as $\sqrt{P_H - P}$ at the Hopf point (normal form).
#
# **Why no figure read-off.** The text of the paper we could consult (a conversion of the article
# with its captions, but without the figure images) gives the parameters of every figure and
# states how many steady states there are and which are stable; the fold values, the range of
# $P$ with oscillations and the frequencies (Figs. 5–7 and 12) exist only as plotted curves,
# which we could not read. So the published numbers compared are the counts of steady states,
# and the shapes of Figs. 5–7 and 12 are checked as the paper states them (qualitative); the
# values we compute (folds, threshold, Hopf point, frequencies) are printed as ours.
# Not covered: the derivation (Figs. 1–3), the strength–duration curve (Fig. 9) and the damped
# evoked oscillation (Fig. 10).

# %% tags=["parameters"]
fig4 = dict(c1=12.0, c2=4.0, c3=13.0, c4=11.0, a_E=1.2, theta_E=2.8, a_I=1.0, theta_I=4.0)  # Figs. 4, 5
fig6 = dict(c1=13.0, c2=4.0, c3=20.0, c4=2.0, a_E=1.2, theta_E=2.7, a_I=5.0, theta_I=3.7)  # Fig. 6
fig7 = dict(c1=13.0, c2=4.0, c3=22.0, c4=2.0, a_E=1.5, theta_E=2.5, a_I=6.0, theta_I=4.3)  # Figs. 7, 8
fig11 = dict(c1=16.0, c2=12.0, c3=15.0, c4=3.0, a_E=1.3, theta_E=4.0, a_I=2.0, theta_I=3.7)  # Figs. 11, 12
r = 1.0                   # refractory periods r_E = r_I (units of tau), adopted "from now on" after eq. 17
Q = 0.0                   # external input to the inhibitory cells, zero in every figure
P_cycle = 1.25            # constant stimulation of Fig. 11a
tau = 8.0                 # time constant tau_E = tau_I [ms] of Figs. 11b and 9
P_hysteresis = (-0.5, 1.0)  # range of P over which the steady states of Figs. 5-7 are continued
P_stimulation = (0.9, 2.0)  # range of constant stimulation P of Fig. 12
dt = 0.02                 # integration step (units of tau), RK4
ramp_duration = 2000.0    # slow decrease of P from P_cycle to the bottom of Fig. 12's range (units of tau)
settle = 300.0            # transient left out of each run of Fig. 12 (units of tau)
record = 60.0             # recorded part of each run of Fig. 12 (units of tau)
P_step = 0.005            # spacing of the values of P simulated for Fig. 12

# %%
# Installs neurorepro when running on Colab or Kaggle; does nothing locally.
import os
import subprocess
import sys

if "google.colab" in sys.modules or "KAGGLE_KERNEL_RUN_TYPE" in os.environ:
    INSTALL = "neurorepro @ git+https://github.com/neurorepro/neurorepro@main"
    subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", INSTALL])

# %%
import dataclasses

import jax

jax.config.update("jax_enable_x64", True)  # fixed points, folds and multipliers to ~1e-10

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.models import wilson_cowan as wc
from neurorepro.replication import claim, report

plt.rcParams.update({"figure.dpi": 80, "legend.fontsize": 8, "figure.autolayout": True})

# %% [markdown]
# ## The model
#
# After coarse graining and shifting the response functions so that the resting state
# $E = I = 0$ is a steady state without input, the equations are (eqs. 11–12, 15)
#
# $$
# \begin{aligned}
# \tau_E \frac{dE}{dt} &= -E + (k_E - r_E E)\, S_E(c_1 E - c_2 I + P),\\
# \tau_I \frac{dI}{dt} &= -I + (k_I - r_I I)\, S_I(c_3 E - c_4 I + Q),
# \end{aligned}
# \qquad S(x) = \frac{1}{1 + e^{-a(x - \theta)}} - \frac{1}{1 + e^{a\theta}},
# $$
#
# where $c_1, \dots, c_4$ are the mean numbers of synapses between and within the two
# subpopulations, $P$ and $Q$ the external inputs, $r$ the refractory periods and $k$ the
# supremum of the shifted sigmoid, $k = 1 - 1/(1 + e^{a\theta})$. The model is the core's
# `neurorepro.models.wilson_cowan`: its `vector_field(t, State(E, I), Params(...))` is exactly
# these equations (we checked its sigmoid, its $k$ and its signs against eqs. 11–12 and 15), and
# the same function is integrated (RK4), linearised and continued below. Time is in units of
# $\tau_E = \tau_I = \tau$; the paper's $\tau = 8$ ms converts it to ms.
#
# **Closed forms.** Since $S$ is invertible, the isoclines are explicit (eqs. 13–14):
# $c_2 I = c_1 E - S_E^{-1}\!\big(E/(k_E - r_E E)\big) + P$ for $dE/dt = 0$ and
# $c_3 E = c_4 I + S_I^{-1}\!\big(I/(k_I - r_I I)\big) - Q$ for $dI/dt = 0$, with
# $S^{-1}(y) = \theta - \ln\!\big(1/(y + 1/(1 + e^{a\theta})) - 1\big)/a$. They also give the whole
# curve of steady states in closed form, parametrised by the input $x = c_3E - c_4I + Q$ to the
# inhibitory cells: $I = k_I S_I(x)/(1 + r_I S_I(x))$, $E = (x + c_4 I - Q)/c_3$, and
# $P = S_E^{-1}\!\big(E/(k_E - r_E E)\big) - c_1E + c_2I$. The steady states at a given $P$ are
# the roots of $P(x) = P$, and the folds of the curve are the extrema of $P(x)$; we use this to
# check the toolkit's fixed points and continuation.

# %%
State, f = wc.State, wc.vector_field
figures = {"Fig. 4": fig4, "Fig. 6": fig6, "Fig. 7": fig7, "Fig. 11": fig11}


def population(figure, P=0.0):  # the parameters of one of the paper's figures, with input P
    return wc.Params(**figures[figure], r_E=r, r_I=r, Q=Q, P=P)


def k(a, theta):  # supremum of the shifted sigmoid
    return 1.0 - jax.nn.sigmoid(-a * theta)


def inverse_sigmoid(y, a, theta):
    return theta - jnp.log(1.0 / (y + jax.nn.sigmoid(-a * theta)) - 1.0) / a


def isocline_residuals(p, E, I):  # eqs. 13 and 14 as (left side − right side) at the points (E, I)
    eq13 = p.c2 * I - p.c1 * E + inverse_sigmoid(E / (k(p.a_E, p.theta_E) - p.r_E * E), p.a_E, p.theta_E) - p.P
    eq14 = p.c3 * E - p.c4 * I - inverse_sigmoid(I / (k(p.a_I, p.theta_I) - p.r_I * I), p.a_I, p.theta_I) + p.Q
    return eq13, eq14


def steady_state_curve(p, x):  # (E, I, P) of the steady states whose input c3 E − c4 I + Q to I is x
    s = wc.sigmoid(x, p.a_I, p.theta_I)
    I = k(p.a_I, p.theta_I) * s / (1.0 + p.r_I * s)
    E = (x + p.c4 * I - p.Q) / p.c3
    return E, I, inverse_sigmoid(E / (k(p.a_E, p.theta_E) - p.r_E * E), p.a_E, p.theta_E) - p.c1 * E + p.c2 * I


# (E, P) along the steady-state curve, sampled every 6e-5 in x where it exists, and the values of P at its
# turning points (each the vertex of the parabola through its three samples)
def closed_form(p):
    x = np.linspace(-5.0, 20.0, 400_001)
    E, _, P = (np.asarray(v) for v in jax.jit(steady_state_curve)(p, x))
    x, E, P = x[np.isfinite(P)], E[np.isfinite(P)], P[np.isfinite(P)]
    maxima, minima = nr.measures.peaks(P, x, refine=True), nr.measures.peaks(-P, x, refine=True)
    return E, P, np.concatenate([maxima.height, -minima.height])

# %% [markdown]
# **The response function.** Eq. 16 says that $\theta$ is where $S$ is steepest ($S''(\theta) = 0$)
# and that the slope there is $a/4$; $S(0) = 0$ by construction, and $S$ tends to $k$ for strong
# input. We check the core's `sigmoid` with automatic differentiation for the four parameter sets.

# %%
slope = jax.grad(wc.sigmoid)
sigmoid_errors = [max(abs(wc.sigmoid(0.0, a, th)), abs(slope(th, a, th) - a / 4),
                      abs(jax.grad(slope)(th, a, th)), abs(wc.sigmoid(60.0, a, th) - k(a, th)))
                  for p in map(population, figures) for a, th in ((p.a_E, p.theta_E), (p.a_I, p.theta_I))]

# %% [markdown]
# ## Figs. 4 and 8: phase planes, isoclines and steady states
#
# `nr.analysis.fixed_points` runs Newton's method from a 12 × 12 grid of starting points over
# the phase plane in one compiled call, keeps the distinct roots and classifies each from the
# eigenvalues of its Jacobian; `nr.plots.phase_plane` draws the flow, the nullclines (traced by
# contouring the vector field) and the fixed points (filled: stable, open: unstable). With
# Fig. 4's parameters and no input the isoclines cross three times (the paper's Fig. 4): the
# resting state and a state of high activity are stable, separated by a saddle. With Fig. 7's
# parameters they cross five times (Fig. 8): three stable states alternate with two saddles. As
# a check on the toolkit, every fixed point satisfies the closed-form isoclines (eqs. 13–14),
# and the number found equals the number of roots of the closed-form $P(x) = 0$. Newton's method
# is asked for residuals below 1e-12 (default 1e-9): the inverse sigmoids of eqs. 13–14 magnify
# a residual of the vector field some 30 times at the resting state.

# %%
starts = State(*(g.ravel() for g in np.meshgrid(*[np.linspace(-0.05, 0.5, 12)] * 2)))  # a 12 x 12 grid
fig, axes = plt.subplots(1, 2, figsize=(12, 5))
steady, isocline_error, roots = {}, [], {}
for ax, (figure, number) in zip(axes, (("Fig. 4", 4), ("Fig. 7", 8))):
    p = population(figure)
    points = steady[figure] = nr.analysis.fixed_points(f, starts, p, tol=1e-12)
    for (E, I), kind, values in zip(points.flat, points.kind, points.eigenvalues):
        print(f"{figure} parameters, P = 0: E = {E:.4f}, I = {I:.4f}  {kind:<13} eigenvalues "
              + ", ".join(f"{z:.3f}" for z in values))
    # eq. 14 is ill-conditioned where I is within 1e-6 of 0 or of its saturation k_I / (1 + r_I): the
    # inverse sigmoid there magnifies rounding errors up to 1e10 times; we check eq. 13 only at such points
    eq13, eq14 = (np.abs(residual) for residual in isocline_residuals(p, *points.flat.T))
    graded = (points.flat[:, 1] > 1e-6) & (points.flat[:, 1] < k(p.a_I, p.theta_I) / (1.0 + p.r_I) - 1e-6)
    isocline_error += [eq13.max(), eq14[graded].max()]
    roots[figure] = int(np.count_nonzero(np.diff(closed_form(p)[1] > 0.0)))
    nr.plots.phase_plane(f, State(0.0, 0.0), p, (-0.05, 0.5), (-0.05, 0.55), ax, fixed_points=points,
                         labels="EI")
    ax.set_title(f"Fig. {number}: isoclines and steady states ({figure} parameters, P = 0)")
axes[0].legend(loc="upper left")
plt.show()

# %% [markdown]
# ## Figs. 5–7: hysteresis as the input $P$ varies
#
# `nr.analysis.continuation` follows the curve of steady states from $P = -0.5$ (from the
# resting state) to $P = 1$ by pseudo-arclength, so that it goes round the folds, with the
# eigenvalues at every point; it locates the folds (saddle-node bifurcations) and Hopf points by
# bisection. Between two folds the population has two stable states, and which one it is in
# depends on its history: raising $P$ slowly, $E$ stays on the lower branch up to its fold and
# then jumps up; lowering $P$ again, it stays high down to the other fold — a hysteresis loop
# (arrows in the paper's figures). The closed-form curve of steady states (grey) runs under the
# branch, and its turning points are the folds.
#
# **A continuation pitfall.** Near a fold, a long predictor step can let the corrector converge
# to a point of another branch: the branch then jumps from the lower state to the upper one
# without reporting the folds. The core's continuation now rejects such a step (the corrector
# moved more than half a step, or the tangent turned sharply) and retakes it at half the length;
# we still use `max_step = 0.008` (every branch here came out the same with 0.005),
# and the comparison with the closed-form turning points checks that no fold was skipped. We
# also ask the corrector for residuals below 1e-12 instead of the default 1e-9: where the
# excitatory cells are nearly silent, $\partial f/\partial P$ is small and a residual of 1e-9
# leaves $P$ off by up to 1e-8; with 1e-12 the folds match the closed form to ~1e-13.

# %%
def continued(p, P_from, P_to):
    return nr.analysis.continuation(f, State(0.0, 0.0), dataclasses.replace(p, P=P_from), "P", P_to,
                                    step=0.004, max_step=0.008, max_points=5000, tol=1e-12)


def bifurcations_of(branch, kind):  # (P, E) of the folds, or of the Hopf points, of a branch
    return np.array([(point.parameter, point.y[0]) for point in branch.bifurcations if point.kind == kind]).T


def fold_distance(branch, p):  # largest distance between the folds and the closed-form turning points
    return np.max(np.abs(np.sort(bifurcations_of(branch, "fold")[0]) - np.sort(closed_form(p)[2])))


def plot_branch(ax, branch):  # stable steady states solid, unstable ones dashed, as in the paper
    for stable, style in ((True, "-"), (False, "--")):
        ax.plot(np.where(branch.stable == stable, branch.parameter, np.nan), branch.y[:, 0], "k" + style,
                label="stable" if stable else "unstable")


def stable_states(branch, P):  # how many stable steady states the branch has at input P
    crossing = (branch.parameter[:-1] - P) * (branch.parameter[1:] - P) <= 0
    return int(np.sum(crossing & branch.stable[:-1] & branch.stable[1:]))


branches, stable_count, fold_error = {}, {}, []
fig, axes = plt.subplots(1, 3, figsize=(15, 4.5), sharey=True)
for ax, (figure, number) in zip(axes, (("Fig. 4", 5), ("Fig. 6", 6), ("Fig. 7", 7))):
    branch = branches[figure] = continued(population(figure), *P_hysteresis)
    fold_error.append(fold_distance(branch, population(figure)))
    stable_count[figure] = np.array([stable_states(branch, P) for P in np.arange(*P_hysteresis, 0.01)])
    print(f"{figure} parameters: {[(point.kind, round(point.parameter, 5)) for point in branch.bifurcations]},"
          f" at most {stable_count[figure].max()} stable states at once")
    E_curve, P_curve, _ = closed_form(population(figure))
    ax.plot(P_curve, E_curve, color="0.8", lw=4, label="closed form (eqs. 13-14)")
    plot_branch(ax, branch)
    ax.plot(*bifurcations_of(branch, "fold"), "o", color="C3", label="folds")
    ax.plot(*bifurcations_of(branch, "hopf").reshape(2, -1), "s", color="C0", label="Hopf point")
    ax.set(xlim=P_hysteresis, ylim=(-0.05, 0.55), xlabel="P", title=f"Fig. {number} ({figure} parameters)")
axes[0].set_ylabel("steady-state E")
axes[0].legend(loc="lower right")
plt.show()

# %% [markdown]
# For Fig. 4's parameters the branch folds twice, at $P \approx 0.305$ and $P \approx -0.400$:
# a simple loop with two stable states, as in Fig. 5. For Fig. 6's parameters it folds four
# times, and the two ranges of bistability, $-0.203 < P < 0.157$ and $0.410 < P < 0.943$, are
# separated by a range with a single stable state (Fig. 6). For Fig. 7's they overlap: between
# $P \approx -0.130$ and $P \approx 0.212$ three stable states coexist, so $P = 0$ (Fig. 8) lies
# in the overlap, as the paper's caption says. The middle branch of Fig. 7 also loses stability
# in a Hopf bifurcation at $P \approx -0.353$, just above its lower fold; the paper's Fig. 7
# draws unstable states dotted, but we cannot see where. These fold values are ours: the paper
# plots them but gives no numbers.

# %% [markdown]
# ## Fig. 11: the limit cycle at $P = 1.25$
#
# With Fig. 11a's parameters and $P = 1.25$ the isoclines cross once, at an unstable focus; all
# trajectories stay in the unit square, so they wind onto a limit cycle (the paper's argument).
# We run the population from rest for 40 τ (Fig. 11b shows $E(t)$), then find the cycle by
# shooting (`nr.analysis.periodic_orbit`: Newton's method on the period and a point of the orbit)
# from the end of that run, with the period measured between its last maxima of $E$ as the
# guess. Its Floquet multipliers are 1 (the direction along the orbit) and
# $\mu_2 = \exp\oint \mathrm{tr}\,J\,dt$ (Liouville's formula for a planar flow), which we
# evaluate by the trapezoidal rule on one period of the orbit: $|\mu_2| < 1$, the cycle is
# stable. Its period is 5.00 τ, 40 ms for the paper's τ = 8 ms (25 Hz).

# %%
p = population("Fig. 11", P_cycle)
steady_cycle = nr.analysis.fixed_points(f, starts, p)
EI = {name: nr.StateMonitor(name) for name in ("E", "I")}
from_rest = nr.run(wc.step, State(0.0, 0.0), p, duration=40.0, dt=dt, monitors=EI, progress=False)
maxima = nr.measures.peaks(from_rest["E"].values, from_rest["E"].t, refine=True).t
cycle = nr.analysis.periodic_orbit(f, from_rest.state, maxima[-1] - maxima[-2], p)
orbit = nr.run(wc.step, cycle.y, p, duration=cycle.period, dt=cycle.period / 2000, monitors=EI, progress=False)
on_orbit = State(np.append(cycle.flat[0], orbit["E"].values), np.append(cycle.flat[1], orbit["I"].values))
divergence = jax.vmap(lambda y: jnp.trace(nr.analysis.jacobian(f, y, p)))(on_orbit)
liouville = np.exp(np.trapezoid(np.asarray(divergence), dx=cycle.period / 2000))
print(f"P = {P_cycle}: steady states {steady_cycle.kind} at (E, I) = {steady_cycle.flat.round(4).tolist()}")
print(f"limit cycle: period {cycle.period:.5f} τ = {cycle.period * tau:.2f} ms, Floquet multipliers "
      f"{cycle.multipliers.real.round(6).tolist()}, exp(∮ tr J dt) = {liouville:.6f}")

fig, (ax, ax_t) = plt.subplots(1, 2, figsize=(13, 5), width_ratios=[1, 1.4])
trajectory = np.stack([from_rest["E"].values, from_rest["I"].values], axis=1)
nr.plots.phase_plane(f, State(0.0, 0.0), p, (-0.02, 0.42), (-0.02, 0.42), ax, fixed_points=steady_cycle,
                     trajectories=[trajectory], labels="EI")
ax.plot(on_orbit.E, on_orbit.I, color="C3", lw=2, label="limit cycle (shooting)")
ax.set(title=f"Fig. 11a: limit cycle at P = {P_cycle}")
ax.legend(loc="upper right")
ax_t.plot(from_rest["E"].t * tau, from_rest["E"].values, color="k")
ax_t.set(xlabel=f"t (ms, τ = {tau:g} ms)", ylabel="E(t)", title="Fig. 11b: E(t) from rest")
plt.show()

# %% [markdown]
# ## Fig. 12: the cycle as a function of the stimulation $P$
#
# **Steady states.** Continuing the steady states of Fig. 11a's parameters in $P$ finds a pair of
# folds, $P \approx 0.909$ and $1.087$ (the resting branch ends at the upper one), and one Hopf
# point, $P_H \approx 1.879$, where the upper steady state regains stability. At a Hopf point of
# a planar system $\mathrm{tr}\,J = 0$ and the eigenvalues are $\pm i\sqrt{\det J}$, which we
# check.
#
# **Cycles.** `nr.sweep` integrates the population for a grid of $P$ (step 0.005) in one
# vmapped run for 300 τ; we then record 60 τ and keep the period (between maxima of $E$) and the
# mean of $E$ over whole cycles. Each run starts on the cycle, where there is one: above
# $P = 1.25$ from the point of the cycle of Fig. 11, below it from the state that a run with $P$
# decreasing slowly from 1.25 (over 2000 τ, the way the paper varies $P$ for its hysteresis
# loops) had when it passed that value. Starting every run from the cycle of Fig. 11 is not
# enough: just above the threshold the resting state is still stable, and that start falls into
# its basin for some values of $P$ and not for others. A run counts as oscillating if $E$ varies
# by more than 0.001 and its range in the last quarter of the record is at least 98 % of that in
# the first (near the Hopf point oscillations die out slowly).
#
# The cycle exists down to $P \approx 1.07$, below the fold at 1.087 where the resting state
# disappears: in between, the population either rests or oscillates, depending on its history
# (grey trace: the slow decrease of $P$). Towards that end the period grows steeply (20 τ at
# $P = 1.07$, against 5 τ at 1.25), as it does when a cycle runs into a saddle (a homoclinic
# bifurcation) — the paper's "frequency drops to zero". At the other end it shrinks to nothing at the Hopf
# point, with an amplitude that vanishes as $\sqrt{P_H - P}$ (a supercritical Hopf bifurcation:
# the square of the amplitude is linear in $P$, and its zero, fitted on $1.78 \le P \le 1.84$,
# is the Hopf point). The fitted zero moves by up to 0.003 when the window is changed within
# $1.70 \le P \le 1.86$ (the next order of the normal form, and runs close to $P_H$ that have
# not quite settled after 300 τ), so we compare it with $P_H$ to ±0.003. Frequencies are in Hz
# for the paper's τ = 8 ms.

# %%
branch = continued(population("Fig. 11"), *P_stimulation)
(hopf,) = [point for point in branch.bifurcations if point.kind == "hopf"]
fold_error.append(fold_distance(branch, population("Fig. 11")))
J_hopf = np.asarray(nr.analysis.jacobian(f, State(*hopf.y), population("Fig. 11", hopf.parameter)))
hopf_deviation = max(abs(np.trace(J_hopf)), abs(hopf.frequency - np.sqrt(np.linalg.det(J_hopf))))
print(f"folds at P = {np.round(bifurcations_of(branch, 'fold')[0], 5)}; Hopf point at P_H = "
      f"{hopf.parameter:.5f}, frequency {1000 * hopf.frequency / (2 * np.pi * tau):.1f} Hz")

ramp = np.linspace(P_cycle, P_stimulation[0], round(ramp_duration / dt))
ramped = nr.run(wc.step, cycle.y, p, duration=ramp_duration, dt=dt, inputs=ramp, monitors=EI, progress=False)
P_sweep = np.round(np.arange(P_stimulation[0], P_stimulation[1] + 1e-9, P_step), 10)
passed = np.clip(np.searchsorted(-ramp, -P_sweep), 0, ramp.size - 1)  # step at which the ramp passed each P
start = State(*(np.where(P_sweep < P_cycle, ramped[name].values[passed], on_cycle)
                for name, on_cycle in zip("EI", cycle.flat)))
stimulated = population("Fig. 11", P_sweep)
batch = wc.Params(**{field: (0 if field == "P" else None) for field in population("Fig. 11").__dict__})
sweep = dict(param_axes=batch, batch_state=True, dt=dt, progress=False)
settled = nr.sweep(wc.step, start, stimulated, duration=settle, **sweep)
recorded = nr.sweep(wc.step, settled.state, stimulated, duration=record, t0=settle, monitors=EI, **sweep)


def cycle_summary(E, t):  # (period, mean of E over whole cycles, range of E); NaN period and mean if no cycle
    quarter = len(E) // 4
    maxima = nr.measures.peaks(E, t, refine=True).t
    if np.ptp(E) < 1e-3 or np.ptp(E[-quarter:]) < 0.98 * np.ptp(E[:quarter]) or len(maxima) < 3:
        return np.nan, np.nan, np.ptp(E)
    whole = (t >= maxima[0]) & (t < maxima[-1])
    return (maxima[-1] - maxima[0]) / (len(maxima) - 1), E[whole].mean(), np.ptp(E)


period, mean_E, amplitude = np.array([cycle_summary(E, recorded["E"].t) for E in recorded["E"].values]).T
frequency_hz = 1000.0 / (period * tau)  # for the paper's tau
oscillating = np.isfinite(period)
first, last = np.flatnonzero(oscillating)[[0, -1]]  # the lowest and highest P with a cycle
one_interval = bool(oscillating[first:last + 1].all() and 0 < first and last < P_sweep.size - 1)
near_hopf = oscillating & (P_sweep >= 1.78) & (P_sweep <= 1.84)
P_zero_amplitude = np.roots(np.polyfit(P_sweep[near_hopf], amplitude[near_hopf] ** 2, 1))[0]
print(f"cycles for {P_sweep[first]:.3f} <= P <= {P_sweep[last]:.3f}, from {np.nanmin(frequency_hz):.1f} to "
      f"{np.nanmax(frequency_hz):.1f} Hz; amplitude² vanishes at P = {P_zero_amplitude:.4f}")

fig, (ax_E, ax_f) = plt.subplots(1, 2, figsize=(13, 4.5))
plot_branch(ax_E, branch)
ax_E.plot(ramp, ramped["E"].values, color="0.85", lw=0.3, zorder=0, label="E(t) while P falls slowly")
ax_E.plot(P_sweep, mean_E, "o", color="C3", ms=3, label="E averaged over a period")
ax_f.plot(P_sweep, frequency_hz, "o", color="C3", ms=3, label="simulated cycles")
for ax in (ax_E, ax_f):
    ax.axvline(hopf.parameter, color="C0", lw=0.8, ls=":", label="Hopf point")
    ax.set(xlabel="P", xlim=P_stimulation)
    ax.legend(loc="upper left")
ax_E.set(ylabel="E", ylim=(0, 0.3), title="Fig. 12a: mean E of the cycle, and steady states")
ax_f.set(ylabel=f"frequency (Hz, τ = {tau:g} ms)", title="Fig. 12b: frequency of the cycle")
plt.show()

# %% [markdown]
# The shape is the paper's: no cycle below a threshold of $P$, no cycle above a saturation value
# where only a constant, high activity remains, and in between both the frequency and the mean
# activity rise monotonically with $P$ — here from about 6 Hz at the threshold to 52 Hz near the
# Hopf point (53 Hz at it), for τ = 8 ms. The paper's
# sufficient condition for an unstable single steady state, $c_1 a_E > c_4 a_I + 18$ (eq. 20),
# does not hold for these parameters ($20.8 < 24$), yet the steady state is unstable: the
# condition is sufficient, not necessary, as the paper says.

# %% [markdown]
# ## Replication check

# %%
paper = "Wilson & Cowan 1972"
fig8 = f"{paper}, Fig. 8 caption, p. 14"
claims = [  # claim(name, ours, paper, source, kind=...)
    claim("Fig. 4 (P = Q = 0): steady states", len(steady["Fig. 4"].kind), 3, f"{paper}, text on Fig. 4",
          kind="published"),
    claim("Fig. 4: stable states", int(steady["Fig. 4"].stable.sum()), 2, f"{paper}, Hysteresis, 1st par.",
          kind="published"),
    claim("Fig. 8 (Fig. 7's parameters, P = 0): steady states", len(steady["Fig. 7"].kind), 5, fig8,
          kind="published"),
    claim("Fig. 8: stable steady states", int(steady["Fig. 7"].stable.sum()), 3, fig8, kind="published"),
    claim("Fig. 5: simple hysteresis (two folds, at most 2 stable states)",
          len(branches["Fig. 4"].bifurcations) == 2 and stable_count["Fig. 4"].max() == 2, True,
          f"{paper}, Fig. 5 and its caption, p. 13", kind="qualitative"),
    claim("Fig. 6: two hysteresis loops separated by a single stable state",
          np.sum(np.diff(stable_count["Fig. 6"]) == 1) == 2 and stable_count["Fig. 6"].max() == 2, True,
          f"{paper}, Fig. 6 caption, p. 13", kind="qualitative"),
    claim("Fig. 7: three stable states in an interval around P = 0", stable_states(branches["Fig. 7"], 0.0), 3,
          f"{paper}, Fig. 7 caption, p. 14", kind="qualitative"),
    claim("Fig. 11a, P = 1.25: one unstable steady state, stable limit cycle",
          steady_cycle.kind == ["unstable focus"] and cycle.converged and abs(cycle.multipliers[1]) < 1, True,
          f"{paper}, Fig. 11a caption, p. 18", kind="qualitative"),
    claim("Fig. 12: cycles only between a threshold P and a saturation P",
          one_interval and bool(branch.stable[branch.parameter > hopf.parameter].all()), True,
          f"{paper}, Limit cycles (a)-(b); Fig. 12b caption", kind="qualitative"),
    claim("Fig. 12: frequency and mean E increase monotonically with P",
          bool(np.all(np.diff(period[oscillating]) < 0) and np.all(np.diff(mean_E[oscillating]) > 0)), True,
          f"{paper}, Limit cycles (c); Fig. 12a-b", kind="qualitative"),
    claim("S(0) = 0, S'(θ) = a/4, S''(θ) = 0, S(∞) = k (largest error)", max(sigmoid_errors), 0.0,
          "eqs. 15-16", kind="identity", abs_tol=1e-12),
    claim("fixed points on the isoclines (largest residual)", max(isocline_error), 0.0, "eqs. 13-14",
          kind="identity", abs_tol=1e-9),
    claim("fixed points found = roots of closed-form P(x) = 0 (Figs. 4, 8)",
          [len(steady[k].kind) for k in roots] == list(roots.values()), True, "eqs. 13-14", kind="identity"),
    claim("folds = turning points of the closed-form steady states (largest diff.)", max(fold_error), 0.0,
          "eqs. 13-14", kind="identity", abs_tol=1e-10),
    claim("Hopf point: tr J = 0 and ω = √det J (largest deviation)", hopf_deviation, 0.0, "planar Hopf",
          kind="identity", abs_tol=1e-8),
    claim("Floquet multipliers: 1 and exp(∮ tr J dt) (largest deviation)", float(np.max(np.abs(
          cycle.multipliers - [1.0, liouville]))), 0.0, "Liouville's formula", kind="identity", abs_tol=1e-6),
    claim("cycle amplitude² → 0 linearly at the Hopf point, P", P_zero_amplitude, hopf.parameter,
          "Hopf normal form", kind="identity", abs_tol=0.003),
]
report(claims)
