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
# # Hindmarsh & Rose (1984): A model of neuronal bursting using three coupled first order differential equations
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/analysis/hindmarsh_rose_1984.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/analysis/hindmarsh_rose_1984.ipynb)
#
# Hindmarsh, J. L. & Rose, R. M. (1984). A model of neuronal bursting using three coupled first
# order differential equations. *Proceedings of the Royal Society of London B* 221(1222), 87–102.
# [doi:10.1098/rspb.1984.0024](https://doi.org/10.1098/rspb.1984.0024)
#
# Hindmarsh and Rose had described the action potential with two equations, a variant of
# FitzHugh's model whose nullclines lie close together below threshold, so that spikes are
# separated by long intervals. Here they modify it so that the nullclines cross three times:
# besides the rest state there are now a saddle, whose separatrices split the phase plane between
# the basin of rest and the basin of a limit cycle, and an unstable equilibrium inside the cycle.
# A short depolarising pulse therefore switches a silent cell into one that fires for ever. A
# third, slow variable $z$, an adaptation current driven by the membrane potential, ends that
# firing: the cell answers a pulse with an isolated burst, and a steady depolarising current makes
# it burst periodically. The model became the standard minimal burster. Its mechanism is clearest
# in the fast–slow dissection introduced soon after by Rinzel: with $z$ frozen, the fast
# subsystem $(x, y)$ has a Z-shaped curve of equilibria and a branch of spiking limit cycles; the
# slow drift of $z$ carries the cell from the lower fold of the Z (where rest disappears and the
# burst starts) to the homoclinic end of the cycles (where the burst stops).
# We simulate the paper's protocols and recompute that dissection with the toolkit.
#
# **Claims reproduced** (kind of evidence in brackets, as in the table at the end)
#
# 1. [qualitative] The abstract's statements: the two-variable model ($z = 0$, $I = 0$) has three
#    equilibria, one of them a saddle, whose separatrices divide the plane between a stable rest
#    state and a limit cycle; a short depolarising current pulse turns the silent model into one
#    that fires repetitively, while with the third equation the same pulse gives an isolated
#    burst; a steady depolarising current gives periodic bursting.
# 2. [identity] Closed forms: the equilibria of the two-variable model,
#    $x = -(1+\sqrt5)/2,\,-1,\,(\sqrt5-1)/2$; the folds of the fast subsystem's Z-curve at
#    $z = I - 5/27$ and $z = I + 1$; its Hopf point at $x_H = 1 - \sqrt{2/3}$ with frequency
#    $\sqrt{x_H(3x_H + 4)}$; the full model's single equilibrium (Cardano's formula); and, near the
#    homoclinic end of the spiking cycles, a period growing as $T \simeq -\ln(z_{hc} - z)/\lambda_u$
#    ($\lambda_u$ the saddle's unstable eigenvalue).
# 3. [secondary] Square-wave (fold/homoclinic) bursting, as later work describes this model
#    (Desroches, Rinzel & Rodrigues 2022, *PLoS Comput. Biol.* 18, e1009752, Fig. 4: Rinzel's
#    classification shown on the Hindmarsh–Rose model): each burst starts after $z$ has passed the
#    lower fold and stops at the homoclinic point.
# 4. [reference] The runs at the currents of Fig. 6 as reproduced by Brian 2's example
#    `frompapers/Hindmarsh_Rose_1984.py` ($I = 0.4, 2, 4$), against an independent Brian 2 run of
#    the same equations (`data/hindmarsh_rose_1984/brian2_reference.py`): one isolated burst of 8
#    spikes at $I = 0.4$; at $I = 2$ a first burst of 70 spikes, then bursts of 9 spikes every
#    430.78 time units; tonic firing at $I = 4$ with the same final interspike interval.
#
# **Why no published number.** We could read the paper's abstract and first page, not its
# figures nor the pages with its parameter values and currents. The values used here ($a = 1$,
# $b = 3$, $c = 1$, $d = 5$, $s = 4$, $x_R = -1.6$, $r = 0.001$) and the currents of Fig. 6 are
# those of Brian 2's reproduction of Fig. 6 (a reference implementation that names the figure);
# The Virtual Brain's model report (`virtual-twin/tvbo`) gives the same values with $I = 2$ (the
# older BrainPy gallery used $b = 2.5$). So nothing here is compared with a number printed in
# the paper or read off its figures: the paper's statements are checked qualitatively (1), the
# analysis against closed forms (2), the mechanism against later work (3) and the firing
# statistics against another simulator (4). Not covered: what only the paper's figures show, e.g.
# the depolarising afterpotential that the abstract names as the alternative to an isolated burst.

