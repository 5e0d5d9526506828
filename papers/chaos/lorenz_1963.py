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
# # Lorenz (1963): Deterministic nonperiodic flow
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/chaos/lorenz_1963.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/chaos/lorenz_1963.ipynb)
#
# Lorenz, E. N. (1963). Deterministic nonperiodic flow. *Journal of the Atmospheric Sciences*
# 20(2), 130–141.
# [doi:10.1175/1520-0469(1963)020<0130:DNF>2.0.CO;2](https://doi.org/10.1175/1520-0469(1963)020%3C0130:DNF%3E2.0.CO;2)
#
# Lorenz truncated the equations of convection in a fluid layer heated from below to three
# ordinary differential equations and integrated them numerically. Beyond a critical Rayleigh
# number the two states of steady convection are unstable, and the solution wanders for ever
# between them without repeating itself: the flow is deterministic, bounded and nonperiodic.
# Plotting each maximum of Z against the previous one, he found that they lie on a single
# cusp-shaped curve steeper than 45° everywhere, which rules out stable periodic behaviour; and
# he concluded that two states differing by imperceptible amounts eventually evolve into
# considerably different states, so that long-range weather prediction is impossible. That
# sensitivity was later quantified by the Lyapunov exponents of the attractor, which we also
# compute and compare with later published values.
#
# **Claims reproduced** (each with the kind of evidence it rests on, as in the table at the end)
# 1. *Published* — numbers printed in the paper's text. The steady states of convection, in
#    Lorenz's printout (ten times the value, integer part), read 0084, 0084, 0270 (p. 137). Run
#    from (0, 1, 0) with Δτ = 0.01, Y swings out once, spirals around a steady state with growing
#    amplitude "until near step 1650", and from then on changes sign irregularly (p. 137, Fig. 1).
#    The first maximum of Z is M₁ = 483 in the printout, and in the plot of successive maxima
#    (Fig. 4) the maxima near 385 are the ones followed by the largest maxima: the tip of the
#    cusp (p. 139).
# 2. *Identity* — the fixed points C, C' = (±√(b(r−1)), ±√(b(r−1)), r−1); C is stable for
#    1 < r < r_c and unstable above, the eigenvalues of its Jacobian crossing into the right
#    half-plane at r_c = σ(σ + b + 3)/(σ − b − 1) = 470/19 ≈ 24.74 (closed form, checked against
#    the eigenvalues and against simulations started next to C); the Lyapunov exponents sum to
#    the divergence −(σ + 1 + b), and one of them is zero (a flow).
# 3. *Qualitative* — successive maxima of Z fall on one thin curve M_{n+1} = f(M_n) whose slope
#    exceeds 1 in magnitude on both branches (Fig. 4, the paper's argument for non-periodicity);
#    two states 1e-8 apart end as far apart as two random states of the attractor (the paper's
#    conclusion on predictability).
# 4. *Secondary* — Lyapunov exponents λ1 = 0.9056, λ3 = −14.5723 (Sprott 2003, Appendix A, a
#    later computation), and the growth rate of the separation of nearby states, which is λ1.

# %% tags=["parameters"]
sigma = 10.0  # Prandtl number σ (dimensionless)
b = 8.0 / 3.0  # geometric factor b = 4 / (1 + a²) of the convection cell (dimensionless)
r = 28.0  # Rayleigh number over its critical value for the onset of convection (dimensionless)
dt = 0.01  # integration step Δτ, dimensionless time τ (Lorenz's Δτ = 0.01)
duration = 1000.0  # reference trajectory in τ (Lorenz's run: 6000 steps = 60); also the attractor sample
n_lyapunov_steps = 100_000  # steps of dt averaged over, per independent Lyapunov estimate
n_lyapunov_segments = 4  # independent estimates, from different points of the attractor
n_pairs = 64  # pairs of nearby trajectories for the sensitive-dependence test
perturbation = 1e-8  # initial distance between the two states of a pair
seed = 0  # random key: perturbation directions and starting points on the attractor

# %%
# Installs neurorepro when running on Colab or Kaggle; does nothing locally.
import os
import subprocess
import sys

if "google.colab" in sys.modules or "KAGGLE_KERNEL_RUN_TYPE" in os.environ:
    INSTALL = "neurorepro @ git+https://github.com/neurorepro/neurorepro@main"
    subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", INSTALL])

# %%
import jax

jax.config.update("jax_enable_x64", True)  # the Lyapunov sums and r_c need double precision

from collections import namedtuple

import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.replication import claim, report

# dpi 80 keeps the stored notebook small
plt.rcParams.update({"figure.dpi": 80, "figure.autolayout": True, "legend.fontsize": 8})

