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
# # FitzHugh (1961), Nagumo et al. (1962): gap-junction-coupled FitzHugh–Nagumo neurons, fixed points and Jacobians
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/analysis/fitzhugh_nagumo_gap_junction.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/analysis/fitzhugh_nagumo_gap_junction.ipynb)
#
# FitzHugh, R. (1961). Impulses and physiological states in theoretical models of nerve
# membrane. *Biophysical Journal* 1(6), 445–466.
# [doi:10.1016/S0006-3495(61)86902-6](https://doi.org/10.1016/S0006-3495(61)86902-6)
#
# Nagumo, J., Arimoto, S. & Yoshizawa, S. (1962). An active pulse transmission line simulating
# nerve axon. *Proceedings of the IRE* 50(10), 2061–2070.
# [doi:10.1109/JRPROC.1962.288235](https://doi.org/10.1109/JRPROC.1962.288235)
#
# FitzHugh generalised van der Pol's relaxation oscillator into a pair of equations, the
# "Bonhoeffer–van der Pol" (BVP) model, with one fast variable for excitability and one slow
# variable for refractoriness. Depending on a constant applied current it has either a stable
# singular point (the resting state) or a limit cycle (a train of impulses), and it summarises
# much of the Hodgkin–Huxley axon in one phase plane; Nagumo and colleagues built the same
# equations as an electronic circuit, an active transmission line simulating the axon. Here we join such cells by gap junctions, the electrical
# synapses whose current $g\,(v_j - v_i)$ flows down the voltage difference, following the
# coupled-FitzHugh–Nagumo example of the BrainPy gallery (which cites no paper for the
# coupling). The network is a small dynamical system whose analysis is done exactly: its fixed
# points are found by Newton's method from many starts (`nr.analysis.fixed_points`), their
# Jacobians (`nr.analysis.jacobian`) checked against the block Jacobian derived by hand, their
# eigenvalues followed as the input and the coupling change (`nr.analysis.continuation`), and
# simulations show how the junctions quench and synchronise oscillations.
#
# **Claims reproduced** (kind of evidence in brackets, as in the table at the end)
#
# 1. [identity] For b < 1 a network of FitzHugh–Nagumo cells joined by any gap-junction
#    conductances has exactly one fixed point, whatever the inputs (proved below): Newton's
#    method from 1000 random starts finds one, in each of the gallery's three networks and in
#    a pair of identical cells.
# 2. [identity] The toolkit's Jacobian at each fixed point equals the block Jacobian
#    $\begin{pmatrix}\mathrm{diag}(1 - v_i^2) - gL & -\mathbb{1}\\ \varepsilon\,\mathbb{1} & -\varepsilon b\,\mathbb{1}\end{pmatrix}$
#    ($L$ the graph Laplacian of the junctions).
# 3. [identity] Identical cells share one fixed point, $v_1 = v_2 = \dots = v^*$, the resting
#    state of a single cell (a root of a cubic); its eigenvalues are those of one 2×2 block
#    per Laplacian mode, in closed form: the in-phase mode is the single cell's, the
#    anti-phase modes are shifted by the coupling.
# 4. [identity] A single cell loses stability in Hopf bifurcations at
#    $v_H = \mp\sqrt{1 - \varepsilon b}$, i.e. at the currents
#    $I_H = v_H^3/3 - v_H + (v_H + a)/b$ with frequency $\omega_H = \sqrt{\varepsilon(1 - \varepsilon b^2)}$;
#    for FitzHugh's parameters ($\varepsilon = 1/c^2$) at $z = -I_H = -0.3465$ and $-1.4035$.
#    Two coupled identical cells have their in-phase Hopf points at the same currents for every
#    coupling, and their anti-phase ones where $v^{*2} = 1 - \varepsilon b - 2g$.
# 5. [qualitative] FitzHugh's abstract: the BVP model has "either a stable singular point or a
#    limit cycle", and "impulse trains occur … for a range of constant applied currents which
#    make the singular point representing the resting state unstable".
# 6. [secondary] The BrainPy gallery's fixed points of its three networks (two cells with
#    inputs (0, 0.6) and (0, 0.1), four cells with (0, 0, 0, 0.6), all junctions 0.1), within
#    the precision its optimiser's final loss allows.
#
# **Why no published number.** We had no access to the text or the figures of FitzHugh (1961)
# or Nagumo et al. (1962). FitzHugh's parameters $a = 0.7$, $b = 0.8$, $c = 3$ and the stimulus
# $z = -0.4$ come from the curated BioModels encoding of the 1961 paper (BIOMD0000000346), and
# its abstract (quoted there) is the only text of the paper we could check: its statements are
# claims 5, checked qualitatively. Neither paper is about gap junctions; the coupled networks
# and their numbers come from the BrainPy gallery (claims 6, secondary). Everything else is
# checked against closed forms derived here (claims 1–4).