# %% tags=["parameters"]
a = 1.0                   # coefficient of -x³ in dx/dt
b = 3.0                   # coefficient of x² in dx/dt
c = 1.0                   # constant term of dy/dt
d = 5.0                   # coefficient of -x² in dy/dt
s = 4.0                   # gain of the adaptation current z
x_R = -1.6                # potential at which z settles to 0 (≈ the rest potential -(1+√5)/2 without z)
r = 0.001                 # rate of the slow variable z (it changes over ~1/r time units)
fig6_currents = [0.4, 2.0, 4.0]  # steady currents I of Fig. 6 (Brian 2's reproduction)
I_burst = 2.0             # steady current of the fast-slow dissection (periodic bursting)
pulse_current = 2.0       # amplitude of the short depolarising pulse
pulse_duration = 10.0     # its length [time units]
I_range = (1.0, 4.0)      # currents of the firing-mode sweep
n_currents = 41           # how many currents in that range
dt = 0.01                 # RK4 step [dimensionless time units]
duration = 6000.0         # length of the Fig. 6 runs [time units]

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

jax.config.update("jax_enable_x64", True)  # folds, Hopf and homoclinic points to ~1e-9

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.replication import claim, report

plt.rcParams.update({"figure.dpi": 80, "legend.fontsize": 8, "figure.autolayout": True})

# %% [markdown]
# ## The model
#
# In the paper's dimensionless units ($x$ the membrane potential, $y$ a fast recovery variable,
# $z$ a slow adaptation current, $I$ the applied current):
#
# $$\dot x = y - a x^3 + b x^2 - z + I, \qquad \dot y = c - d x^2 - y, \qquad
# \dot z = r\,\big(s\,(x - x_R) - z\big).$$
#
# With $z$ held fixed the first two equations are the **fast subsystem**; with $z = 0$ they are
# the paper's two-variable model. We write them once, `fast_subsystem(t, Fast(x, y), params)`
# with $z$ read from the parameters, and the full model `hindmarsh_rose` calls it with the
# state's $z$. The same two functions are integrated (RK4, step `dt`), linearised, continued and
# shot. Time is dimensionless (the runner labels it ms but never uses the unit).
#
# **Closed forms.** The fast equilibria have $y = c - d x^2$ and
# $z = I + c + (b - d)x^2 - a x^3 = I + 1 - 2x^2 - x^3$, a cubic: the Z-shaped curve. Its turning
# points ($dz/dx = -x(3x + 4) = 0$) are the folds $x = -4/3$, $z = I - 5/27$ and $x = 0$,
# $z = I + 1$. The Jacobian $\begin{pmatrix} -3x^2 + 6x & 1 \\ -10x & -1\end{pmatrix}$ has
# determinant $x(3x + 4)$, negative on the middle branch (saddles), and trace $-3x^2 + 6x - 1$,
# which vanishes at $x_H = 1 - \sqrt{2/3}$ on the upper branch: a Hopf point with frequency
# $\sqrt{x_H(3x_H + 4)}$. At $I = z = 0$ the cubic factors as $(x + 1)(x^2 + x - 1) = 0$. The full
# model's equilibria add $z = s(x - x_R)$: $x^3 + 2x^2 + 4x - (1 + I + s x_R) = 0$, whose
# derivative $3x^2 + 4x + 4$ never vanishes, so there is exactly one equilibrium for every $I$,
# given by Cardano's formula. Because the fast subsystem depends on $I - z$ only, its picture at
# any $I$ is that at $I = 2$ shifted in $z$.