if duration < 500.0:  # the random starts of the sensitivity and Lyapunov tests need a long sample
    raise ValueError("duration must be at least 500: Lorenz's figures and the random starts need a long run")

# %% [markdown]
# ## The model
#
# In Lorenz's dimensionless variables (his Eqs. 25–27), X is the intensity of the convective
# motion, Y the temperature difference between the ascending and descending currents and Z the
# distortion of the vertical temperature profile from linearity:
#
# $$\dot X = -\sigma X + \sigma Y, \qquad \dot Y = -XZ + rX - Y, \qquad \dot Z = XY - bZ,$$
#
# where the dot is a derivative in the dimensionless time τ. The divergence of this flow is
# $\partial \dot X/\partial X + \partial \dot Y/\partial Y + \partial \dot Z/\partial Z = -(\sigma + 1 + b)$,
# a constant: every volume of phase space shrinks as $e^{-(\sigma+1+b)\tau}$, so the solutions
# end on a set of zero volume. The fixed points are the origin (no convection) and, for r > 1,
#
# $$C, C' = \left(\pm\sqrt{b(r-1)},\ \pm\sqrt{b(r-1)},\ r-1\right)$$
#
# (steady convection turning one way or the other).
#
# **Integration.** Lorenz integrated with Δτ = 0.01 by a "double-approximation" procedure, the
# second-order scheme now called Heun's method. We use classical fourth-order Runge–Kutta with
# the same step. The vector field `lorenz` is written once: `neurorepro.make_step(lorenz, "rk4")`
# is the step of every run, sweep and Lyapunov estimate below (`"heun"` gives Lorenz's scheme,
# for comparison), and `neurorepro.analysis` takes Jacobians, eigenvalues and the branch of C
# on the same function. Time here is the dimensionless τ: the runner labels its times in ms but
# never uses the unit, so a duration of 60 is simply τ = 60, i.e. 6000 steps.


# %%
State = namedtuple("State", "X Y Z")  # pytrees: X, Y, Z may each be a number or an array
Params = namedtuple("Params", "sigma b r")


def lorenz(t, y, p):
    """(dX/dτ, dY/dτ, dZ/dτ), elementwise: X, Y and Z may each hold a batch of states."""
    return State(X=p.sigma * (y.Y - y.X), Y=p.r * y.X - y.Y - y.X * y.Z, Z=y.X * y.Y - p.b * y.Z)


def C_at(r_values):
    """The steady state C = (√(b(r−1)), √(b(r−1)), r−1) at each r (the paper's formula), rows (X, Y, Z)."""
    amplitude = np.sqrt(b * (r_values - 1.0))
    return np.stack([amplitude, amplitude, r_values - 1.0], axis=-1)


def at_r(r_values):
    """Parameters batched over values of r, for sweeps."""
    return Params(np.full_like(r_values, sigma), np.full_like(r_values, b), r_values)


def xyz(result):
    """A run's X, Y and Z monitors stacked on a last axis."""
    return np.stack([result[name].values for name in State._fields], axis=-1)


step, model = nr.make_step(lorenz, "rk4"), Params(sigma, b, r)
monitors = {name: nr.StateMonitor(name) for name in State._fields}
r_c = sigma * (sigma + b + 3.0) / (sigma - b - 1.0)

steady_C, steady_C_prime = C_at(np.float64(r)) * np.array([[1.0, 1.0, 1.0], [-1.0, -1.0, 1.0]])

# %% [markdown]
# ## The reference trajectory
#
# Lorenz started from (X, Y, Z) = (0, 1, 0), just off the unstable origin. We run for
# `duration` (Lorenz's figures use its first 6000 steps; the rest fills the return map of
# Fig. 4), and the same start with his Heun scheme for comparison. States after τ = 30, when the
# initial slow spiral has ended, are taken as samples of the attractor: random ones (from
# `seed`) start the sensitivity and Lyapunov computations below, which is why `duration` must be
# long (a short stretch of trajectory samples the attractor unevenly). All the randomness comes
# from one uniform draw: indices of attractor states, and unit vectors uniform on the sphere
# (height uniform in [−1, 1], azimuth uniform: Archimedes).

# %%
start = State(*np.array([0.0, 1.0, 0.0]))
reference = nr.run(step, start, model, duration=duration, dt=dt, monitors=monitors)
heun_run = nr.run(nr.make_step(lorenz, "heun"), start, model, duration=30.0, dt=dt, monitors=monitors)
# Samples are taken after each step; put the initial state in front so that row n is step n.
trajectory, trajectory_heun = (np.vstack([np.array(start)[None], xyz(run)]) for run in (reference, heun_run))
tau = np.concatenate([[0.0], reference["X"].t])