# %% tags=["parameters"]
a = 0.7                   # FitzHugh's a (dimensionless); also the gallery's
b = 0.8                   # FitzHugh's b (dimensionless); also the gallery's
c = 3.0                   # FitzHugh's c, ratio of the time scales of x and y (dimensionless)
z_stimulus = -0.4         # FitzHugh's stimulus z in the BioModels encoding (negative depolarises)
tau = 12.5                # the gallery's time constant of w, so ε = 1/τ = 0.08 (dimensionless time)
g_gallery = 0.1           # the gallery's gap-junction conductance between every two cells
n_starts = 1000           # random starts of Newton's method per network (the gallery's 1000 candidates)
I_detuned = [0.4, 0.6]    # inputs of the two oscillators whose locking we follow
g_shown = [0.0, 0.01, 0.1]  # conductances of the synchronisation traces
dt = 0.05                 # RK4 step (dimensionless time)
duration = 3000.0         # length of each synchronisation run (dimensionless time)
seed = 0                  # root of the jax.random keys (Newton starts, initial states)

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

import jax

jax.config.update("jax_enable_x64", True)  # Jacobians and Hopf points compared to ~1e-12

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.replication import claim, report

plt.rcParams.update({"figure.dpi": 80, "figure.autolayout": True, "legend.fontsize": 8})
keys = jax.random.split(jax.random.key(seed), 2)  # Newton starts; initial states of the gallery's runs

# %% [markdown]
# ## The model
#
# FitzHugh's BVP equations, in his variables x, y, stimulus z and time t, are
# $\dot x = c\,(x - x^3/3 + y + z)$, $\dot y = -(x - a + b y)/c$. In his convention x falls
# when the membrane depolarises (the impulse is a downstroke), and a negative z depolarises.
# With $v = -x$, $w = y$, $I = -z$ and the time $c\,t$ they become the form used today, and
# by the gallery:
#
# $$\dot v = v - \frac{v^3}{3} - w + I, \qquad \dot w = \varepsilon\,(v + a - b\,w),$$
#
# with $\varepsilon = 1/c^2 = 1/9$ for FitzHugh's $c = 3$. The gallery takes
# $\varepsilon = 1/\tau = 0.08$ instead, a value common in later presentations of the model,
# with FitzHugh's a and b. The fixed points do not depend on ε (it multiplies the whole second
# equation); their eigenvalues and the time course do.
#
# Cells i = 1…N joined by gap junctions of conductance g receive in addition the current
# $g \sum_j A_{ij}(v_j - v_i) = -g\,(L v)_i$ (`nr.gap_junctions.coupling_current`), with A the
# 0/1 matrix of the junctions and $L = \mathrm{diag}(\sum_j A_{ij}) - A$ its graph Laplacian.
# The gallery joins every two cells (A = 1 off the diagonal). The equations are written once,
# as the vector field `fitzhugh_nagumo(t, cells, params)` of the state `Cells(v, w)` (one
# entry per cell); it serves FitzHugh's single cell, the gallery's networks, the fixed-point
# finder, the continuation and the runs, integrated by fourth-order Runge–Kutta
# (`nr.make_step(fitzhugh_nagumo, "rk4")`, step 0.05, far below the fast time scale 1).

# %%
class Cells(NamedTuple):
    v: jax.Array  # fast variable of each cell, excitation (FitzHugh's −x)
    w: jax.Array  # slow variable of each cell, recovery (FitzHugh's y)


class Params(NamedTuple):
    a: float
    b: float
    epsilon: float        # rate of the recovery variable: 1/c² (FitzHugh), 1/τ (the gallery)
    I: jax.Array          # constant input current of each cell (FitzHugh's −z)
    g: float              # gap-junction conductance
    junctions: jax.Array  # A: A_ij = 1 where cells i and j share a junction


def fitzhugh_nagumo(t, cells, p):
    v, w = cells
    gap = nr.gap_junctions.coupling_current(v, p.g * p.junctions)  # g Σ_j A_ij (v_j − v_i)
    return Cells(v=v - v**3 / 3 - w + p.I + gap, w=p.epsilon * (v + p.a - p.b * w))