# %%
Fast = namedtuple("Fast", "x y")  # the fast variables: membrane potential x, recovery variable y
State = namedtuple("State", "x y z")  # the full model adds the slow adaptation current z
Params = namedtuple("Params", "a b c d s x_R r I z", defaults=(0.0,))  # z: frozen, for the fast subsystem


def fast_subsystem(t, u, p):
    return Fast(u.y - p.a * u.x**3 + p.b * u.x**2 - p.z + p.I, p.c - p.d * u.x**2 - u.y)


def hindmarsh_rose(t, u, p):
    dx, dy = fast_subsystem(t, Fast(u.x, u.y), p._replace(z=u.z))
    return State(dx, dy, p.r * (p.s * (u.x - p.x_R) - u.z))


def along(name):  # sweep axes: the parameter `name` batched, the others shared
    return Params(*(0 if field == name else None for field in Params._fields))


def spikes_of(trace, after=0.0):  # spike times after `after`: upward crossings of x = 1, interpolated
    times = nr.measures.spike_times(trace.values, trace.t, 1.0, interpolate=True)
    return times[times > after]


def fast_equilibria(z, p):  # real roots of c + I - z + (b - d) x² - a x³ = 0: rest, saddle, upper state
    roots = np.roots([-p.a, p.b - p.d, 0.0, p.c + p.I - z])
    return np.sort(roots.real[np.abs(roots.imag) < 1e-9])


model = Params(a, b, c, d, s, x_R, r, I=0.0)
fast_step, full_step = nr.make_step(fast_subsystem, "rk4"), nr.make_step(hindmarsh_rose, "rk4")
xy = {"x": nr.StateMonitor("x"), "y": nr.StateMonitor("y")}


# The stable spiking cycle of the fast subsystem at each z: a run from a depolarised state lands on it, its
# last two maxima of x give the period's guess, and shooting refines it (with its Floquet multipliers). Also
# the run's last 120 time units (longer than any period here): the cycle's path, for the figures.
def limit_cycles(p, zs, settle=400.0):
    runs = nr.sweep(fast_step, Fast(1.0, -5.0), p._replace(z=np.asarray(zs)), duration=settle, dt=dt,
                    param_axes=along("z"), monitors=xy)
    cycles, paths, last = [], [], runs["x"].t > settle - 120.0
    for k, z in enumerate(zs):
        tops = nr.measures.peaks(runs["x"].values[k], runs["x"].t, min_height=0.0).t  # maxima of x
        guess, T = Fast(runs.state.x[k], runs.state.y[k]), tops[-1] - tops[-2]
        cycles.append(nr.analysis.periodic_orbit(fast_subsystem, guess, T, p._replace(z=z), n_steps=4000))
        paths.append(np.stack([runs["x"].values[k, last], runs["y"].values[k, last]], axis=1))
    return cycles, paths


# %% [markdown]
# ## The two-variable model: rest, a saddle and a limit cycle
#
# With $z = 0$ and $I = 0$, `nr.analysis.fixed_points` finds the three equilibria from a few
# starts and classifies them by their eigenvalues; `limit_cycles` finds the cycle around the upper
# one. The separatrices are the saddle's stable manifold, traced by integrating the vector field
# backwards in time from either side of the saddle along its stable eigenvector. Then the paper's
# experiment: from rest, a current pulse of `pulse_current` for `pulse_duration` time units, given
# to the two-variable model and to the full model (whose $z$ starts at its rest value).

# %%
two_variable = nr.analysis.fixed_points(fast_subsystem, Fast(np.linspace(-2.0, 1.0, 7), np.zeros(7)), model)
print(", ".join(f"x = {x:.6f}: {kind}" for x, kind in zip(two_variable.flat[:, 0], two_variable.kind)))
(spiking_cycle,), (spiking_path,) = limit_cycles(model, [0.0])
values, vectors = np.linalg.eig(two_variable.jacobian[1])  # at the saddle (the points are sorted along x)
near_saddle = two_variable.flat[1] + 1e-6 * np.outer([1, -1], vectors[:, np.argmin(values.real)].real)
backwards = nr.make_step(lambda t, u, p: jax.tree.map(jnp.negative, fast_subsystem(t, u, p)), "rk4")
separatrices = nr.sweep(backwards, Fast(*near_saddle.T), model._replace(z=np.zeros(2)), duration=2.0, dt=dt,
                        batch_state=True, param_axes=along("z"), check_finite=False, monitors=xy)

