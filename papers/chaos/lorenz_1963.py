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
# compute and compare with the standard published values.
#
# **Claims reproduced**
# 1. The origin and the steady states of convection C, C' = (±√(b(r−1)), ±√(b(r−1)), r−1) are
#    the fixed points; C and C' are stable for 1 < r < r_c and unstable above, the eigenvalues
#    of the Jacobian at C crossing into the right half-plane at
#    r_c = σ(σ + b + 3)/(σ − b − 1) = 470/19 ≈ 24.74 (paper, linear stability of steady
#    convection); simulations started next to C grow or decay at the predicted rate.
# 2. At σ = 10, b = 8/3, r = 28 > r_c, C and C' are unstable and the solution is nonperiodic:
#    Y swings irregularly between the two lobes (Fig. 1) and the trajectory circles C and C'
#    (Fig. 2).
# 3. Successive maxima of Z fall on one thin cusp-shaped curve M_{n+1} = f(M_n) whose slope
#    exceeds 1 in magnitude on both branches, the paper's argument for non-periodicity (Fig. 4).
# 4. Two states 1e-8 apart separate exponentially, at a rate equal to the largest Lyapunov
#    exponent, until they are as far apart as two random states of the attractor (paper's
#    conclusion on predictability).
# 5. Lyapunov spectrum (0.9056, 0, −14.5723) (Sprott 2003, Appendix A), whose sum is the
#    divergence of the flow, −(σ + 1 + b) = −13.6667, by a mathematical identity.

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

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.integrators import heun, rk4
from neurorepro.replication import claim, report

plt.rcParams["figure.dpi"] = 80  # dense line plots: keeps the stored notebook small

if duration < 500.0:
    raise ValueError("duration must be at least 500: the figures need Lorenz's 6000 iterations (τ = 60), "
                     "and the random starts of the sensitivity and Lyapunov tests a long sample of the attractor")

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
# second-order scheme now called Heun's method. We use classical fourth-order Runge–Kutta
# (`neurorepro.integrators.rk4`) with the same step; the trajectories are run by `neurorepro.run`
# as a step function on a state pytree. Time here is the dimensionless τ: the runner labels its
# times in ms but never uses the unit, so a duration of 60 is simply τ = 60, i.e. 6000 steps.


# %%
def lorenz_field(t, xyz, params):
    """(dX/dτ, dY/dτ, dZ/dτ) for states xyz[..., (X, Y, Z)] of any leading shape."""
    X, Y, Z = xyz[..., 0], xyz[..., 1], xyz[..., 2]
    return jnp.stack([params["sigma"] * (Y - X), params["r"] * X - Y - X * Z, X * Y - params["b"] * Z], axis=-1)


def lorenz_step(state, params, clock):
    return {"xyz": rk4(lorenz_field, clock.t, state["xyz"], clock.dt, params)}


def lorenz_step_heun(state, params, clock):
    """Lorenz's own second-order scheme, for comparison in Fig. 1."""
    return {"xyz": heun(lorenz_field, clock.t, state["xyz"], clock.dt, params)}


def as_params(sigma, b, r):
    return {"sigma": jnp.asarray(sigma, float), "b": jnp.asarray(b, float), "r": jnp.asarray(r, float)}


def convective_steady_state(params):
    """C, the steady state of convection with X, Y > 0 (C' is its mirror image in X, Y)."""
    amplitude = jnp.sqrt(params["b"] * (params["r"] - 1.0))
    return jnp.stack([amplitude, amplitude, params["r"] - 1.0], axis=-1)


@jax.jit
@jax.vmap
def linearise_at_C(r_value):
    """For one r: C, the vector field at C (zero at a fixed point) and its Jacobian there (jax.jacfwd)."""
    params = as_params(sigma, b, r_value)
    steady = convective_steady_state(params)
    field = lambda xyz: lorenz_field(0.0, xyz, params)  # noqa: E731
    return steady, field(steady), jax.jacfwd(field)(steady)