step = nr.make_step(fitzhugh_nagumo, "rk4")
V_ONLY = {"v": nr.StateMonitor("v")}
V_AND_W = {**V_ONLY, "w": nr.StateMonitor("w")}


# cells with the given inputs, every two of them joined by a junction of conductance g
def network(inputs, g=g_gallery, epsilon=1 / tau):
    n = len(inputs)
    return Params(a, b, epsilon, np.asarray(inputs, float), g, np.ones((n, n)) - np.eye(n))


# %% [markdown]
# ## Closed forms
#
# **Fixed points.** At a fixed point $w_i = (v_i + a)/b$, and the v-equations become
# $F(v) = v^3/3 + (1/b - 1)\,v + a/b - I + g L v = 0$ (powers taken cell by cell). The
# Jacobian of F, $\mathrm{diag}(v_i^2 + 1/b - 1) + gL$, is symmetric positive definite when
# $b < 1$ and $g \ge 0$ (L is positive semidefinite), so F is strictly monotone and has at most
# one zero, and it has one since it grows like $v^3$. **Every network of these cells has
# exactly one fixed point, whatever its inputs and conductances.** With identical inputs it is
# the single cell's resting state, $v_i = v^*$ for all i (the coupling current vanishes), the
# real root of $v^3/3 + (1/b - 1)v + a/b - I = 0$.
#
# **Jacobian.** With the variables in the toolkit's order (all v, then all w),
# $J = \begin{pmatrix}\mathrm{diag}(1 - v_i^2) - gL & -\mathbb{1}\\ \varepsilon\,\mathbb{1} & -\varepsilon b\,\mathbb{1}\end{pmatrix}$.
# At a symmetric fixed point each eigenvector of L with eigenvalue μ (μ = 0 for the in-phase
# mode; μ = Ng, N − 1 times, for the all-to-all network) gives a 2×2 block whose eigenvalues
# solve $\lambda^2 - (\alpha - \varepsilon b)\lambda + \varepsilon(1 - b\alpha) = 0$,
# $\alpha = 1 - v^{*2} - \mu$.
#
# **Hopf points.** The determinant $\varepsilon(1 - b\alpha) = \varepsilon(1 - b + b v^{*2} + b\mu)$
# is positive (b < 1), so a mode loses stability only where its trace vanishes, $\alpha = \varepsilon b$:
# at $v^{*2} = 1 - \varepsilon b - \mu$, through a pair $\pm i\omega_H$ with
# $\omega_H^2 = \varepsilon(1 - \varepsilon b^2)$, the same for every mode. For a single cell
# (and the in-phase mode, for every g) that is $v_H = \mp\sqrt{1 - \varepsilon b}$ and the
# input $I_H = v_H^3/3 - v_H + (v_H + a)/b$; the anti-phase mode of two cells waits until
# $v^{*2} = 1 - \varepsilon b - 2g$: the junctions stabilise the antisymmetric direction.

# %%
# ∂f/∂(v, w) at a fixed point with potentials v, derived by hand (variables: all v, then all w)
def block_jacobian(v, p):
    one, laplacian = np.eye(len(v)), np.diag(p.junctions.sum(axis=1)) - p.junctions
    return np.block([[np.diag(1 - v**2) - p.g * laplacian, -one],
                     [p.epsilon * one, -p.epsilon * p.b * one]])


# a single cell's fixed point: the real root of v³/3 + (1/b − 1) v + a/b − I = 0
def resting_v(I):
    roots = np.roots([1 / 3, 0.0, 1 / b - 1, a / b - I])
    return roots[np.abs(roots.imag) < 1e-9].real[0]


# the two eigenvalues of the Laplacian mode μ at a symmetric fixed point v
def mode_eigenvalues(v, mu, epsilon):
    alpha = 1 - v**2 - mu  # the block is [[α, −1], [ε, −εb]]
    return np.roots([1.0, -(alpha - epsilon * b), epsilon * (1 - b * alpha)])


# input at which the mode μ of identical cells changes stability (side −1: on the lower branch)
def hopf_current(epsilon, mu=0.0, side=-1):
    v = side * np.sqrt(1 - epsilon * b - mu)
    return v**3 / 3 - v + (v + a) / b