t_pulse = np.arange(round(1000.0 / dt)) * dt
pulse = np.where((t_pulse >= 100.0) & (t_pulse < 100.0 + pulse_duration), pulse_current, 0.0)
rest = two_variable.flat[0]  # the rest state; the full model's z starts at its own rest value
starts = {fast_subsystem: Fast(*rest), hindmarsh_rose: State(*rest, s * (rest[0] - x_R))}
pulse_2d, pulse_3d = (nr.run(nr.make_step(f, "rk4", input="I"), start, model, duration=1000.0, dt=dt,
                             inputs=pulse, monitors=xy) for f, start in starts.items())
spikes_2d, spikes_3d = spikes_of(pulse_2d["x"]), spikes_of(pulse_3d["x"])
print(f"spikes after the pulse: {len(spikes_2d)} (two-variable model), {len(spikes_3d)} (full model)")

# %%
fig, (plane, responses) = plt.subplots(1, 2, figsize=(12, 4.5))
nr.plots.phase_plane(fast_subsystem, Fast(0.0, 0.0), model, (-2.5, 2.0), (-20.0, 3.0), plane,
                     fixed_points=two_variable, trajectories=[spiking_path], labels=("x", "y"))
plane.plot(separatrices["x"].values.T, separatrices["y"].values.T, color="C3", lw=1.2)
plane.set_title("Two-variable model (z = 0, I = 0): rest (filled), saddle, unstable focus,\n"
                "its limit cycle (black) and the separatrices (red: the saddle's stable manifold)")
plane.legend(loc="lower right")
window = pulse_2d["x"].t <= 600.0
for run, shift, label in ((pulse_2d, 5.0, "two-variable model (+5)"), (pulse_3d, 0.0, "full model")):
    responses.plot(run["x"].t[window], run["x"].values[window] + shift, lw=0.8, label=label)
responses.axvspan(100.0, 100.0 + pulse_duration, color="0.85", label="current pulse")
responses.set(xlabel="time", ylabel="x", title="A short depolarising pulse: repetitive firing, or a burst")
responses.legend(loc="upper right")
plt.show()

# %% [markdown]
# The filled dot is the stable rest state, the open dots the saddle and the unstable focus inside
# the limit cycle. The separatrices through the saddle bound the basin of rest (left and below)
# against the basin of the cycle, as the abstract describes: the pulse pushes the state across,
# and the two-variable model keeps firing. In the full model each spike raises $z$, which lowers
# the effective current $I - z$ until the cycle disappears and the cell returns to rest: a short
# burst (a few spikes here, with $r = 0.001$ and $x_R = -1.6$).
#
# ## Fig. 6: steady currents
#
# Brian 2's reproduction of Fig. 6 starts the model at $x = x_R$, $y = c - d x_R^2$, $z = 0$ and
# applies a steady current $I = 0.4$, $2$ or $4$. One vmapped run (`nr.sweep`) over the three
# currents; spikes are upward crossings of $x = 1$ (`nr.measures.spike_times`), and spikes closer
# than 50 time units form a burst (`nr.measures.spike_groups`; within a burst the intervals stay
# below 31, between bursts the silence lasts 300).

# %%
brian_start = State(x_R, c - d * x_R**2, 0.0)
fig6 = nr.sweep(full_step, brian_start, model._replace(I=np.array(fig6_currents)), duration=duration, dt=dt,
                param_axes=along("I"), monitors={"x": nr.StateMonitor("x"), "z": nr.StateMonitor("z")})