model = as_params(sigma, b, r)
r_critical = sigma * (sigma + b + 3.0) / (sigma - b - 1.0)
divergence = -(sigma + 1.0 + b)
# One compiled call linearises at every r of the stability sweep below, with Lorenz's r appended.
r_grid = np.round(np.arange(1.05, 30.0 + 1e-9, 0.01), 10)
C_grid, field_at_C, jacobians = map(np.asarray, linearise_at_C(jnp.asarray(np.append(r_grid, r))))
steady_C = C_grid[-1]
steady_C_prime = steady_C * np.array([-1.0, -1.0, 1.0])
residual_at_C = np.abs(field_at_C[-1]).max()
print(f"C  = ({steady_C[0]:.4f}, {steady_C[1]:.4f}, {steady_C[2]:.4f}), C' = mirror image in X, Y; "
      f"the field vanishes there to rounding error: {residual_at_C < 1e-12}")
print(f"r_c = σ(σ + b + 3)/(σ − b − 1) = {r_critical:.4f};  divergence −(σ + 1 + b) = {divergence:.4f}")

# %% [markdown]
# ## The reference trajectory
#
# Lorenz started from (X, Y, Z) = (0, 1, 0), just off the unstable origin. We run for
# `duration` (Lorenz's figures use its first 6000 steps; the rest fills the return map of
# Fig. 4), and the same start with his Heun scheme for comparison. States after τ = 30, when the
# initial slow spiral has ended, are taken as samples of the attractor: random ones (from
# `seed`) start the sensitivity and Lyapunov computations below, which is why `duration` must be
# long (a short stretch of trajectory samples the attractor unevenly).

# %%
start = {"xyz": jnp.array([0.0, 1.0, 0.0])}
monitors = {"xyz": nr.StateMonitor("xyz")}
reference = nr.run(lorenz_step, start, model, duration=duration, dt=dt, monitors=monitors)
# Samples are taken after each step; put the initial state in front so that row n is step n.
trajectory = np.vstack([np.asarray(start["xyz"])[None], reference["xyz"].values])
tau = np.concatenate([[0.0], reference["xyz"].t])
heun_run = nr.run(lorenz_step_heun, start, model, duration=30.0, dt=dt, monitors=monitors)
trajectory_heun = np.vstack([np.asarray(start["xyz"])[None], heun_run["xyz"].values])
LORENZ_STEP = 0.01  # Lorenz's Δτ: his "iteration n" is τ = 0.01 n, whatever our dt


def row_at(iteration):
    """Row of `trajectory` at Lorenz's iteration number."""
    return int(round(iteration * LORENZ_STEP / dt))


on_attractor = tau >= 30.0
attractor = trajectory[on_attractor]


def random_draws(key, n_states):
    """All the notebook's randomness, from one uniform draw: indices of attractor states, and unit
    vectors uniform on the sphere (height uniform in [−1, 1], azimuth uniform: Archimedes)."""
    sizes = {"size_pairs": 2 * 4000, "pair_origins": n_pairs, "segment_starts": n_lyapunov_segments,
             "heights": n_pairs, "azimuths": n_pairs}
    uniform = np.asarray(jax.random.uniform(key, (sum(sizes.values()),)))
    part = dict(zip(sizes, np.split(uniform, np.cumsum(list(sizes.values()))[:-1])))
    height, azimuth = 2.0 * part["heights"] - 1.0, 2.0 * np.pi * part["azimuths"]
    radius = np.sqrt(1.0 - height**2)
    return {
        "size_pairs": (part["size_pairs"] * n_states).astype(int).reshape(-1, 2),
        "pair_origins": (part["pair_origins"] * n_states).astype(int),
        "segment_starts": (part["segment_starts"] * n_states).astype(int),
        "directions": np.stack([radius * np.cos(azimuth), radius * np.sin(azimuth), height], axis=1),
    }