# %% [markdown]
# ## FitzHugh's BVP model: a stable resting point or a train of impulses
#
# With FitzHugh's parameters (ε = 1/9) the closed forms put the Hopf points at
# $z_H = -I_H = -0.3465$ and $-1.4035$. `nr.analysis.continuation` follows the resting state
# of one cell from I = 0 to I = 2 by pseudo-arclength and locates where a complex pair of
# eigenvalues crosses the imaginary axis. One `nr.sweep` then integrates the cell at 37 stimuli
# z from −1.6 to 0.2, each from FitzHugh's resting point at z = 0, for 1500 units of the time
# $c\,t$, and counts the impulses (upward crossings of v = 0) in the last 1000: a train is at
# least two. The phase planes (`nr.plots.phase_plane`, with the fixed point from
# `nr.analysis.fixed_points`) show the two regimes: at z = 0 a shock that puts v at −0.5 fires
# one impulse and the cell returns to rest; at z = −0.4 (the stimulus of the BioModels
# encoding) the resting state is unstable and the cell, started there, fires for ever.

# %%
fitzhugh = Params(a, b, 1 / c**2, 0.0, 0.0, np.zeros((1, 1)))  # one cell; I = −z, time c·t
rest = Cells(np.array([resting_v(0.0)]), np.array([(resting_v(0.0) + a) / b]))
branch = nr.analysis.continuation(fitzhugh_nagumo, rest, fitzhugh, "I", 2.0, step=0.02, max_step=0.1, tol=1e-12)
z_hopf = -np.array([point.parameter for point in branch.bifurcations if point.kind == "hopf"])
print(f"resting point at z = 0: x = {-rest.v[0]:.4f}, y = {rest.w[0]:.4f}; Hopf points z = {z_hopf.round(8)}")

z_values = np.round(np.linspace(-1.6, 0.2, 37), 12)
z_sweep = nr.sweep(step, rest, fitzhugh._replace(I=-z_values), duration=1500.0, dt=dt, monitors=V_ONLY,
                   param_axes=Params(None, None, None, 0, None, None), progress=False)
late = z_sweep["v"].t > 500.0
v_late, t_late = z_sweep["v"].values[:, late, 0], z_sweep["v"].t[late]
fires = np.array([len(nr.measures.threshold_crossings(v, t_late, 0.0, interpolate=True)) >= 2 for v in v_late])
unstable = (z_values > z_hopf[1]) & (z_values < z_hopf[0])

fig, axes = plt.subplots(1, 3, figsize=(15, 4.2))
regimes = {}
for ax, z, shocked in zip(axes, (0.0, z_stimulus), (-0.5, rest.v[0])):
    p = fitzhugh._replace(I=-z)
    point = nr.analysis.fixed_points(fitzhugh_nagumo, Cells(rest.v[None], rest.w[None]), p, tol=1e-12)
    run = nr.run(step, rest._replace(v=np.array([shocked])), p, duration=150.0, dt=dt, monitors=V_AND_W,
                 progress=False)
    regimes[z] = point, len(nr.measures.threshold_crossings(run["v"].values[:, 0], run["v"].t, 0, interpolate=True))
    nr.plots.phase_plane(fitzhugh_nagumo, rest, p, (-2.5, 2.5), (-1.0, 2.0), ax, fixed_points=point,
                         trajectories=[np.hstack([run["v"].values, run["w"].values])], labels=("v", "w"))
    ax.set_title(f"z = {z:g}: {point.kind[0]}, {regimes[z][1]} impulse(s) in 150 time units")
axes[2].plot(-branch.parameter, np.where(branch.stable, branch.y[:, 0], np.nan), "k-", label="stable rest")
axes[2].plot(-branch.parameter, np.where(branch.stable, np.nan, branch.y[:, 0]), "k:", label="unstable rest")
axes[2].vlines(z_values[fires], v_late.min(axis=1)[fires], v_late.max(axis=1)[fires], color="tab:orange",
               label="impulse train: range of v")
axes[2].vlines(z_hopf, -2.2, 2.2, colors="tab:red", lw=0.8, ls="--", label="Hopf points (continuation)")
axes[2].set(xlabel="stimulus z = −I", ylabel="v", title="FitzHugh's BVP model (a = 0.7, b = 0.8, c = 3) against z")
axes[2].legend(frameon=False, loc="upper left")
plt.show()