fig6_bursts = [nr.measures.spike_groups(spikes_of(trace), 50.0) for trace in fig6["x"]]
print("spikes per burst:", {I: [len(g) for g in groups] for I, groups in zip(fig6_currents, fig6_bursts)})
k_burst = fig6_currents.index(I_burst)
steady_bursts = fig6_bursts[k_burst][1:]  # after the first, long burst from rest
burst_periods = np.diff([g[0] for g in steady_bursts])
active = np.mean([g[-1] - g[0] for g in steady_bursts])  # from the first to the last spike of a burst
print(f"I = {I_burst}: burst period {burst_periods.mean():.4f}, active phase {active:.2f}, "
      f"silent phase {burst_periods.mean() - active:.2f}")

fig, axes = plt.subplots(len(fig6_currents), 1, figsize=(12, 6), sharex=True)
for ax, trace, current in zip(axes, fig6["x"], fig6_currents):
    ax.plot(trace.t[trace.t <= 2100.0], trace.values[trace.t <= 2100.0], color="k", lw=0.6)
    ax.set(ylabel="x", ylim=(-2.2, 2.2), title=f"Fig. 6 protocol, I = {current}")
axes[-1].set_xlabel("time")
plt.show()

# %% [markdown]
# ## Firing modes against the current
#
# The same protocol over `n_currents` steady currents for 5000 time units, of which the first 2000
# are left out (RK4 with twice the step: the spike counts do not change). For each current we count
# the spikes of the complete bursts recorded (those cut by the record's ends are left out); one
# burst spanning the record is tonic firing, and unequal bursts are irregular bursting. The full
# model's equilibrium, continued in $I$ (`nr.analysis.continuation`), loses stability in a Hopf
# bifurcation, and bursting begins there.

# %%
currents = np.linspace(*I_range, n_currents)
recorded = nr.sweep(full_step, brian_start, model._replace(I=currents), duration=5000.0, dt=2 * dt,
                    param_axes=along("I"), monitors={"x": nr.StateMonitor("x")})


def firing_mode(trace):  # spikes per complete burst after t = 2000; 0: rest, -1: tonic firing, -2: irregular
    groups = nr.measures.spike_groups(spikes_of(trace, after=2000.0), 50.0)
    complete = {len(g) for g in groups[1:-1]}
    return 0 if not groups else -1 if len(groups) == 1 else complete.pop() if len(complete) == 1 else -2


modes = np.array([firing_mode(trace) for trace in recorded["x"]])
onset = nr.analysis.continuation(hindmarsh_rose, brian_start, model, "I", I_range[1], step=0.05, max_step=0.2)
I_onset = next(point.parameter for point in onset.bifurcations if point.kind == "hopf")

fig, ax = plt.subplots(figsize=(9, 3.5))
for mode, style, label in ((modes > 0, "o-", "bursting: spikes per burst"), (modes == 0, "o", "rest"),
                           (modes == -1, "s", "tonic firing"), (modes == -2, "x", "irregular bursting")):
    ax.plot(currents[mode], np.maximum(modes[mode], 0), style, ms=4, label=label)
ax.axvline(I_onset, color="k", lw=0.8, ls="--", label=f"full model's Hopf point, I = {I_onset:.3f}")
ax.set(xlabel="steady current I", ylabel="spikes per burst", title="Firing modes of the full model")
ax.legend(loc="upper left")
plt.show()

# %% [markdown]
# Bursting begins at the full model's Hopf bifurcation, $I \approx 1.27$ (in the limit $r \to 0$
# it is where the equilibrium crosses the lower fold of the Z-curve, $x = -4/3$:
# $I = 27/5 - 112/27 = 169/135$). The number of spikes per burst then grows one spike at a time,
# from 5 to 22, until near $I \approx 3.2$ the bursts turn irregular and give way to tonic
# firing.
#
# ## The fast–slow dissection at I = 2
#
# **Equilibria.** `nr.analysis.continuation` follows the fast subsystem's equilibria in $z$ from
# the lower branch at $z = I + 1.4$ down to $z = I - 1$, by pseudo-arclength round both folds,
# and locates the folds and the Hopf point. **Homoclinic point.** The branch of the saddle's
# unstable manifold that leaves towards depolarisation either winds onto the spiking cycle ($z$
# below the homoclinic point) or falls back to rest (above it); a vmapped run from the saddle
# at 33 values of $z$ tells which, and five rounds of this bisection locate $z_{hc}$ to ~1e-8.
# **Cycles.** `limit_cycles` on a grid of $z$ and at $z_{hc} - \delta$,
# $\delta = 10^{-3} \dots 3\cdot10^{-5}$, whose periods test the law of a homoclinic orbit to a
# saddle: the cycle lingers near the saddle for $\ln(1/\delta)/\lambda_u$, up to a constant.

