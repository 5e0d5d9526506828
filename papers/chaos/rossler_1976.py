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
# # Rössler (1976): An equation for continuous chaos
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/chaos/rossler_1976.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/chaos/rossler_1976.ipynb)
#
# Rössler, O. E. (1976). An equation for continuous chaos. *Physics Letters A* 57(5), 397–398.
# [doi:10.1016/0375-9601(76)90101-8](https://doi.org/10.1016/0375-9601(76)90101-8)
#
# Lorenz's equations produce chaos with two nonlinear terms and a two-lobed attractor. Rössler
# looked for the simplest flow that stretches and folds like a taffy-pulling machine, and found
# three equations with a single nonlinear term, z·x. Trajectories spiral outwards around an
# unstable focus in the x–y plane; when x grows large, z is switched on, lifts the trajectory
# and throws it back towards the centre, folded over onto the inner part of the spiral. The
# result is a single-banded "spiral" attractor whose cross-section is a thin folded sheet, so
# that successive turns are related by a one-humped map — the mechanism of chaos in the
# logistic map, embedded in a continuous flow. We draw the attractor, the return map of
# successive maxima of x, the period-doubling route as the parameter c grows, and the
# Lyapunov spectrum.
#
# **Claims reproduced**
# 1. At a = b = 0.2, c = 5.7 the solution is bounded and aperiodic, and the trajectory spirals
#    out around the inner fixed point, an unstable focus (saddle-focus: eigenvalues with
#    positive real part in the spiral plane, one strongly negative), before being reinjected
#    (paper, equation and attractor figure).
# 2. Successive maxima of x lie on a single thin one-humped curve, and they fill one band
#    without gaps — "spiral chaos" governed by a unimodal map (paper's cross-section argument).
# 3. As c grows the limit cycle period-doubles: maxima repeat after 1, 2, 4 and 8 turns at
#    c = 2.5, 3.5, 4.0, 4.16, before chaos, with a period-3 window at c = 5.3 and chaos again
#    at c = 5.7 (orbit diagram; a known property of this flow, not in the short paper).
# 4. Lyapunov spectrum (0.0714, 0, −5.3943) and Kaplan–Yorke dimension 2.0132 (Sprott 2003,
#    *Chaos and Time-Series Analysis*, App. A); their sum equals the time average of the
#    divergence a + x − c along the trajectory, a + ⟨x⟩ − c.

# %% tags=["parameters"]
a = 0.2  # growth rate of the spiral in the x–y plane (dimensionless)
b = 0.2  # constant feed of z (dimensionless)
c = 5.7  # threshold of x above which z grows (dimensionless)
dt = 0.01  # RK4 step (dimensionless time)
duration = 5000.0  # reference trajectory; its states after `transient` sample the attractor
transient = 100.0  # time to settle on the attractor
c_min, c_max, c_step = 2.0, 6.5, 0.01  # grid of c for the orbit diagram
orbit_transient = 500.0  # time discarded at each c before recording maxima
orbit_record = 300.0  # time recorded at each c
n_lyapunov_starts = 8  # independent Lyapunov estimates, from random states of the attractor
lyapunov_time = 5000.0  # averaging time of each estimate
seed = 0  # random key: the starting states of the Lyapunov estimates

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

jax.config.update("jax_enable_x64", True)  # a sum of exponents checked to 1e-4 over 5e5 steps

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.integrators import rk4
from neurorepro.replication import claim, report

plt.rcParams["figure.dpi"] = 80