# %% [markdown]
# A constant stimulus shifts the cubic nullcline up or down. The impulse trains appear, at
# full amplitude, exactly where the resting point moves onto the middle branch and turns
# unstable, and stop where it leaves it, as FitzHugh's abstract says; on this grid no stimulus
# has a stable resting point and an impulse train at once. The resting point at z = 0,
# x = 1.1994, y = −0.6243 in FitzHugh's variables, is a stable focus.
#
# ## Fixed points of coupled cells: the gallery's three networks
#
# We look for the fixed points as the gallery does, from 1000 random starts (normal, standard
# deviation 2), but by Newton's method (`nr.analysis.fixed_points`) rather than by gradient
# descent on the squared speed. Newton's method stops once the residual is below `tol`, which
# leaves a point up to tol/σ_min from the exact one (σ_min ≈ 0.05, the smallest singular value
# of the Jacobian): we ask for 1e-14 rather than the default 1e-9, so that the points are exact
# to ~1e-13 and can be compared with the closed forms to 1e-12. The gallery's networks: two
# cells with inputs (0, 0.6) and (0, 0.1), and four cells with (0, 0, 0, 0.6), every two
# joined by g = 0.1. We add two identical cells at I = 0.4, where the closed forms predict the
# in-phase mode unstable and the anti-phase mode stable.
#
# The gallery also simulates each network for 300 time units from random states (uniform in
# [−2, 2]); so do we (`nr.run`, one panel per network). The fixed points predict what the
# runs do: with inputs (0, 0.1) the fixed point is a stable focus and both cells settle there;
# with (0, 0.6) it is a saddle-focus and the pair oscillates around it, the driven cell
# dragging its partner; in the four-cell network the three undriven cells move together; and
# the two identical cells, whose anti-phase mode is stable and in-phase mode unstable, fall
# into step and fire in phase.

# %%
GALLERY = {  # inputs: the fixed point (v, w) and the final loss printed by the gallery
    (0.0, 0.6): ([-1.1731516, -0.73801606], [-0.59144118, -0.04753834], 6.8918834e-15),
    (0.0, 0.1): ([-1.19613916, -1.14106972], [-0.62017396, -0.55133715], 2.01213341e-24),
    (0.0, 0.0, 0.0, 0.6): ([-1.17905465, -1.19006061, -1.17904012, -0.81757202],
                           [-0.59764936, -0.58889147, -0.59766085, -0.14496394], 5.78896779e-09),
}
I_identical = 0.4
fig, axes = plt.subplots(1, 4, figsize=(18, 3.4), sharey=True)
found = {}
for k, (ax, inputs) in enumerate(zip(axes, [*GALLERY, (I_identical, I_identical)])):
    starts = Cells(*2.0 * jax.random.normal(jax.random.fold_in(keys[0], k), (2, n_starts, len(inputs))))
    found[inputs] = fp = nr.analysis.fixed_points(fitzhugh_nagumo, starts, network(inputs), tol=1e-14)
    print(f"inputs {inputs}: {len(fp.flat)} fixed point, v = {np.round(fp.y.v[0], 6)}, {fp.kind[0]}, "
          f"eigenvalues {np.round(fp.eigenvalues[0], 4)}")
    start = Cells(*jax.random.uniform(jax.random.fold_in(keys[1], k), (2, len(inputs)), minval=-2, maxval=2))
    run = nr.run(step, start, network(inputs), duration=300.0, dt=dt, monitors=V_ONLY, progress=False)
    for line, v_fixed in zip(ax.plot(run["v"].t, run["v"].values, lw=1), fp.y.v[0]):
        ax.axhline(v_fixed, color=line.get_color(), ls=":", lw=1)
    ax.set(title=f"inputs {inputs}: {fp.kind[0]}", xlabel="time")
axes[0].set_ylabel("v (dotted: fixed point)")
plt.show()
jacobian_error = max(np.abs(nr.analysis.jacobian(fitzhugh_nagumo, Cells(fp.y.v[0], fp.y.w[0]), network(i))
                            - block_jacobian(fp.y.v[0], network(i))).max() for i, fp in found.items())
symmetric, v_star = found[(I_identical, I_identical)], resting_v(I_identical)
modes = np.concatenate([mode_eigenvalues(v_star, mu, 1 / tau) for mu in (0.0, 2 * g_gallery)])
mode_error = np.abs(np.sort_complex(symmetric.eigenvalues[0]) - np.sort_complex(modes)).max()
print(f"|toolkit − block Jacobian| ≤ {jacobian_error:.1e}; |eigenvalues − closed form| ≤ {mode_error:.1e}")