# %%
burst = model._replace(I=I_burst)
branch = nr.analysis.continuation(fast_subsystem, Fast(-2.1, -21.0), burst._replace(z=I_burst + 1.4), "z",
                                    I_burst - 1.0, step=0.05, max_step=0.3)  # from near the lower branch
z_folds = sorted(point.parameter for point in branch.bifurcations if point.kind == "fold")
(z_hopf,) = [point for point in branch.bifurcations if point.kind == "hopf"]


def leave_saddle(z, p):  # the saddle's unstable eigenvalue, and a point 1e-6 off it towards depolarisation
    x = fast_equilibria(z, p)[1]
    saddle = Fast(x, p.c - p.d * x**2)
    values, vectors = np.linalg.eig(nr.analysis.jacobian(fast_subsystem, saddle, p._replace(z=z)))
    u = vectors[:, np.argmax(values.real)].real
    return values.real.max(), np.array(saddle) + 1e-6 * np.sign(u[0]) * u


z_low, z_high = z_folds[0] + 1e-3, z_folds[1] - 1e-3  # rest and saddle merge at the lower fold itself
for _ in range(5):
    grid = np.linspace(z_low, z_high, 33)
    departures = np.array([leave_saddle(z, burst)[1] for z in grid])
    ends = nr.sweep(fast_step, Fast(*departures.T), burst._replace(z=grid), duration=600.0, dt=dt,
                    batch_state=True, param_axes=along("z")).state
    at_rest = np.abs(np.asarray(ends.x) - [fast_equilibria(z, burst)[0] for z in grid]) < 1e-4
    z_low, z_high = grid[np.argmax(at_rest) - 1], grid[np.argmax(at_rest)]
z_hc = 0.5 * (z_low + z_high)

deltas = np.array([1e-3, 3e-4, 1e-4, 3e-5])
z_grid = np.concatenate([np.arange(1.4, z_hc - 0.01, 0.04), z_hc - deltas])
cycles, cycle_paths = limit_cycles(burst, z_grid)
periods = np.array([cycle.period for cycle in cycles])
law_slope, lambda_u = -np.polyfit(np.log(deltas), periods[-len(deltas):], 1)[0], leave_saddle(z_hc, burst)[0]
print(f"folds at z = {z_folds}; Hopf point at z = {z_hopf.parameter:.10f}; homoclinic point at z = "
      f"{z_hc:.8f} (± {0.5 * (z_high - z_low):.0e}); cycles at z_hc - δ: periods {periods[-len(deltas):]}, "
      f"all stable: {all(cycle.converged and abs(cycle.multipliers[1]) < 1 for cycle in cycles)}")

# %% [markdown]
# **The bursts in the $(z, x)$ plane.** Over the steady bursts of the $I = 2$ run of Fig. 6 we
# read $z$ at each burst's first and last spike, and the range of $z$.

# %%
z_trace = fig6["z"][k_burst]
z_first, z_last = (np.interp([g[i] for g in steady_bursts], z_trace.t, z_trace.values) for i in (0, -1))
z_late = z_trace.values[z_trace.t > steady_bursts[0][0] - 100.0]
print(f"z at the first spikes {z_first.min():.4f}–{z_first.max():.4f}, at the last {z_last.min():.4f}–"
      f"{z_last.max():.4f}; z ranges over {z_late.min():.4f}–{z_late.max():.4f}")

fig, ax = plt.subplots(figsize=(11, 5.5))
one_period = (z_trace.t >= steady_bursts[-2][0] - 200.0) & (z_trace.t <= steady_bursts[-1][0] - 200.0)
ax.plot(z_trace.values[one_period], fig6["x"][k_burst].values[one_period], color="C1", lw=0.6,
        label=f"full model, I = {I_burst} (one burst period)")