draws = random_draws(jax.random.key(seed), len(attractor))
print(f"{len(trajectory) - 1} RK4 steps up to τ = {tau[-1]:.0f}; ranges of X, Y, Z: "
      f"{np.ptp(trajectory[:, 0]):.1f}, {np.ptp(trajectory[:, 1]):.1f}, {np.ptp(trajectory[:, 2]):.1f}")

# %% [markdown]
# ### Fig. 1 — Y during the first 3000 iterations
#
# As in Lorenz's Fig. 1, one panel per 1000 iterations. After one swing out of the origin, Y
# oscillates around C' with slowly growing amplitude (C' is an unstable focus: growth rate 0.094
# per unit τ, computed below), then flips irregularly between positive values (circling C) and
# negative ones (circling C'). The grey curve uses Lorenz's Heun scheme with the
# same Δτ: the two numerical solutions agree at first and then part ways — the truncation error of
# the scheme is itself a small perturbation that grows, the paper's point in miniature.

# %%
fig, axes = plt.subplots(3, 1, figsize=(10, 6.5), sharey=True)
for row, ax in enumerate(axes):
    rows = np.arange(row_at(1000 * row), row_at(1000 * (row + 1)) + 1)
    ax.plot(tau[rows] / LORENZ_STEP, trajectory_heun[rows, 1], color="0.65", lw=0.9, label="Heun (Lorenz's scheme)")
    ax.plot(tau[rows] / LORENZ_STEP, trajectory[rows, 1], color="k", lw=1.0, label="RK4")
    ax.axhline(0.0, color="0.8", lw=0.6)
    ax.set_xlim(1000 * row, 1000 * (row + 1))
    ax.set_ylabel("Y")