# %% [markdown]
# ## Eigenvalues against the input and the coupling
#
# **Identical cells, against the input.** `nr.analysis.continuation` follows the symmetric
# fixed point of two identical cells (g = 0.1, ε = 0.08) as their common input I goes from 0
# to 2. The in-phase pair of eigenvalues (the single cell's) should cross the imaginary axis
# at $I_H$ whatever g; the anti-phase pair, pushed left by 2g, later.
#
# **Different inputs, against the coupling.** With one cell at rest (I₁ = 0) and the other
# driven (I₂), the fixed point is no longer symmetric. We solve it on a grid of 81 × 101
# values of (I₂, g) by one vmapped Newton solve per point (`nr.analysis.newton` from the
# resting state; the fixed point is unique), take its eigenvalues (`nr.analysis.jacobian`,
# `nr.analysis.eigenvalues`) and name it (`nr.analysis.classify`).

# %%
identical = network([0.0, 0.0])._replace(I=0.0)  # one input I shared by both cells: a scalar parameter
pair_branch = nr.analysis.continuation(fitzhugh_nagumo, Cells(np.full(2, -1.2), np.full(2, -0.6)), identical,
                                       "I", 2.0, step=0.02, max_step=0.1, tol=1e-12)
pair_hopf = [point.parameter for point in pair_branch.bifurcations if point.kind == "hopf"]


def speed(z, p):  # the field as a function of the flat state (v1, v2, w1, w2)
    return jnp.concatenate(fitzhugh_nagumo(0.0, Cells(*z.reshape(2, -1)), p))


def solve(p):  # the fixed point of one network (Newton from rest) and its eigenvalues
    z, converged = nr.analysis.newton(speed, jnp.array([-1.2, -1.2, -0.6, -0.6]), p, 1e-12, 50)
    J = nr.analysis.jacobian(fitzhugh_nagumo, Cells(*z.reshape(2, -1)), p)
    return converged, nr.analysis.eigenvalues(J)


I2_axis, g_axis = np.linspace(0.0, 2.0, 81), np.linspace(0.0, 1.0, 101)
I2_grid, g_grid = np.meshgrid(I2_axis, g_axis)
grid = network([0.0, 0.0])._replace(I=np.stack([0 * I2_grid, I2_grid], axis=-1).reshape(-1, 2), g=g_grid.ravel())
converged, grid_eigenvalues = jax.vmap(solve, in_axes=(Params(*[None] * 3, 0, 0, None),))(grid)
KINDS = ["stable node", "stable focus", "saddle", "saddle-focus", "unstable node", "unstable focus"]
kind_map = np.reshape([KINDS.index(nr.analysis.classify(e)) for e in np.asarray(grid_eigenvalues)], I2_grid.shape)
growth = np.asarray(grid_eigenvalues).real.max(axis=-1).reshape(I2_grid.shape)  # largest Re λ
quench = np.interp(0.0, -growth[:, I2_axis.searchsorted(0.6)], g_axis)  # where the pair with I2 = 0.6 turns stable
print(f"Newton converged at {int(np.sum(converged))} of {converged.size} grid points; I2 = 0.6: stable from "
      f"g = {quench:.3f}")

fig, axes = plt.subplots(1, 2, figsize=(14, 4.6))
I_line = np.linspace(0.0, 2.0, 401)
for mu, name in ((0.0, "in-phase"), (2 * g_gallery, "anti-phase")):
    axes[0].plot(I_line, [mode_eigenvalues(resting_v(I), mu, 1 / tau).real.max() for I in I_line],
                 label=f"{name} mode (closed form)")
axes[0].plot(np.repeat(pair_branch.parameter, 4), pair_branch.eigenvalues.real.ravel(), "k.", ms=3,
             label="continuation (all four)")
axes[0].vlines(pair_hopf, -0.2, 0.6, colors="tab:red", ls="--", lw=0.8, label="Hopf points")
axes[0].set(xlabel="common input I", ylabel="Re λ", ylim=(-0.2, 0.6), title=f"identical cells, g = {g_gallery}")
kinds_shown = axes[1].pcolormesh(I2_axis, g_axis, kind_map, cmap=plt.get_cmap("Set2", len(KINDS)), vmin=-0.5,
                                 vmax=len(KINDS) - 0.5, shading="nearest")
fig.colorbar(kinds_shown, ax=axes[1], ticks=range(len(KINDS))).ax.set_yticklabels(KINDS)
axes[1].plot([0.6, 0.1], [g_gallery, g_gallery], "k*", ms=10)
axes[1].contour(I2_axis, g_axis, growth, [0.0], colors="k", linewidths=1)  # where the pair turns unstable
axes[1].set(xlabel="input of the driven cell I₂ (I₁ = 0)", ylabel="g",
            title="fixed point of two different cells (★ the gallery's)")