def row_at(iteration):
    """Row of `trajectory` at Lorenz's iteration number n, which is τ = 0.01 n whatever our dt."""
    return int(round(iteration * 0.01 / dt))


attractor = trajectory[tau >= 30.0]
sizes = [2 * 4000, n_pairs, n_lyapunov_segments, n_pairs, n_pairs]
uniform = np.split(np.asarray(jax.random.uniform(jax.random.key(seed), (sum(sizes),))), np.cumsum(sizes)[:-1])
size_pairs, pair_origins, segment_starts = [(u * len(attractor)).astype(int) for u in uniform[:3]]
height, azimuth = 2.0 * uniform[3] - 1.0, 2.0 * np.pi * uniform[4]
radius = np.sqrt(1.0 - height**2)
directions = np.stack([radius * np.cos(azimuth), radius * np.sin(azimuth), height], axis=1)

# %% [markdown]
# ### Fig. 1 — Y during the first 3000 iterations
#
# As in Lorenz's Fig. 1, one panel per 1000 iterations. After one swing out of the origin, Y
# oscillates around C' with slowly growing amplitude (C' is an unstable focus: growth rate 0.094
# per unit τ, computed below), then flips irregularly between positive values (circling C) and
# negative ones (circling C'). The grey curve uses Lorenz's Heun scheme with the
# same Δτ: the two numerical solutions agree at first and then part ways — the truncation error of
# the scheme is itself a small perturbation that grows, the paper's point in miniature.
#
# Lorenz reports the amplified oscillations lasting "until near step 1650" (p. 137; the dashed
# line). With his Heun scheme the first irregular sign change of Y comes at step 1649, with RK4
# at step 1581: the spiral grows by only e^0.094 per unit τ from a small deviation left by the
# first swing, so a difference of a few per cent in that deviation, which the two schemes'
# truncation errors produce, moves the escape by 0.7 units of τ. The published step is compared
# with the run in Lorenz's own scheme, to ±25 steps (his "near", and half of the 50-step rounding
# that 1650 suggests).

# %%
def first_irregular_flip(path):
    """Lorenz's iteration number at which Y first changes sign after step 85 (the first swing is over)."""
    flips = np.flatnonzero(np.diff(np.sign(path[:, 1])) != 0) + 1
    return int(round(flips[flips > row_at(85)][0] * dt / 0.01))


print(f"Y first changes sign irregularly at step {first_irregular_flip(trajectory_heun)} (Heun), "
      f"{first_irregular_flip(trajectory)} (RK4); Lorenz: near step 1650")
fig, axes = plt.subplots(3, 1, figsize=(10, 6.5), sharey=True)
for row, ax in enumerate(axes):
    rows = np.arange(row_at(1000 * row), row_at(1000 * (row + 1)) + 1)
    ax.plot(tau[rows] / 0.01, trajectory_heun[rows, 1], color="0.65", lw=0.9, label="Heun (Lorenz's scheme)")
    ax.plot(tau[rows] / 0.01, trajectory[rows, 1], color="k", lw=1.0, label="RK4")
    ax.axhline(0.0, color="0.8", lw=0.6)
    ax.set(xlim=(1000 * row, 1000 * (row + 1)), ylabel="Y")
axes[0].legend(loc="upper right", ncol=2)
axes[1].axvline(1650, color="C3", ls="--", lw=0.8)  # Lorenz: amplified oscillations "until near step 1650"
axes[-1].set_xlabel("Lorenz's iteration number (τ / 0.01)")
fig.suptitle("Fig. 1 — Y for the first 3000 iterations (σ = 10, b = 8/3, r = 28)")
plt.show()

# %% [markdown]
# ### Fig. 2 — projections of iterations 1400–1900 on the X–Y and Y–Z planes
#
# Lorenz's Fig. 2 shows this segment of the trajectory, numbered every 100 iterations
# (14 = iteration 1400, …), with the steady states C and C'. Our segment is not his point for
# point (integration scheme and arithmetic differ, and differences grow), but it has the same
# anatomy: loops spiralling out around one steady state until the trajectory is thrown to the
# other. Below, the whole attractor in 3-D.