# %% [markdown]
# ## The model
#
# Rössler's equation (his Eq. 2, with a = 0.2, b = 0.2, c = 5.7):
#
# $$\dot x = -y - z, \qquad \dot y = x + a\,y, \qquad \dot z = b + z\,(x - c).$$
#
# The first two equations alone are a linear oscillator with negative damping: in the x–y
# plane trajectories spiral outwards at a rate ≈ a/2. The third keeps z small (≈ b/(c − x))
# while x < c, and makes it grow fast once x > c; a large z then drives x back down through
# ẋ = −y − z, reinjecting the trajectory near the centre of the spiral. Only z·x is nonlinear.
#
# **Fixed points.** ẋ = ẏ = 0 give y = −z and x = a z, and then a z² − c z + b = 0:
# z± = (c ± √(c² − 4ab))/(2a). The inner one (z₋ ≈ 0.035) is at the centre of the spiral.
#
# **Divergence.** ∂ẋ/∂x + ∂ẏ/∂y + ∂ż/∂z = 0 + a + (x − c): it is *not* constant, unlike
# Lorenz's. Volumes shrink where x < c − a (almost everywhere) and grow briefly in the
# excursions x > c − a. The sum of the Lyapunov exponents is therefore the time average of
# a + x − c along the trajectory, a + ⟨x⟩ − c (checked below).
#
# **Integration.** Classical RK4 (`neurorepro.integrators.rk4`) with step dt = 0.01, run by
# `neurorepro.run` as a step function; one vmapped `neurorepro.sweep` covers the grid of c. The
# runner labels times in ms, but the unit is never used: time here is dimensionless.


# %%
def rossler_field(t, u, params):
    """(ẋ, ẏ, ż) for states u[..., (x, y, z)] of any leading shape."""
    x, y, z = u[..., 0], u[..., 1], u[..., 2]
    return jnp.stack([-y - z, x + params["a"] * y, params["b"] + z * (x - params["c"])], axis=-1)


def rossler_step(state, params, clock):
    return {"u": rk4(rossler_field, clock.t, state["u"], clock.dt, params)}


def as_params(a, b, c):
    return {"a": jnp.asarray(a, float), "b": jnp.asarray(b, float), "c": jnp.asarray(c, float)}


def peaks(x, t):
    """Times and heights of the local maxima of a sampled x, refined by a parabola through the
    three samples around each."""
    k = np.flatnonzero((x[1:-1] > x[:-2]) & (x[1:-1] >= x[2:])) + 1
    before, at, after = x[k - 1], x[k], x[k + 1]
    shift = 0.5 * (before - after) / (before - 2.0 * at + after)
    return t[k] + shift * (t[1] - t[0]), at - 0.25 * (before - after) * shift