axes[0].legend(frameon=False, loc="upper right")
plt.show()

# %% [markdown]
# The continuation finds four Hopf points on the symmetric branch: the in-phase pair of
# eigenvalues crosses at the single cell's $I_H$ and again at its upper Hopf point, the
# anti-phase pair in between, as the closed forms say, and all four at the same frequency
# $\omega_H$. For two different cells the junctions do more. A driven cell that fires alone
# (I₂ between the single cell's Hopf points, 0.33 and 1.42) is held at rest by a resting
# partner once g is large enough, because strongly coupled cells act as one cell with the mean
# input I₂/2: the pair is quenched for I₂ = 0.6 above g ≈ 0.64, but not for I₂ = 1.0 (not up
# to g = 1, and not in the limit either: its mean input 0.5 is above $I_H$). The gallery's two
# pairs lie on either side of the boundary: (0, 0.6) oscillates, (0, 0.1) rests.
#
# ## Synchronisation: in-phase locking as the coupling grows
#
# Two cells that both fire but with different inputs, I = 0.4 and 0.6, have different
# periods alone (42.4 and 37.9 time units). One `nr.sweep` runs the pair for 28 conductances
# from 0 to 0.3; over the second half of each run we measure each cell's mean period and the
# mean distance |v1 − v2| of the two potentials, zero only if they fire exactly in phase.

# %%
g_values = np.unique(np.concatenate([g_shown, np.geomspace(1e-3, 0.3, 25)]))
start = Cells(np.array([-1.2, 1.5]), np.array([-0.6, 0.5]))
locking = nr.sweep(step, start, network(I_detuned)._replace(g=g_values), duration=duration, dt=dt, monitors=V_ONLY,
                   param_axes=Params(None, None, None, None, 0, None), progress=False)
t, late, v = locking["v"].t, locking["v"].t > duration / 2, locking["v"].values
impulse_times = [nr.measures.threshold_crossings(x[late], t[late], 0.0, interpolate=True) for x in v]
periods = np.array([[np.diff(times).mean() for times in cells] for cells in impulse_times])
locked = np.abs(periods[:, 0] - periods[:, 1]) < 1e-3 * periods[:, 1]
mismatch = np.abs(v[:, late, 0] - v[:, late, 1]).mean(axis=1)  # 0 when the two cells fire in phase
print(f"1:1 locking from g = {g_values[locked].min():.4f} (not at {g_values[~locked].max():.4f}); mean |v1 − v2| "
      f"{mismatch[0]:.2f} at g = 0, {mismatch[locked][0]:.2f} at locking, {mismatch[-1]:.2f} at g = {g_values[-1]}")

fig, axes = plt.subplots(1, len(g_shown) + 1, figsize=(16, 3.4))
for ax, g in zip(axes, g_shown):
    shown = t > duration - 250.0
    ax.plot(t[shown], v[np.flatnonzero(g_values == g)[0]][shown], lw=1)
    ax.set(title=f"two detuned cells, g = {g:g}", xlabel="time", ylabel="v")
axes[-1].semilogx(g_values[1:], np.column_stack([periods[1:], 10 * mismatch[1:]]), ".-")
axes[-1].legend(["period, I = 0.4", "period, I = 0.6", "10 × mean |v1 − v2|"], frameon=False)
axes[-1].set(xlabel="g", title="periods and mismatch against g")
plt.show()

# %% [markdown]
# Weak junctions barely change the two periods; from g ≈ 0.02 the cells lock 1:1 at a common
# period, the slower cell firing a little after the faster one, and the mismatch keeps
# shrinking as g grows: the stronger the junction, the closer to in-phase. (For identical
# cells the in-phase state is exact, the single cell's cycle, and the last panel of the
# gallery figure above shows two of them falling into it.)
#
# ## Replication check
#
# The identities are compared to 1e-12 (Jacobians, eigenvalues and fixed points, solved to a
# residual of 1e-14) and 1e-9 (Hopf points: the continuation's corrector stops at a residual of
# 1e-12, which leaves the point up to ~2e-11 off the branch, and bisects to ~1e-12 of its step).
#
# **How precise the gallery's fixed points are.** The gallery minimised, by gradient descent,
# a loss and stopped at the values it prints. By our reading of BrainPy's `SlowPointFinder`
# (given the model itself, it uses the model's update step, BrainPy's default 0.1), the loss
# is the mean squared change of v over one step plus that of w, so a point with loss ℓ has the
# speed $|f| \approx \sqrt{N\ell}/0.1$ (N cells); our field at the gallery's printed points has
# that speed, for the two networks whose loss is above the rounding of the printed digits
# (printed below). A point with speed |f| lies within $|f|/\sigma_{\min}(J)$ of the true fixed
# point, to first order ($\sigma_{\min}$ the smallest singular value of its Jacobian); with half
# a unit of the last printed digit (5e-9) added, that is each claim's tolerance. For the four-cell
# network it is 0.02: the gallery's three identical cells differ from one another by 0.011,
# which the true fixed point (claim 3, symmetry) does not allow.