# %%
segment = slice(row_at(1400), row_at(1900) + 1)
numbered = [row_at(n) for n in range(1400, 1901, 100)]
fig, axes = plt.subplots(1, 2, figsize=(11, 4.6))
for ax, (col, name) in zip(axes, [(0, "X"), (2, "Z")]):
    ax.plot(trajectory[segment, 1], trajectory[segment, col], color="k", lw=0.9)
    ax.plot(trajectory[numbered, 1], trajectory[numbered, col], "o", color="C3", ms=3)
    ax.plot([steady_C[1], steady_C_prime[1]], [steady_C[col], steady_C_prime[col]], "s", color="C0", ms=6)
    for label, p in zip(range(14, 20), trajectory[numbered]):
        ax.annotate(str(label), (p[1], p[col]), fontsize=9, color="C3", xytext=(3, 3), textcoords="offset points")
    for label, p in [("C", steady_C), ("C'", steady_C_prime)]:
        ax.annotate(label, (p[1], p[col]), color="C0", fontsize=11, xytext=(5, -12), textcoords="offset points")
    ax.set(xlabel="Y", ylabel=name, title=f"Y–{name} plane")
fig.suptitle("Fig. 2 — projections of iterations 1400–1900 (numerals: iteration / 100)")
plt.show()

ax = plt.figure(figsize=(7, 6)).add_subplot(projection="3d")
ax.plot(*trajectory[(tau >= 30.0) & (tau <= 100.0)].T, color="k", lw=0.3)
ax.scatter(*np.stack([steady_C, steady_C_prime]).T, color="C0", s=25)
ax.set(xlabel="X", ylabel="Y", zlabel="Z", title="The attractor in 3-D, τ = 30–100 (blue: C, C')")
plt.show()

# %% [markdown]
# ## Stability of steady convection and the critical Rayleigh number
#
# Linearising about C gives the Jacobian of the vector field (`neurorepro.analysis.jacobian`,
# exact by automatic differentiation); its eigenvalues are the roots of Lorenz's cubic
# λ³ + (σ + b + 1)λ² + b(σ + r)λ + 2bσ(r − 1) = 0: one real negative root and a complex pair.
# The pair crosses the imaginary axis when r = r_c = σ(σ + b + 3)/(σ − b − 1) (a Hopf
# bifurcation, at frequency √(b(σ + r_c))); for σ = 10, b = 8/3 that is 470/19 ≈ 24.74, so
# Lorenz's r = 28 is "slightly supercritical". `neurorepro.analysis.continuation` follows C from
# r = 1.05 to 30 and reports the Hopf point, where it locates the zero of the largest real part
# by bisection along the branch; we also check the sign of the largest real part at every
# point of a grid of r of step 0.01 (all the Jacobians and eigenvalues, and those at Lorenz's
# r = 28, in one compiled, vmapped call).
# (This notebook used to interpolate that zero linearly between two grid points; bisection
# moves r_c by less than 10⁻⁶, below the digits shown.)
#
# As an independent check, `neurorepro.sweep` runs one simulation per r (a single compiled,
# vmapped call), each started 10⁻⁶ away from C; the fitted exponential rate at which the
# distance to C grows or decays must follow the same curve and change sign at the same r.

# %%
(hopf,) = nr.analysis.continuation(lorenz, State(*C_at(1.05)), Params(sigma, b, 1.05), "r", 30, step=0.2).bifurcations
r_grid = np.round(np.arange(1.05, 30.0 + 1e-9, 0.01), 10)
r_all = np.append(r_grid, r)  # the grid, then Lorenz's r
eigenvalues_at = jax.jit(jax.vmap(lambda y, p: nr.analysis.eigenvalues(nr.analysis.jacobian(lorenz, State(*y), p))))
eigenvalues = np.asarray(eigenvalues_at(C_at(r_all), at_r(r_all)))  # at C, by decreasing real part
largest_real_part, eigenvalues_at_C = eigenvalues[:-1, 0].real, eigenvalues[-1]
print(f"C = ({steady_C[0]:.4f}, {steady_C[1]:.4f}, {steady_C[2]:.4f}) at r = {r:g}: a "
      f"{nr.analysis.classify(eigenvalues_at_C)}, eigenvalues " + ", ".join(f"{z:.4f}" for z in eigenvalues_at_C))
print(f"Hopf point of C at r = {hopf.parameter:.6f}, |Im λ| = {hopf.frequency:.3f} (formulas: {r_c:.6f}, "
      f"√(b(σ + r_c)) = {np.sqrt(b * (sigma + r_c)):.3f})")

r_sim = np.round(np.arange(20.0, 30.0 + 1e-9, 0.1), 10)
near_C = State(*(C_at(r_sim) + 1e-6 / np.sqrt(3.0)).T)
around_C = nr.sweep(step, near_C, at_r(r_sim), duration=60.0, dt=dt, monitors=monitors, batch_state=True)
fit = around_C["X"].t >= 5.0  # after the fast real mode (≈ −13.7 per unit τ) has died out
log_distance = np.log(np.linalg.norm(xyz(around_C)[:, fit] - C_at(r_sim)[:, None], axis=-1))
growth_rate = np.polyfit(around_C["X"].t[fit], log_distance.T, 1)[0]
(r_c_from_simulation,) = nr.measures.threshold_crossings(growth_rate, r_sim, 0.0, interpolate=True)