def maxima_period(heights, tol=1e-3, longest=32):
    """Number of maxima after which the sequence of maxima repeats (within tol), 0 if none ≤ longest."""
    for p in range(1, min(longest, len(heights) // 2) + 1):
        if np.abs(heights[p:] - heights[:-p]).max() < tol:
            return p
    return 0


model = as_params(a, b, c)
z_inner = (c - np.sqrt(c**2 - 4 * a * b)) / (2 * a)
inner_fixed_point = jnp.array([a * z_inner, -z_inner, z_inner])
field_at_fixed_point = np.asarray(rossler_field(0.0, inner_fixed_point, model))
jacobian = np.asarray(jax.jacfwd(lambda u: rossler_field(0.0, u, model))(inner_fixed_point))
fixed_point_eigenvalues = np.sort_complex(np.linalg.eigvals(jacobian))
print(f"inner fixed point ({a * z_inner:.5f}, {-z_inner:.5f}, {z_inner:.5f}); |field| there "
      f"{np.abs(field_at_fixed_point).max():.1e}")
print("eigenvalues of the Jacobian there: "
      + ", ".join(f"{v.real:+.4f}{v.imag:+.4f}i" for v in fixed_point_eigenvalues))

# %% [markdown]
# ## The attractor
#
# A reference trajectory of `duration` from (0, −6.78, 0.02), close to the attractor; states
# after `transient` sample it (the random starts of the Lyapunov estimates are drawn from them).
# The trajectory is bounded and never repeats; in the x–y projection it is a spiral band, and
# the sheet lifts into z only on the side x > c, where it folds back.

# %%
start = {"u": jnp.array([0.0, -6.78, 0.02])}
reference = nr.run(rossler_step, start, model, duration=duration, dt=dt, monitors={"u": nr.StateMonitor("u")},
                   progress=False)
t = reference["u"].t
trajectory = np.asarray(reference["u"].values)
on_attractor = t > transient
attractor = trajectory[on_attractor]
mean_x = attractor[:, 0].mean()
print(f"{len(t)} RK4 steps; ranges on the attractor: x {attractor[:, 0].min():.2f} … {attractor[:, 0].max():.2f}, "
      f"y {attractor[:, 1].min():.2f} … {attractor[:, 1].max():.2f}, z {attractor[:, 2].min():.3f} … "
      f"{attractor[:, 2].max():.2f};  ⟨x⟩ = {mean_x:.4f}")

shown = on_attractor & (t <= transient + 500.0)
fig = plt.figure(figsize=(12, 7.5))
ax = fig.add_subplot(2, 2, 1, projection="3d")
ax.plot(*trajectory[shown].T, color="k", lw=0.3)
ax.scatter(*np.asarray(inner_fixed_point), color="C3", s=20)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_zlabel("z")
ax.set_title("The attractor (red: inner fixed point)")
for k, (i, j) in enumerate([(0, 1), (0, 2), (1, 2)], start=2):
    ax = fig.add_subplot(2, 2, k)
    ax.plot(trajectory[shown, i], trajectory[shown, j], color="k", lw=0.3)
    ax.plot(inner_fixed_point[i], inner_fixed_point[j], "o", color="C3", ms=4)
    ax.set_xlabel("xyz"[i])
    ax.set_ylabel("xyz"[j])
    ax.set_title(f"projection on the {'xyz'[i]}–{'xyz'[j]} plane")
fig.suptitle(f"Rössler attractor, a = {a:g}, b = {b:g}, c = {c:g}, t = {transient:g}–{transient + 500:g}")
fig.tight_layout()
plt.show()

series = on_attractor & (t <= transient + 200.0)
fig, axes = plt.subplots(3, 1, figsize=(11, 5.5), sharex=True)
for k, ax in enumerate(axes):
    ax.plot(t[series], trajectory[series, k], color="k", lw=0.8)
    ax.set_ylabel("xyz"[k])
axes[-1].set_xlabel("t")
fig.suptitle("Time series: x and y oscillate with irregular amplitude; z spikes when x exceeds c")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## The return map of successive maxima
#
# Every turn of the spiral has one maximum of x. Plotting each maximum M_{n+1} against the
# previous one M_n (maxima located between samples by a parabola) gives a single thin curve
# with one hump: small maxima are followed by larger ones (the outward spiral), the largest by
# small ones (reinjection after the fold). A unimodal map with a steep enough slope is chaotic —
# the same mechanism as the logistic map. The checks: *thin* — each point lies close to the
# line through its two neighbours in M_n (95th percentile of the deviation); *one hump* — the
# mean of M_{n+1} over 20 bins of M_n rises, then falls, changing direction exactly once;
# *single band* — sorted, the maxima leave no gap larger than 5 % of their range. (For
# contrast, at c = 4.3, just past the period-doubling cascade, the chaotic attractor still has
# two bands, and the gap between them is a large fraction of the range: printed in the next
# section.)
#
# On the right, a Poincaré section: the crossings of the half-plane y = 0, x < 0, where the
# band is thinnest. The points lie on one short arc: the attractor is a sheet, thin in the
# direction transverse to the flow, which is why the dynamics reduce to a one-dimensional map.

# %%
peak_t, peak_x = peaks(trajectory[:, 0], t)
M = peak_x[peak_t > transient]
m_now, m_next = M[:-1], M[1:]
order = np.argsort(m_now)
xs, ys = m_now[order], m_next[order]
between = ys[:-2] + (ys[2:] - ys[:-2]) * (xs[1:-1] - xs[:-2]) / (xs[2:] - xs[:-2])
thickness = np.percentile(np.abs(ys[1:-1] - between), 95)
bin_edges = np.linspace(xs.min(), xs.max(), 21)
which_bin = np.clip(np.digitize(xs, bin_edges) - 1, 0, 19)
bin_means = np.array([ys[which_bin == i].mean() for i in range(20) if np.any(which_bin == i)])
direction = np.sign(np.diff(bin_means))
hump_turns = int(np.sum(direction[1:] != direction[:-1]))
largest_gap = np.diff(np.sort(M)).max() / np.ptp(M)
critical_point = xs[np.argmax(ys)]

y_now, y_next = trajectory[:-1, 1], trajectory[1:, 1]
crossing = np.flatnonzero((y_now > 0) & (y_next <= 0) & on_attractor[:-1])
weight = y_now[crossing] / (y_now[crossing] - y_next[crossing])
section = trajectory[crossing] + weight[:, None] * (trajectory[crossing + 1] - trajectory[crossing])
print(f"{len(M)} maxima; thickness (95th percentile) {thickness:.1e}; the binned map changes direction "
      f"{hump_turns} time(s), its top at M_n ≈ {critical_point:.2f}; "
      f"largest gap {100 * largest_gap:.1f} % of the range")

fig, axes = plt.subplots(1, 2, figsize=(12, 5))
ax = axes[0]
ax.plot(m_now, m_next, ".", color="k", ms=2.5)
lims = [M.min() - 0.5, M.max() + 0.5]
ax.plot(lims, lims, color="C3", lw=0.7, ls="--", label="$M_{n+1} = M_n$")
ax.set_xlim(lims)
ax.set_ylim(lims)
ax.set_aspect("equal")
ax.set_xlabel("$M_n$ (a maximum of x)")
ax.set_ylabel("$M_{n+1}$ (the next maximum)")
ax.set_title(f"Return map of the maxima of x ({len(m_now)} pairs)")
ax.legend(fontsize=8, loc="lower right")
ax = axes[1]
ax.plot(section[:, 0], section[:, 2], ".", color="k", ms=2.5)
ax.set_xlabel("x at y = 0 (crossing downwards)")
ax.set_ylabel("z")
ax.set_title(f"Poincaré section y = 0, x < 0 ({len(section)} crossings)")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Period doubling as c grows
#
# For each c on a grid from `c_min` to `c_max`, a run from the same start, all in one vmapped
# `neurorepro.sweep`; after `orbit_transient` the maxima of x over `orbit_record` are plotted
# against c (`neurorepro.bifurcation.local_maxima`). The single maximum of the limit cycle
# splits in two near c ≈ 2.8, in four near c ≈ 3.8, in eight near c ≈ 4.1, and the cascade
# accumulates near c ≈ 4.2. Beyond it the chaotic attractor is first made of separate bands
# visited in turn, which widen and merge as c grows; periodic windows interrupt the chaos
# (period 5 near c = 4.7, period 3 near c = 5.2–5.3), and at c = 5.7 a single band remains.
# Close to each bifurcation the transient is not long enough to settle, which blurs the
# diagram there.
#
# For the claims, six values of c well inside their regimes run again for 2000 time units
# before 400 are recorded, and the repeat length of their sequence of maxima (as in the
# Mackey–Glass notebook: the smallest p with all maxima equal to those p later within 10⁻³;
# 0 if none up to 32) counts the turns of the cycle.

# %%
c_grid = np.round(np.arange(c_min, c_max + c_step / 2, c_step), 10)
grid_params = as_params(np.full_like(c_grid, a), np.full_like(c_grid, b), c_grid)
x_monitor = {"x": nr.StateMonitor("u", indices=(0,))}
settled = nr.sweep(rossler_step, {"u": jnp.array([1.0, 1.0, 0.0])}, grid_params, duration=orbit_transient, dt=dt,
                   progress=False).state
orbit = nr.sweep(rossler_step, settled, grid_params, duration=orbit_record, dt=dt, monitors=x_monitor,
                 batch_state=True, t0=orbit_transient, progress=False)
orbit_m = [nr.bifurcation.local_maxima(trace.values[:, 0]) for trace in orbit["x"]]
orbit_c = [np.full(len(m), c_value) for c_value, m in zip(c_grid, orbit_m)]

check_c = np.array([2.5, 3.5, 4.0, 4.16, 5.3, c])
check_params = as_params(np.full_like(check_c, a), np.full_like(check_c, b), check_c)
checks = nr.sweep(rossler_step, {"u": jnp.array([1.0, 1.0, 0.0])}, check_params, duration=2400.0, dt=dt,
                  monitors=x_monitor, progress=False)
turns = {}
for c_value, trace in zip(check_c, checks["x"]):
    late = trace.t > 2000.0
    turns[c_value] = maxima_period(peaks(trace.values[late, 0], trace.t[late])[1])
print("repeat length of the maxima: "
      + ", ".join(f"c = {c_value:g}: {p if p else 'none'}" for c_value, p in turns.items()))
two_band = orbit_m[int(np.argmin(np.abs(c_grid - 4.3)))]
two_band_gap = np.diff(np.sort(two_band)).max() / np.ptp(two_band)
print(f"c = 4.3 (two bands): largest gap between sorted maxima {100 * two_band_gap:.0f} % of their range; "
      f"c = {c:g}: {100 * largest_gap:.1f} %")

fig, ax = plt.subplots(figsize=(12, 5.5))
ax.scatter(np.concatenate(orbit_c), np.concatenate(orbit_m), s=0.4, color="k", lw=0, rasterized=True)
for c_value in check_c:
    ax.axvline(c_value, color="C0", ls=":", lw=0.8)
ax.set_xlabel("c")
ax.set_ylabel("maxima of x")
ax.set_title(f"Orbit diagram (a = b = {a:g}); blue: the values of c checked below")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Lyapunov spectrum
#
# `neurorepro.lyapunov_spectrum` carries three tangent vectors along the RK4 map with `jax.jvp`
# and re-orthonormalises them by QR at every step. `n_lyapunov_starts` estimates, each averaged
# over `lyapunov_time` (5·10⁵ steps), start from random states of the attractor (from `seed`),
# in one compiled, vmapped call; we report the mean and its standard error.
#
# **Published values.** J. C. Sprott, *Chaos and Time-Series Analysis* (Oxford University Press,
# 2003), Appendix A, Rössler attractor at a = b = 0.2, c = 5.7: exponents (0.0714, 0, −5.3943),
# base e, per unit time; Kaplan–Yorke dimension 2.0132.
#
# **Tolerances.** While preparing this notebook, 16 estimates over 2·10⁴ time units each gave
# (0.07148 ± 0.00023, 0.00008, −5.39436 ± 0.00022) — Sprott's values to their last digit —
# and over 5000 time units the estimates scatter by 0.0014 (standard deviation) in λ1 and λ3,
# so that the mean of eight has a standard error of about 0.0005. We allow 0.002 on λ1 and λ3
# (four standard errors), 0.001 on λ2 (its finite-time bias, ≈ 3·10⁻⁴, plus scatter), and on
# the dimension the corresponding 0.002/5.39 ≈ 0.0004.
#
# **The sum.** For the flow, a small volume of phase space changes as d ln V/dt = ∇·F =
# a + x(t) − c, so λ1 + λ2 + λ3 = lim (1/T)∫₀ᵀ (a + x − c) dt = a + ⟨x⟩ − c, the average taken
# along the trajectory. For the RK4 map the sum of the exponents is exactly the average of
# ln|det J| of the one-step map along the computed trajectory, which differs from dt (a + x − c)
# by terms of order dt⁵ — about 10⁻⁵ per unit time here. So each estimate's sum must equal
# a + ⟨x⟩ − c averaged over *its own* trajectory: we rerun each start with the plain RK4 map
# and the same number of steps (the same arithmetic, so the same trajectory) and average x.
# We require agreement within 10⁻⁴ for every start. Averages over *different* trajectories of
# this length differ by about 10⁻³ (the scatter of the sums across starts), so the check
# would fail if the two computations followed different trajectories, or if the exponents did
# not add up to the contraction of volumes.


# %%
lyapunov_steps = int(round(lyapunov_time / dt))
draw = np.asarray(jax.random.randint(jax.random.key(seed), (n_lyapunov_starts,), 0, len(attractor)))
starts = jnp.asarray(attractor[draw])


def rk4_map(u):
    return rk4(rossler_field, 0.0, u, dt, model)


@jax.jit
@jax.vmap
def spectrum_and_mean_x(u0):
    """The Lyapunov spectrum from u0, and the mean of x over the same lyapunov_steps steps."""
    spectrum = nr.lyapunov_spectrum(rk4_map, u0, lyapunov_steps, dt)
    _, x_path = jax.lax.scan(lambda u, _: (rk4_map(u), u[0]), u0, None, length=lyapunov_steps)
    return spectrum, x_path.mean()


spectra, mean_x_per_start = map(np.asarray, spectrum_and_mean_x(starts))
spectrum = spectra.mean(axis=0)
standard_error = spectra.std(axis=0, ddof=1) / np.sqrt(n_lyapunov_starts)
kaplan_yorke = 2.0 + spectrum[0] / abs(spectrum[2])
divergence_average = a + mean_x_per_start - c
sum_mismatch = np.abs(spectra.sum(axis=1) - divergence_average).max()
for k, (value, error) in enumerate(zip(spectrum, standard_error), start=1):
    print(f"λ{k} = {value:+.5f} ± {error:.5f}")
print(f"Kaplan–Yorke dimension 2 + λ1/|λ3| = {kaplan_yorke:.4f}")
print("per start, λ1 + λ2 + λ3 and a + ⟨x⟩ − c on the same trajectory:")
for total, average in zip(spectra.sum(axis=1), divergence_average):
    print(f"   {total:.6f}   {average:.6f}")
print(f"largest mismatch {sum_mismatch:.1e}; spread of the sums across starts {spectra.sum(axis=1).std(ddof=1):.1e}")

# %% [markdown]
# ## Replication check

# %%
sprott = "Sprott 2003, Chaos and Time-Series Analysis, App. A"
paper = "Rössler 1976"
cascade = "period doubling in c (Strogatz, Nonlinear Dynamics and Chaos)"
claims = [
    claim("inner fixed point: max |field| (< 1e-12)", ours=bool(np.abs(field_at_fixed_point).max() < 1e-12),
          paper=True, source="fixed points z± = (c ± √(c² − 4ab))/(2a)"),
    claim("inner fixed point: Re of the spiral eigenvalues", ours=fixed_point_eigenvalues[-1].real,
          paper=(0.0, np.inf), source=f"{paper}, trajectories spiral outwards"),
    claim("inner fixed point: real eigenvalue", ours=fixed_point_eigenvalues[0].real, paper=(-np.inf, 0.0),
          source=f"{paper}, reinjection onto the spiral"),
    claim("c = 5.7: maxima repeat after (0 = never)", ours=turns[c], paper=0, source=f"{paper}, chaos"),
    claim("return map: thickness (95th percentile)", ours=thickness, paper=(0.0, 0.01),
          source=f"{paper}, thin folded sheet"),
    claim("return map: changes of direction (one hump)", ours=hump_turns, paper=1,
          source=f"{paper}, single-humped map"),
    claim("maxima: largest gap / range (single band)", ours=largest_gap, paper=(0.0, 0.05),
          source=f"{paper}, spiral chaos, one band"),
    claim("c = 2.5: maxima repeat after", ours=turns[2.5], paper=1, source=cascade),
    claim("c = 3.5: maxima repeat after", ours=turns[3.5], paper=2, source=cascade),
    claim("c = 4.0: maxima repeat after", ours=turns[4.0], paper=4, source=cascade),
    claim("c = 4.16: maxima repeat after", ours=turns[4.16], paper=8, source=cascade + " (next doubling)"),
    claim("c = 5.3: maxima repeat after (period-3 window)", ours=turns[5.3], paper=3,
          source="period-3 window of the Rössler flow"),
    claim("largest Lyapunov exponent λ1", ours=spectrum[0], paper=0.0714, source=sprott, abs_tol=0.002),
    claim("middle Lyapunov exponent λ2", ours=spectrum[1], paper=0.0, source=sprott, abs_tol=0.001),
    claim("smallest Lyapunov exponent λ3", ours=spectrum[2], paper=-5.3943, source=sprott, abs_tol=0.002),
    claim("Kaplan–Yorke dimension", ours=kaplan_yorke, paper=2.0132, source=sprott, abs_tol=0.0004),
    claim("max |λ1+λ2+λ3 − (a + ⟨x⟩ − c)|, same trajectory", ours=sum_mismatch, paper=(0.0, 1e-4),
          source="identity: sum = mean divergence"),
]
report(claims)