# %%
BRAINPY_DT = 0.1  # BrainPy's default step, with which the gallery's loss was computed
gallery_claims = []
for inputs, (v_gallery, w_gallery, loss) in GALLERY.items():
    fp, implied_speed = found[inputs], np.sqrt(len(inputs) * loss) / BRAINPY_DT
    at_gallery = np.linalg.norm(speed(np.concatenate([v_gallery, w_gallery]), network(inputs)))
    tolerance = implied_speed / np.linalg.svd(fp.jacobian[0], compute_uv=False).min() + 5e-9
    print(f"inputs {inputs}: speed at the gallery's point {at_gallery:.2e}, from its loss {implied_speed:.2e}")
    gallery_claims += [claim(f"gallery, inputs {inputs}: fixed point, v of cell {k + 1}", fp.y.v[0][k], v,
                             "BrainPy gallery, gap-junction-coupled FHN (printed output)", kind="secondary",
                             abs_tol=tolerance) for k, v in enumerate(v_gallery)]

four, eps, eps_f, g = found[(0.0, 0.0, 0.0, 0.6)], 1 / tau, 1 / c**2, g_gallery
identities = [  # (claim, ours, closed form, tolerance)
    *[(f"inputs {i}: fixed points from {n_starts} starts", len(fp.flat), 1, None) for i, fp in found.items()],
    ("nr.analysis.jacobian = block Jacobian, 4 networks (largest |difference|)", jacobian_error, 0.0, 1e-12),
    ("identical cells: v1 = v2 = v*, the single cell's rest (largest |v_i − v*|)",
     np.abs(symmetric.y.v[0] - v_star).max(), 0.0, 1e-12),
    ("identical cells: eigenvalues = in-phase and anti-phase blocks (largest |diff.|)", mode_error, 0.0, 1e-12),
    ("four cells: the three identical cells share v (spread)", np.ptp(four.y.v[0][:3]), 0.0, 1e-12),
    ("FitzHugh's cell: Hopf point z_H = −I_H, lower branch", z_hopf[0], -hopf_current(eps_f), 1e-9),
    ("FitzHugh's cell: Hopf point z_H = −I_H, upper branch", z_hopf[1], -hopf_current(eps_f, side=1), 1e-9),
    ("FitzHugh's cell: Hopf frequency ω_H = √(ε(1 − εb²))", branch.bifurcations[0].frequency,
     np.sqrt(eps_f * (1 - eps_f * b**2)), 1e-9),
    ("identical cells: 1st Hopf point = single cell's I_H (in-phase)", pair_hopf[0], hopf_current(eps), 1e-9),
    ("identical cells: 2nd Hopf point, anti-phase (v*² = 1 − εb − 2g)", pair_hopf[1], hopf_current(eps, 2 * g),
     1e-9),
    ("identical cells: 3rd Hopf point, anti-phase, upper branch", pair_hopf[2], hopf_current(eps, 2 * g, 1), 1e-9),
]
abstract = "FitzHugh 1961, abstract (quoted in BioModels BIOMD0000000346)"
(rest_point, rest_impulses), (train_point, train_impulses) = regimes[0.0], regimes[z_stimulus]
claims = [
    *[claim(name, ours, closed, "derived above (Closed forms)", kind="identity", abs_tol=tol)
      for name, ours, closed, tol in identities],
    claim("z = 0: stable singular point, a shock fires one impulse; z = −0.4: unstable, impulse train",
          bool(rest_point.stable[0] and rest_impulses == 1 and not train_point.stable[0] and train_impulses > 2),
          True, abstract, kind="qualitative"),
    claim("impulse trains exactly where the resting point is unstable (37 stimuli z)",
          bool(np.array_equal(fires, unstable)), True, abstract, kind="qualitative"),
    *gallery_claims,
]
report(claims)