axes[0].legend(loc="upper right", fontsize=8, ncol=2)
axes[-1].set_xlabel("Lorenz's iteration number (τ / 0.01)")
fig.suptitle("Fig. 1 — Y for the first 3000 iterations (σ = 10, b = 8/3, r = 28)")
fig.tight_layout()
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
fig, axes = plt.subplots(1, 2, figsize=(11, 4.6))
for ax, (col, name) in zip(axes, [(0, "X"), (2, "Z")]):
    ax.plot(trajectory[segment, 1], trajectory[segment, col], color="k", lw=0.9)
    for n in range(1400, 1901, 100):
        Y_n, other_n = trajectory[row_at(n), 1], trajectory[row_at(n), col]
        ax.plot(Y_n, other_n, "o", color="C3", ms=3)
        ax.annotate(str(n // 100), (Y_n, other_n), fontsize=9, color="C3", xytext=(3, 3), textcoords="offset points")
    for point, label in [(steady_C, "C"), (steady_C_prime, "C'")]:
        ax.plot(point[1], point[col], "s", color="C0", ms=6)
        ax.annotate(label, (point[1], point[col]), color="C0", fontsize=11, xytext=(5, -12),
                    textcoords="offset points")
    ax.set_xlabel("Y")
    ax.set_ylabel(name)
    ax.set_title(f"Y–{name} plane")
fig.suptitle("Fig. 2 — projections of iterations 1400–1900 (numerals: iteration / 100)")
fig.tight_layout()
plt.show()

shown = on_attractor & (tau <= 100.0)
fig = plt.figure(figsize=(7, 6))
ax = fig.add_subplot(projection="3d")
ax.plot(*trajectory[shown].T, color="k", lw=0.3)
ax.scatter(*np.stack([steady_C, steady_C_prime]).T, color="C0", s=25)
ax.set_xlabel("X")
ax.set_ylabel("Y")
ax.set_zlabel("Z")
ax.set_title("The attractor in 3-D, τ = 30–100 (blue: C, C')")
plt.show()

# %% [markdown]
# ## Stability of steady convection and the critical Rayleigh number
#
# Linearising about C gives the Jacobian of the vector field, computed above with `jax.jacfwd`;
# its eigenvalues are the roots of Lorenz's cubic
# λ³ + (σ + b + 1)λ² + b(σ + r)λ + 2bσ(r − 1) = 0: one real negative root and a complex pair.
# The pair crosses the imaginary axis when r = r_c = σ(σ + b + 3)/(σ − b − 1) (a Hopf
# bifurcation, at frequency √(b(σ + r_c))); for σ = 10, b = 8/3 that is 470/19 ≈ 24.74, so
# Lorenz's r = 28 is "slightly supercritical". We sweep r on a grid of step 0.01 and locate the
# zero of the largest real part by linear interpolation.
#
# As an independent check, `neurorepro.sweep` runs one simulation per r (a single compiled,
# vmapped call), each started 10⁻⁶ away from C; the fitted exponential rate at which the
# distance to C grows or decays must follow the same curve and change sign at the same r.


# %%
def zero_crossing(x, y):
    """x where y changes sign (exactly once, from negative to positive), linearly interpolated."""
    (k,) = np.flatnonzero((y[:-1] < 0) & (y[1:] >= 0))
    return x[k] - y[k] * (x[k + 1] - x[k]) / (y[k + 1] - y[k])


eigenvalues = np.linalg.eigvals(jacobians[:-1])
largest_real_part = eigenvalues.real.max(axis=1)
r_c_from_eigenvalues = zero_crossing(r_grid, largest_real_part)
wrong_sign = int(np.sum(np.sign(largest_real_part) != np.sign(r_grid - r_critical)))
hopf_frequency = np.abs(eigenvalues[np.argmin(np.abs(r_grid - r_c_from_eigenvalues))].imag).max()
eigenvalues_at_r = np.sort_complex(np.linalg.eigvals(jacobians[-1]))
print(f"eigenvalues at C for r = {r:g}: " + ", ".join(f"{z.real:.4f} {z.imag:+.4f}i" for z in eigenvalues_at_r))
print(f"C is stable (all Re λ < 0) on the grid for r < r_c and unstable above, "
      f"except at {wrong_sign} of {len(r_grid)} grid points")
print(f"largest real part crosses zero at r = {r_c_from_eigenvalues:.6f} (formula {r_critical:.6f}); "
      f"|Im λ| there {hopf_frequency:.3f}, √(b(σ + r_c)) = {np.sqrt(b * (sigma + r_critical)):.3f}")

r_sim = np.round(np.arange(20.0, 30.0 + 1e-9, 0.1), 10)
on_grid = np.searchsorted(r_grid, r_sim - 1e-9)
near_C = {"xyz": jnp.asarray(C_grid[on_grid] + 1e-6 / np.sqrt(3.0))}
sim_batch = as_params(np.full_like(r_sim, sigma), np.full_like(r_sim, b), r_sim)
around_C = nr.sweep(lorenz_step, near_C, sim_batch, duration=60.0, dt=dt, monitors=monitors, batch_state=True)
growth_rate = []
for C_k, trace in zip(C_grid[on_grid], around_C["xyz"]):
    fit = trace.t >= 5.0  # after the fast real mode (≈ −13.7 per unit τ) has died out
    growth_rate.append(np.polyfit(trace.t[fit], np.log(np.linalg.norm(trace.values[fit] - C_k, axis=-1)), 1)[0])
growth_rate = np.array(growth_rate)
r_c_from_simulation = zero_crossing(r_sim, growth_rate)
print(f"simulated growth rates match the eigenvalues within "
      f"{np.abs(growth_rate - largest_real_part[on_grid]).max():.1e} per unit τ; "
      f"they change sign at r = {r_c_from_simulation:.4f}")

# %% [markdown]
# A bifurcation-type view completes the picture: the maxima of Z over τ = 100–130 of runs started
# at Lorenz's (0, 1, 0), one per r (again a single `neurorepro.sweep` call). Below r ≈ 24.06 the
# runs settle on C or C' (maxima on the line Z = r − 1, the last ones still spiralling in slowly);
# above, they stay on the chaotic attractor. So the chaotic attractor already exists a little
# below r_c, coexisting there with the stable C and C' — a window found after Lorenz's paper
# (Kaplan & Yorke 1979); above r_c no steady state is left to settle on.

# %%
r_view = np.round(np.linspace(20.0, 30.0, 401), 10)
view_batch = as_params(np.full_like(r_view, sigma), np.full_like(r_view, b), r_view)
view = nr.sweep(lorenz_step, start, view_batch, duration=130.0, dt=dt, chunk_steps=6500,
                monitors={"Z": nr.StateMonitor("xyz", indices=(2,))})
view_r, view_Z_max = [], []
for r_value, trace in zip(r_view, view["Z"]):
    Z = trace.values[trace.t > 100.0, 0]
    peaks = np.flatnonzero((Z[1:-1] > Z[:-2]) & (Z[1:-1] >= Z[2:])) + 1
    Z_max = Z[peaks] if peaks.size else Z[-1:]
    view_r.append(np.full(Z_max.shape, r_value))
    view_Z_max.append(Z_max)

fig, axes = plt.subplots(1, 2, figsize=(12, 4.5))
ax = axes[0]
ax.plot(r_grid, largest_real_part, color="k", lw=1.2, label="max Re λ of the Jacobian at C")
ax.plot(r_sim, growth_rate, "o", color="C1", ms=3, label="growth rate of simulations next to C")
ax.axhline(0.0, color="0.6", lw=0.7)
ax.axvline(r_critical, color="C3", ls="--", lw=1.0, label=f"r_c = 470/19 = {r_critical:.2f}")
ax.set_xlabel("r")
ax.set_ylabel("largest real part (per unit τ)")
ax.set_title("Steady convection C becomes unstable at r_c")
ax.legend(fontsize=8)
ax = axes[1]
ax.scatter(np.concatenate(view_r), np.concatenate(view_Z_max), s=0.3, color="k", lw=0)
ax.plot(r_view, r_view - 1.0, color="C0", lw=0.8, ls=":", label="Z at C, C' (r − 1)")
ax.axvline(r_critical, color="C3", ls="--", lw=1.0)
ax.set_xlabel("r")
ax.set_ylabel("maxima of Z, τ = 100–130")
ax.set_title("Bifurcation view, runs from (0, 1, 0)")
ax.legend(fontsize=8, loc="upper left")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Fig. 4 — successive maxima of Z
#
# Lorenz took each relative maximum M_n of Z and plotted M_{n+1} against M_n (his Fig. 4, first
# 6000 iterations). The points fall on a single thin curve with a cusp, and the slope of that
# curve exceeds 1 in magnitude everywhere: any periodic sequence of maxima would be unstable,
# so the trajectories are nonperiodic. We locate the maxima between samples: at a sampled peak
# the flow gives Ż and Z̈ (a `jax.jvp` of Ż along the vector field), and the top of the local
# parabola is Z − Ż²/(2Z̈).
#
# The checks, on each branch away from the cusp (0.3 on either side, where the slope diverges):
# *thin* — each point deviates little from the straight line through its two neighbours in
# M_n; *expanding* — linear fits over bins of width 0.5 in M_n all have |slope| > 1 (by the
# mean-value theorem a chord's slope is the curve's slope somewhere in the bin). The very first
# maximum, reached on the way out of the origin before the trajectory is on the attractor, is
# left out.


# %%
@jax.jit
def peak_height(xyz_at_peak, params):
    """Top of the parabola through Z, Ż and Z̈ (exact derivatives along the flow) at sampled peaks."""
    velocity = lorenz_field(0.0, xyz_at_peak, params)
    z_dot, z_ddot = jax.jvp(lambda u: lorenz_field(0.0, u, params)[..., 2], (xyz_at_peak,), (velocity,))
    return xyz_at_peak[..., 2] - z_dot**2 / (2.0 * z_ddot)


def branch_checks(m_now, m_next, cusp_guard=0.3, bin_width=0.5):
    """Per branch (left, right of the cusp): the 95th percentile of the deviation from the line
    through each point's two neighbours, and (bin centre, slope) of linear fits over bins."""
    cusp = m_now[np.argmax(m_next)]
    out = []
    for side in (m_now < cusp - cusp_guard, m_now > cusp + cusp_guard):
        order = np.argsort(m_now[side])
        x, y = m_now[side][order], m_next[side][order]
        between = y[:-2] + (y[2:] - y[:-2]) * (x[1:-1] - x[:-2]) / (x[2:] - x[:-2])
        thickness = np.percentile(np.abs(y[1:-1] - between), 95)
        bins = []
        for low in np.arange(x.min(), x.max(), bin_width):
            inside = (x >= low) & (x < low + bin_width)
            if inside.sum() >= 3:
                bins.append((low + bin_width / 2, np.polyfit(x[inside], y[inside], 1)[0]))
        out.append((thickness, np.array(bins)))
    return cusp, out


Z = trajectory[:, 2]
peaks = np.flatnonzero((Z[1:-1] > Z[:-2]) & (Z[1:-1] >= Z[2:])) + 1
M = np.asarray(peak_height(jnp.asarray(trajectory[peaks]), model))
m_now, m_next = M[1:-1], M[2:]  # from the second maximum on: the first is the exit from the origin
in_lorenz_run = tau[peaks[2:]] <= 60.0
cusp, ((thin_left, slopes_left), (thin_right, slopes_right)) = branch_checks(m_now, m_next)
min_slope_left = np.abs(slopes_left[:, 1]).min()
min_slope_right = np.abs(slopes_right[:, 1]).min()
print(f"{len(M)} maxima ({np.sum(tau[peaks] <= 60.0)} in Lorenz's 6000 iterations); cusp at M_n ≈ {cusp:.2f}")
print(f"thickness (95th percentile): left {thin_left:.4f}, right {thin_right:.4f};  "
      f"smallest |slope|: left {min_slope_left:.3f}, right {min_slope_right:.3f}")

fig, axes = plt.subplots(1, 2, figsize=(12, 5))
ax = axes[0]
ax.plot(m_now, m_next, ".", color="0.6", ms=2.5, label=f"all {len(m_now)} pairs, τ ≤ {duration:g}")
ax.plot(m_now[in_lorenz_run], m_next[in_lorenz_run], "o", color="k", ms=3.5, mfc="none",
        label="first 6000 iterations (Lorenz's Fig. 4)")
lims = [m_now.min() - 1, m_now.max() + 1]
ax.plot(lims, lims, color="C3", lw=0.7, ls="--", label="$M_{n+1} = M_n$")
ax.set_xlim(lims)
ax.set_ylim(lims)
ax.set_aspect("equal")
ax.set_xlabel("$M_n$ (a maximum of Z)")
ax.set_ylabel("$M_{n+1}$ (the next maximum)")
ax.set_title("Fig. 4 — successive maxima of Z")
ax.legend(fontsize=8, loc="lower right")
ax = axes[1]
ax.plot(slopes_left[:, 0], np.abs(slopes_left[:, 1]), "o-", ms=3, label="left branch")
ax.plot(slopes_right[:, 0], np.abs(slopes_right[:, 1]), "s-", ms=3, label="right branch")
ax.axhline(1.0, color="C3", ls="--", lw=1.0, label="|slope| = 1")
ax.axvline(cusp, color="0.6", lw=0.7)
ax.set_ylim(0, None)
ax.set_xlabel("$M_n$")
ax.set_ylabel("$|dM_{n+1}/dM_n|$ (fits over bins of 0.5)")
ax.set_title("The map is expanding on both branches")
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Sensitive dependence on initial conditions
#
# `n_pairs` random states of the attractor are each paired with a copy displaced by
# `perturbation` in a random direction, and all the pairs run together in one `neurorepro.run`
# (the vector field accepts any batch shape). The ensemble average of ln(distance) grows
# linearly, at the rate of the largest Lyapunov exponent, until the distance reaches the size of
# the attractor: the two states are then as different as two states picked at random (the mean
# distance between independent points of the attractor). The rate is fitted from τ = 1 (once
# the separation has turned into the most unstable direction) until the mean distance reaches
# 10⁻³ of the attractor size (well inside the linear regime).

# %%
attractor_size = np.linalg.norm(attractor[draws["size_pairs"][:, 0]] - attractor[draws["size_pairs"][:, 1]], axis=1).mean()
origins = attractor[draws["pair_origins"]]
pairs = {"xyz": jnp.asarray(np.stack([origins, origins + perturbation * draws["directions"]]))}
separation_run = nr.run(lorenz_step, pairs, model, duration=40.0, dt=dt, monitors=monitors)
t_sep = separation_run["xyz"].t
paths = separation_run["xyz"].values  # (time, copy, pair, X/Y/Z)
distance = np.linalg.norm(paths[:, 0] - paths[:, 1], axis=-1)
mean_log_distance = np.log(distance).mean(axis=1)

linear_regime = (t_sep >= 1.0) & (np.cumsum(mean_log_distance > np.log(1e-3 * attractor_size)) == 0)
growth_slope, growth_offset = np.polyfit(t_sep[linear_regime], mean_log_distance[linear_regime], 1)
saturated = t_sep >= t_sep[-1] - 10.0
saturation_ratio = distance[saturated].mean() / attractor_size
print(f"ensemble growth rate of ln(distance): {growth_slope:.4f} per unit τ "
      f"(fitted over τ = {t_sep[linear_regime][0]:.1f}–{t_sep[linear_regime][-1]:.1f})")
print(f"late separation {distance[saturated].mean():.2f} vs attractor size {attractor_size:.2f} "
      f"(ratio {saturation_ratio:.3f})")

fig, axes = plt.subplots(1, 2, figsize=(12, 4.5))
ax = axes[0]
ax.plot(t_sep, distance[:, :20], color="0.75", lw=0.5)  # 20 of the pairs, to keep the figure legible
ax.plot(t_sep, np.exp(mean_log_distance), color="k", lw=1.6, label="geometric mean over pairs")
fit_t = t_sep[t_sep <= t_sep[linear_regime][-1] + 6.0]
ax.plot(fit_t, np.exp(growth_offset + growth_slope * fit_t), "--", color="C3",
        label=f"fit: e^({growth_slope:.3f} τ)")
ax.axhline(attractor_size, color="C0", ls=":", label="mean distance of two random states")
ax.set_yscale("log")
ax.set_xlabel("τ")
ax.set_ylabel("distance between the two states")
ax.set_title(f"{n_pairs} pairs started {perturbation:g} apart (grey: 20 of them)")
ax.legend(fontsize=8, loc="lower right")
ax = axes[1]
ax.plot(t_sep, paths[:, 0, 0, 0], color="k", lw=1.0, label="reference")
ax.plot(t_sep, paths[:, 1, 0, 0], color="C3", lw=1.0, ls="--", label=f"displaced by {perturbation:g}")
ax.set_xlabel("τ")
ax.set_ylabel("X")
ax.set_title("One pair: indistinguishable, then unrelated")
ax.legend(fontsize=8, loc="lower left")
fig.suptitle("Sensitive dependence on initial conditions")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Lyapunov spectrum
#
# `neurorepro.lyapunov_spectrum` carries three tangent vectors along the RK4 map by `jax.jvp`,
# re-orthonormalises them by a QR decomposition at every step and averages the logarithms of
# the diagonal of R (Benettin et al. 1980). We make `n_lyapunov_segments` independent
# estimates, each over `n_lyapunov_steps` steps (τ = 1000 at the defaults) from a different random state of the
# attractor (one compiled, vmapped call), and report their mean and standard error.
#
# **Published values.** J. C. Sprott, *Chaos and Time-Series Analysis* (Oxford University Press,
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
def rk4_map(xyz):
    return rk4(lorenz_field, 0.0, xyz, dt, model)


spectra_of = jax.jit(jax.vmap(lambda y0: nr.lyapunov_spectrum(rk4_map, y0, n_lyapunov_steps, dt)))
spectra = np.asarray(spectra_of(jnp.asarray(attractor[draws["segment_starts"]])))
spectrum = spectra.mean(axis=0)
standard_error = spectra.std(axis=0, ddof=1) / np.sqrt(n_lyapunov_segments)
kaplan_yorke = 2.0 + spectrum[0] / abs(spectrum[2])
for k, (value, error) in enumerate(zip(spectrum, standard_error), start=1):
    print(f"λ{k} = {value:+.4f} ± {error:.4f} per unit τ")
print(f"sum = {spectrum.sum():.6f}   (divergence −(σ + 1 + b) = {divergence:.6f}); "
      f"Kaplan–Yorke dimension 2 + λ1/|λ3| = {kaplan_yorke:.4f}")

# %% [markdown]
# ## Replication check

# %%
sprott = "Sprott 2003, Chaos and Time-Series Analysis, App. A"
claims = [
    claim("C is a fixed point: max |dx/dτ| at C < 1e-9", ours=bool(residual_at_C < 1e-9), paper=True,
          source="Lorenz 1963, steady convection C, C'"),
    claim("r grid points where sign(max Re λ) ≠ sign(r − r_c)", ours=wrong_sign, paper=0,
          source="Lorenz 1963, C stable iff 1 < r < r_c"),
    claim("r_c: zero of max Re λ(Jacobian at C)", ours=r_c_from_eigenvalues, paper=24.74,
          source="Lorenz 1963, r_c = 470/19 (2 decimals)", abs_tol=0.005),
    claim("r_c: eigenvalue crossing vs formula", ours=r_c_from_eigenvalues, paper=r_critical,
          source="Lorenz 1963, r_c = σ(σ+b+3)/(σ−b−1)", abs_tol=1e-4),
    claim("r_c: sign change of simulated growth at C", ours=r_c_from_simulation, paper=r_critical,
          source="Lorenz 1963, r_c = σ(σ+b+3)/(σ−b−1)", abs_tol=0.01),
    claim("max Re λ at C for r = 28 (C unstable)", ours=eigenvalues_at_r.real.max(), paper=(0.0, np.inf),
          source="Lorenz 1963, r = 28 > r_c"),
    claim("Fig. 4: curve thickness, left branch", ours=thin_left, paper=(0.0, 0.05),
          source="Lorenz 1963 Fig. 4, one curve"),
    claim("Fig. 4: curve thickness, right branch", ours=thin_right, paper=(0.0, 0.05),
          source="Lorenz 1963 Fig. 4, one curve"),
    claim("Fig. 4: min |slope|, left branch", ours=min_slope_left, paper=(1.0, np.inf),
          source="Lorenz 1963 Fig. 4, |slope| > 1"),
    claim("Fig. 4: min |slope|, right branch", ours=min_slope_right, paper=(1.0, np.inf),
          source="Lorenz 1963 Fig. 4, |slope| > 1"),
    claim("growth rate of ln distance, pairs 1e-8 apart", ours=growth_slope, paper=0.9056,
          source=f"{sprott} (λ1)", abs_tol=0.05),
    claim("final separation / attractor size", ours=saturation_ratio, paper=1.0,
          source="Lorenz 1963, close states end unrelated", rel_tol=0.1),
    claim("largest Lyapunov exponent λ1", ours=spectrum[0], paper=0.9056, source=sprott, abs_tol=0.02),
    claim("middle Lyapunov exponent λ2", ours=spectrum[1], paper=0.0, source=sprott, abs_tol=0.01),
    claim("smallest Lyapunov exponent λ3", ours=spectrum[2], paper=-14.5723, source=sprott, abs_tol=0.02),
    claim("λ1 + λ2 + λ3 = −(σ + 1 + b)", ours=spectrum.sum(), paper=divergence,
          source="identity: sum = divergence of the flow", abs_tol=5e-4),
]
report(claims)