ax.plot(np.where(branch.stable, branch.parameter, np.nan), branch.y[:, 0], "k-", label="stable equilibria")
ax.plot(np.where(branch.stable, np.nan, branch.parameter), branch.y[:, 0], "k--", label="unstable equilibria")
cycle_x = np.array([[path[:, 0].max(), path[:, 0].min()] for path in cycle_paths])
ax.plot(np.r_[z_grid, np.nan, z_grid], np.r_[cycle_x[:, 0], np.nan, cycle_x[:, 1]], color="C0", lw=1.6,
        label="spiking cycles: max and min of x")
ax.plot(z_folds, [-4 / 3, 0.0], "o", ms=6, mfc="w", mec="k", label="folds")
ax.plot(z_hopf.parameter, z_hopf.y[0], "s", color="C3", ms=6, label="Hopf point")
ax.axvline(z_hc, color="C2", lw=0.9, ls=":", label="homoclinic point")
ax.set(xlim=(1.4, 3.2), ylim=(-2.2, 2.2), xlabel="z (frozen in the fast subsystem)", ylabel="x",
       title=f"Fast–slow dissection at I = {I_burst}: equilibria, spiking cycles and one burst period")
ax.legend(loc="lower right")
plt.show()

# %% [markdown]
# The Z-curve's lower branch is the rest state, the middle branch saddles, the upper branch an
# unstable focus (stable only above the Hopf point, close to the upper fold) surrounded by the
# stable spiking cycle. During the silent phase $z$ falls along the lower branch; a little past
# the lower fold, where rest disappears, the trajectory jumps to the cycle (the slow passage past
# a fold delays the jump: $z$ is 0.035 below the fold at the first spike). While the cell fires,
# $z$ rises until the cycle touches the saddle at $z_{hc}$ and vanishes: the last spike comes
# just before it ($\Delta z \approx 0.004$), and the trajectory falls back to rest. The Hopf point
# lies far beyond and plays no part in the bursts: fold/homoclinic, or square-wave, bursting.
# Near $z_{hc}$ the period of the cycles grows like $\ln(1/\delta)/\lambda_u$; the slope between
# successive $\delta$ still drifts by a few parts in a thousand over our range (the law holds as
# $\delta \to 0$), so we compare it with $1/\lambda_u$ to 1 %.
#
# ## The full model's equilibrium
#
# `nr.analysis.fixed_points` started from five points at $I = 2$ finds one equilibrium, compared
# with Cardano's formula for $x^3 + Bx^2 + Cx + D = 0$. It lies on the middle branch
# ($-4/3 < x < 0$), where the fast subsystem is a saddle, so the cell cannot rest.

# %%
full_points = nr.analysis.fixed_points(hindmarsh_rose, State(np.linspace(-2, 1, 5), *np.zeros((2, 5))), burst)
B, C, D = (d - b) / a, s / a, -(c + I_burst + s * x_R) / a  # x³ + B x² + C x + D = 0
p3, q2 = (C - B**2 / 3) / 3, (2 * B**3 / 27 - B * C / 3 + D) / 2  # t³ + 3 p3 t + 2 q2 = 0 with x = t − B/3
x_cardano = np.cbrt(-q2 + np.sqrt(q2**2 + p3**3)) + np.cbrt(-q2 - np.sqrt(q2**2 + p3**3)) - B / 3
print(f"{len(full_points.kind)} equilibrium, a {full_points.kind[0]}, at x = {full_points.flat[0, 0]:.12f}")

# %% [markdown]
# ## Replication check
#
# The reference values are in `data/hindmarsh_rose_1984/brian2_reference.json`: Brian 2's RK4
# with half our step (0.005) on the same equations and initial state. Both integrations are
# fourth order and converged (ours moves the burst period by 2·10⁻⁶ relative between the steps
# 0.05 and 0.01), so the periods must agree to well within 10⁻⁵ relative, and the spike counts
# exactly.