# %% [markdown]
# A bifurcation-type view completes the picture: the maxima of Z over τ = 100–130 of runs started
# at Lorenz's (0, 1, 0), one per r (`neurorepro.bifurcation.orbit_diagram`, one vmapped sweep).
# Below r ≈ 24.06 the runs settle on C or C' (maxima on the line Z = r − 1, the last ones still
# spiralling in slowly); above, they stay on the chaotic attractor. So the chaotic attractor
# already exists a little below r_c, coexisting there with the stable C and C' — a window found
# after Lorenz's paper (Kaplan & Yorke 1979); above r_c no steady state is left to settle on.

# %%
r_view = np.round(np.linspace(20.0, 30.0, 401), 10)
Z_view = nr.bifurcation.orbit_diagram(step, start, at_r(r_view), variable="Z", n_transient=int(round(100.0 / dt)),
                                      n_record=int(round(30.0 / dt)), dt=dt)

fig, (ax, ax_view) = plt.subplots(1, 2, figsize=(12, 4.5))
ax.plot(r_grid, largest_real_part, color="k", lw=1.2, label="max Re λ of the Jacobian at C")
ax.plot(r_sim, growth_rate, "o", color="C1", ms=3, label="growth rate of simulations next to C")
ax.axhline(0.0, color="0.6", lw=0.7)
for panel in (ax, ax_view):
    panel.axvline(r_c, color="C3", ls="--", lw=1.0, label=f"r_c = 470/19 = {r_c:.2f}")
ax.set(xlabel="r", ylabel="largest real part (per unit τ)", title="Steady convection C becomes unstable at r_c")
ax.legend()
nr.plots.orbit_diagram(r_view, [nr.measures.peaks(Z).height for Z in Z_view], ax_view, xlabel="r",
                       ylabel="maxima of Z, τ = 100–130")
ax_view.plot(r_view, r_view - 1.0, color="C0", lw=0.8, ls=":", label="Z at C, C' (r − 1)")
ax_view.set_title("Bifurcation view, runs from (0, 1, 0)")
ax_view.legend(loc="upper left")
plt.show()

# %% [markdown]
# ## Fig. 4 — successive maxima of Z
#
# Lorenz took each relative maximum M_n of Z and plotted M_{n+1} against M_n (his Fig. 4, first
# 6000 iterations). The points fall on a single thin curve with a cusp, and the slope of that
# curve exceeds 1 in magnitude everywhere: any periodic sequence of maxima would be unstable,
# so the trajectories are nonperiodic. We locate each maximum between samples, at the vertex of
# the parabola through its three samples (`neurorepro.measures.peaks` with `refine=True`). This
# notebook used to place it with the exact Ż and Z̈ of the flow instead; the three-sample
# parabola errs by a few 10⁻³ (the cubic term of Z over ±Δτ), so the measured thickness of the
# curve grew from 0.0024 and 0.0019 to 0.0058 and 0.0082, still far below the 0.05 required,
# and the smallest slope on the right branch moved from 1.123 to 1.137.
#
# The checks, on each branch away from the cusp (0.3 on either side, where the slope diverges):
# *thin* — each point deviates little from the straight line through its two neighbours in
# M_n; *expanding* — linear fits over bins of width 0.5 in M_n all have |slope| > 1 (by the
# mean-value theorem a chord's slope is the curve's slope somewhere in the bin). The very first
# maximum, reached on the way out of the origin before the trajectory is on the attractor, is
# left out. "Thin" is taken as a 95th-percentile deviation below 0.05, half the resolution (0.1)
# of the printed maxima from which Lorenz drew the figure: at that resolution the points are one
# curve.
#
# **Lorenz's numbers for this figure** (p. 139, in his printout of ten times Z): the first
# maximum is M₁ = 483, and it "appears as if it had followed a maximum M₀ = 385", because the
# maxima near 385 are followed by close approaches to the origin and then by exceptionally large
# maxima. So the tip of the cusp, the M_n followed by the largest M_{n+1}, lies near Z = 38.5. We
# compare the first maximum's printed value exactly, and the M_n followed by the largest M_{n+1}
# of our long run with 38.5 ± 0.5 (his "near", taken as ±5 units of the printout).