# %%
brian = nr.reference.load_json("hindmarsh_rose_1984/brian2_reference.json")["runs"]
x_H, counts = 1.0 - np.sqrt(2.0 / 3.0), [len(g) for g in steady_bursts]
abstract, ref = "Hindmarsh & Rose 1984, abstract", "data/hindmarsh_rose_1984/brian2_reference.json (Brian 2)"
bistable = two_variable.kind.count("saddle") == 1 and len(two_variable.kind) == 3 and two_variable.stable[0]
bistable = bool(bistable and spiking_cycle.converged and abs(spiking_cycle.multipliers[1]) < 1)
periodic = len(counts) >= 5 and len(set(counts)) == 1 and np.ptp(burst_periods) < 1e-3 * burst_periods.mean()
claims = [
    claim("two-variable model: 3 equilibria, one a saddle; a stable rest state and a stable cycle coexist",
          bistable, True, abstract, kind="qualitative"),
    claim("a short pulse: the two-variable model fires to the end, the full model an isolated burst",
          bool(spikes_2d[-1] > 900 and len(spikes_3d) > 1 and spikes_3d[-1] < 500), True, abstract,
          kind="qualitative"),
    claim(f"steady current I = {I_burst}: periodic bursting (≥ 5 equal bursts, periods equal to 1e-3)",
          bool(periodic), True, abstract, kind="qualitative"),
    claim("two-variable model: equilibria, max |x − closed form|", np.abs(two_variable.flat[:, 0] - [
          -(1 + np.sqrt(5)) / 2, -1.0, (np.sqrt(5) - 1) / 2]).max(), 0.0, "(x + 1)(x² + x − 1) = 0",
          kind="identity", abs_tol=1e-9),
    claim("fast subsystem: folds, max |z − closed form|", np.abs(np.subtract(z_folds, [I_burst - 5 / 27,
          I_burst + 1])).max(), 0.0, "z = I − 5/27, I + 1 (x = −4/3, 0)", kind="identity", abs_tol=1e-8),
    claim("fast subsystem: Hopf point, z", z_hopf.parameter, I_burst + 1 - 2 * x_H**2 - x_H**3,
          "trace J = 0 at x_H = 1 − √(2/3)", kind="identity", abs_tol=1e-8),
    claim("fast subsystem: Hopf frequency", z_hopf.frequency, np.sqrt(x_H * (3 * x_H + 4)), "√det J at x_H",
          kind="identity", rel_tol=1e-6),
    claim(f"full model: its one equilibrium at I = {I_burst}, x", full_points.flat[0, 0], x_cardano,
          "Cardano's formula", kind="identity", abs_tol=1e-9),
    claim("cycle period near the homoclinic point: dT/d(−ln(z_hc − z))", law_slope, 1 / lambda_u,
          "T ≈ −ln(z_hc − z)/λ_u, λ_u of the saddle", kind="identity", rel_tol=0.01),
    claim("each burst starts once z is past the lower fold, and ends as z passes the homoclinic point", bool(
          np.all(z_first < z_folds[0]) and np.all(z_last < z_hc) and z_late.max() > z_hc), True,
          "Desroches, Rinzel & Rodrigues 2022, Fig. 4 (square-wave HR)", kind="secondary"),
    claim(f"I = {fig6_currents[0]}: one isolated burst, spikes", len(spikes_of(fig6["x"][0])),
          brian[0]["n_spikes"], ref, kind="reference"),
    claim(f"I = {I_burst}: first burst from rest, spikes", len(fig6_bursts[k_burst][0]),
          brian[k_burst]["spikes_per_burst"][0], ref, kind="reference"),
    claim(f"I = {I_burst}: spikes per later burst", counts[-1], brian[k_burst]["spikes_per_burst"][-1], ref,
          kind="reference"),
    claim(f"I = {I_burst}: burst period", burst_periods.mean(),
          np.diff(brian[k_burst]["burst_starts"][1:]).mean(), ref, kind="reference", rel_tol=1e-5),
    claim(f"I = {fig6_currents[-1]}: tonic firing, last interspike interval",
          np.diff(spikes_of(fig6["x"][-1]))[-1], brian[-1]["last_isi"], ref, kind="reference", rel_tol=1e-5),
]
report(claims)