# %%
def branch_checks(m_now, m_next, cusp, cusp_guard=0.3, bin_width=0.5):
    """Per branch (left, right of the cusp): the 95th percentile of the deviation from the line
    through each point's two neighbours, and (bin centre, slope) of linear fits over bins."""
    for side in (m_now < cusp - cusp_guard, m_now > cusp + cusp_guard):
        order = np.argsort(m_now[side])
        x, y = m_now[side][order], m_next[side][order]
        between = y[:-2] + (y[2:] - y[:-2]) * (x[1:-1] - x[:-2]) / (x[2:] - x[:-2])
        bin_of = ((x - x.min()) // bin_width).astype(int)
        fits = [(x.min() + (k + 0.5) * bin_width, np.polyfit(x[bin_of == k], y[bin_of == k], 1)[0])
                for k in np.unique(bin_of) if np.sum(bin_of == k) >= 3]
        yield np.percentile(np.abs(y[1:-1] - between), 95), np.array(fits)


maxima = nr.measures.peaks(trajectory[:, 2], tau, refine=True)
m_now, m_next = maxima.height[1:-1], maxima.height[2:]  # from the second maximum: the first leaves the origin
cusp = m_now[np.argmax(m_next)]
(thin_left, slopes_left), (thin_right, slopes_right) = branch_checks(m_now, m_next, cusp)
min_slope_left, min_slope_right = np.abs(slopes_left[:, 1]).min(), np.abs(slopes_right[:, 1]).min()
in_lorenz_run = maxima.t[2:] <= 60.0

fig, (ax, ax_slope) = plt.subplots(1, 2, figsize=(12, 5))
ax.plot(m_now, m_next, ".", color="0.6", ms=2.5, label=f"all {len(m_now)} pairs, τ ≤ {duration:g}")
ax.plot(m_now[in_lorenz_run], m_next[in_lorenz_run], "o", color="k", ms=3.5, mfc="none",
        label="first 6000 iterations (Lorenz's Fig. 4)")
lims = [m_now.min() - 1, m_now.max() + 1]
ax.plot(lims, lims, color="C3", lw=0.7, ls="--", label="$M_{n+1} = M_n$")
ax.set(xlim=lims, ylim=lims, aspect="equal", title="Fig. 4 — successive maxima of Z",
       xlabel="$M_n$ (a maximum of Z)", ylabel="$M_{n+1}$ (the next maximum)")
ax.legend(loc="lower right")
ax_slope.plot(slopes_left[:, 0], np.abs(slopes_left[:, 1]), "o-", ms=3, label="left branch")
ax_slope.plot(slopes_right[:, 0], np.abs(slopes_right[:, 1]), "s-", ms=3, label="right branch")
ax_slope.axhline(1.0, color="C3", ls="--", lw=1.0, label="|slope| = 1")
ax_slope.axvline(cusp, color="0.6", lw=0.7)
ax_slope.set(ylim=(0, None), xlabel="$M_n$", ylabel="$|dM_{n+1}/dM_n|$ (fits over bins of 0.5)",
             title="The map is expanding on both branches")
ax_slope.legend()
plt.show()

# %% [markdown]
# ## Sensitive dependence on initial conditions
#
# `n_pairs` random states of the attractor are each paired with a copy displaced by
# `perturbation` in a random direction, and all the pairs run together in one `neurorepro.run`
# (the vector field is elementwise, so X, Y and Z may each hold a [copy, pair] array). The
# ensemble average of ln(distance) grows linearly, at the rate of the largest Lyapunov
# exponent, until the distance reaches the size of the attractor: the two states are then as
# different as two states picked at random (the mean distance between independent points of
# the attractor). The rate is fitted from τ = 1 (once the separation has turned into the most
# unstable direction) until the mean distance reaches 10⁻³ of the attractor size (well inside
# the linear regime).

# %%
attractor_size = np.linalg.norm(attractor[size_pairs[0::2]] - attractor[size_pairs[1::2]], axis=1).mean()
origins = attractor[pair_origins]
pairs = State(*np.moveaxis(np.stack([origins, origins + perturbation * directions]), -1, 0))
separation_run = nr.run(step, pairs, model, duration=40.0, dt=dt, monitors=monitors)
t_sep = separation_run["X"].t
paths = xyz(separation_run)  # (time, copy, pair, X/Y/Z)
distance = np.linalg.norm(paths[:, 0] - paths[:, 1], axis=-1)
mean_log_distance = np.log(distance).mean(axis=1)

linear_regime = (t_sep >= 1.0) & (np.cumsum(mean_log_distance > np.log(1e-3 * attractor_size)) == 0)
growth_slope, offset = np.polyfit(t_sep[linear_regime], mean_log_distance[linear_regime], 1)
saturation_ratio = distance[t_sep >= t_sep[-1] - 10.0].mean() / attractor_size  # over the last 10 units of τ

fig, (ax, ax_pair) = plt.subplots(1, 2, figsize=(12, 4.5))
ax.plot(t_sep, distance[:, :20], color="0.75", lw=0.5)  # 20 of the pairs, to keep the figure legible
ax.plot(t_sep, np.exp(mean_log_distance), color="k", lw=1.6, label="geometric mean over pairs")
fit_t = t_sep[t_sep <= t_sep[linear_regime][-1] + 6.0]
ax.plot(fit_t, np.exp(offset + growth_slope * fit_t), "--", color="C3", label=f"fit: e^({growth_slope:.3f} τ)")
ax.axhline(attractor_size, color="C0", ls=":", label="mean distance of two random states")
ax.set(yscale="log", xlabel="τ", ylabel="distance between the two states",
       title=f"{n_pairs} pairs started {perturbation:g} apart (grey: 20 of them)")
ax.legend(loc="lower right")
ax_pair.plot(t_sep, paths[:, 0, 0, 0], color="k", lw=1.0, label="reference")
ax_pair.plot(t_sep, paths[:, 1, 0, 0], color="C3", lw=1.0, ls="--", label=f"displaced by {perturbation:g}")
ax_pair.set(xlabel="τ", ylabel="X", title="One pair: indistinguishable, then unrelated")
ax_pair.legend(loc="lower left")
fig.suptitle("Sensitive dependence on initial conditions")
plt.show()

# %% [markdown]
# ## Lyapunov spectrum
#
# `neurorepro.lyapunov_spectrum` carries three tangent vectors along the simulations' own RK4
# `step` (with the model's parameters) by `jax.jvp`, re-orthonormalises them by a QR
# decomposition at every step and averages the logarithms of the diagonal of R (Benettin et
# al. 1980). We make `n_lyapunov_segments` independent estimates, each over `n_lyapunov_steps`
# steps (τ = 1000 at the defaults) from a different random state of the attractor, displaced by
# about 10⁻⁹ (`nr.lyapunov.spectrum_over_starts`, one compiled, vmapped call; its mean and
# standard error).
#
# **What moved.** The starts used to be states copied from the reference trajectory. The RK4
# step applied to such a state retraces that trajectory bit for bit, so the four segments shared
# stretches of one orbit and were not independent estimates; displaced by 10⁻⁹ they become
# separate orbits within a few tens of time units. This notebook also used to hand
# the Lyapunov routine its own RK4 map with Δτ and the parameters compiled in as constants; the
# step now receives them as arguments, which changes the last bit of some operations. With both
# changes λ₁ moved from 0.9076 ± 0.0032 to 0.9088 ± 0.0026, λ₂ from −0.0005 to −0.0002 and λ₃
# from −14.5737 to −14.5751, within their scatter (see the tolerances below); their sum, fixed by
# the divergence, did not move.
#
# **Later values (secondary).** J. C. Sprott, *Chaos and Time-Series Analysis* (Oxford University Press,
# 2003), Appendix A, lists for the Lorenz attractor at σ = 10, b = 8/3, r = 28 the exponents
# (0.9056, 0, −14.5723) (base e, per unit time); his web page on this computation quotes
# (0.906, 0, −14.572) from RK4 with step 0.001 over more than 10⁹ steps.
#
# **Tolerances.** Finite-time averages fluctuate: over τ = 1000, λ₁ varies by about 0.005
# (standard deviation) from one starting state to another (measured on 12 starts while
# preparing this notebook; the segments' spread below estimates it again), so the mean of four
# segments is good to ≈ 0.003, and the bias from Δτ = 0.01 rather than 0.001 is smaller still.
# We require 0.02 on λ₁ and λ₃ (their fluctuations mirror each other) and 0.01 on λ₂. The sum
# is different: for the flow it is *exactly* the time average of the divergence,
# −(σ + 1 + b), because a tangent volume obeys d ln V/dτ = ∇·F, a constant here. The RK4 map
# only approximates this: per step, the log-determinant of its Jacobian differs from Δτ ∇·F by
# about Σ(Δτ μ)⁵/120 (μ the local eigenvalues, up to ≈ 20 in magnitude), some 10⁻⁴ per unit τ
# at Δτ = 0.01. We require 5·10⁻⁴.

# %%
# displaced by ~1e-9: a state copied from `trajectory` would retrace it, and the segments would overlap
segment_origins = nr.lyapunov.displaced(jax.random.fold_in(jax.random.key(seed), 1),
                                        State(*attractor[segment_starts].T))
estimate = nr.lyapunov.spectrum_over_starts(step, segment_origins, model, n_steps=n_lyapunov_steps, dt=dt)
spectra, spectrum, standard_error = estimate.samples, estimate.mean, estimate.standard_error
print("λ1, λ2, λ3 = " + ", ".join(f"{v:+.4f} ± {e:.4f}" for v, e in zip(spectrum, standard_error)) + " per unit τ")
print(f"Kaplan–Yorke dimension 2 + λ1/|λ3| = {2.0 + spectrum[0] / abs(spectrum[2]):.4f}")

# %% [markdown]
# ## Replication check
#
# **What the paper publishes.** Lorenz's numbers are those of his text and printout (pp. 137 and
# 139, compared above: the printed steady state, the first maximum M₁, the tip of the cusp of
# Fig. 4, the end of the amplified oscillations near step 1650); his critical Rayleigh number
# and the stability of C are closed forms, checked here as identities against the eigenvalues and
# the simulations. The paper predates Lyapunov exponents: their values come from a later source
# (Sprott 2003) and are labelled secondary, except their sum (the divergence) and the zero
# exponent of a flow, which are identities.

# %%
sprott = "Sprott 2003, Chaos and Time-Series Analysis, App. A"
formula, p137, p139 = "closed form 470/19", "Lorenz 1963, p. 137", "Lorenz 1963, p. 139 (Fig. 4)"


def printed(value):
    """Lorenz's printout of a variable: ten times its value, the figures left of the decimal point."""
    return int(np.trunc(10.0 * value))


claims = [
    claim("steady convection C printed: X = Y", ours=printed(steady_C[0]), paper=84, kind="published",
          source=f"{p137}: 0084, 0084, 0270"),
    claim("steady convection C printed: Z", ours=printed(steady_C[2]), paper=270, kind="published",
          source=f"{p137}: 0084, 0084, 0270"),
    claim("first maximum of Z, printed: M₁", ours=printed(maxima.height[0]), paper=483, kind="published",
          source=p139),
    claim("cusp: the maximum followed by the largest one", ours=cusp, paper=38.5, kind="published",
          source=f"{p139}: maxima near 385 (×10)", abs_tol=0.5),
    claim("Y's irregular sign changes begin (Heun, step)", ours=first_irregular_flip(trajectory_heun),
          paper=1650, kind="published", source=f"{p137}: near step 1650 (Fig. 1)", abs_tol=25),
    claim("C is a fixed point: max |dx/dτ| at C < 1e-9", paper=True, kind="identity",
          ours=bool(np.abs(lorenz(0.0, State(*steady_C), model)).max() < 1e-9), source="closed form of C"),
    claim("r grid points where sign(max Re λ) ≠ sign(r − r_c)", paper=0, kind="identity",
          ours=int(np.sum(np.sign(largest_real_part) != np.sign(r_grid - r_c))),
          source="closed form: C stable iff 1 < r < r_c"),
    claim("r_c: eigenvalue crossing vs formula", ours=hopf.parameter, paper=r_c, kind="identity",
          source=formula, abs_tol=1e-4),
    claim("r_c: sign change of simulated growth at C", ours=r_c_from_simulation, paper=r_c, kind="identity",
          source=formula, abs_tol=0.01),
    claim("Fig. 4: maxima on one thin curve (< 0.05)", ours=bool(max(thin_left, thin_right) < 0.05),
          paper=True, kind="qualitative", source="Lorenz 1963, pp. 138–139 (Fig. 4)"),
    claim("Fig. 4: |slope| > 1 on both branches", ours=bool(min(min_slope_left, min_slope_right) > 1.0),
          paper=True, kind="qualitative", source="Lorenz 1963, pp. 138–139 (Fig. 4)"),
    claim("states 1e-8 apart end as far apart as random ones (± 10 %)", paper=True, kind="qualitative",
          ours=bool(abs(saturation_ratio - 1.0) < 0.1), source="Lorenz 1963, abstract"),
    claim("growth rate of ln distance, pairs 1e-8 apart", ours=growth_slope, paper=0.9056, kind="secondary",
          source=f"{sprott} (λ1)", abs_tol=0.05),
    claim("largest Lyapunov exponent λ1", ours=spectrum[0], paper=0.9056, kind="secondary", source=sprott,
          abs_tol=0.02),
    claim("smallest Lyapunov exponent λ3", ours=spectrum[2], paper=-14.5723, kind="secondary", source=sprott,
          abs_tol=0.02),
    claim("middle Lyapunov exponent λ2 = 0", ours=spectrum[1], paper=0.0, kind="identity",
          source="a flow: zero exponent along the orbit", abs_tol=0.01),
    claim("λ1 + λ2 + λ3 = −(σ + 1 + b)", ours=spectrum.sum(), paper=-(sigma + 1.0 + b), kind="identity",
          source="sum = divergence of the flow", abs_tol=5e-4),
]
report(claims)
