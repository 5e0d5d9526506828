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
# # May (1976): Simple mathematical models with very complicated dynamics
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/chaos/may_1976_logistic_map.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/chaos/may_1976_logistic_map.ipynb)
#
# May, R. M. (1976). Simple mathematical models with very complicated dynamics. *Nature* 261,
# 459–467. [doi:10.1038/261459a0](https://doi.org/10.1038/261459a0)
#
# Feigenbaum, M. J. (1978). Quantitative universality for a class of nonlinear transformations.
# *Journal of Statistical Physics* 19, 25–52.
# [doi:10.1007/BF01020332](https://doi.org/10.1007/BF01020332)
#
# May's review showed ecologists (and everyone else) that the simplest nonlinear difference
# equation, the logistic map x_{n+1} = r x_n (1 − x_n) for a population with non-overlapping
# generations, can do almost anything. As the growth rate r rises, the steady population gives
# way to a cycle of period 2, then 4, 8, 16, …, the doublings crowding together until, beyond a
# critical r ≈ 3.57, orbits never settle: they wander "chaotically", sensitive to the smallest
# change in the starting population, interrupted by windows of periodic behaviour, the widest
# of which opens at r = 1 + √8 with a cycle of period 3. Feigenbaum then found that the
# doublings crowd together geometrically, at a rate δ = 4.6692… that is the same for every
# smooth map with a single quadratic maximum. We redraw the cobwebs and the orbit diagram with
# its Lyapunov exponent, and compute the bifurcation points and δ to high precision.
#
# **Claims reproduced** (each with the kind of evidence it rests on, as in the table at the end)
# 1. *Published* — May's Table 1 lists the parameter values at which the dynamics change, to four
#    decimals: the 2-cycle becomes unstable at 3.4495, the 4-cycle at 3.5441, the first cycle of
#    odd period appears at 3.6786 and the cycle of period 3 at 3.8284 (transcribed; see the
#    replication check). Each is computed here by Newton's method and compared to half a unit of
#    its last decimal.
# 2. *Identity* — the closed forms r₁ = 3 (x* = 1 − 1/r loses stability, slope 2 − r = −1),
#    r₂ = 1 + √6 and the period-3 tangency r = 1 + √8; λ = ln 2 at r = 4 (conjugacy to the tent
#    map); the bifurcation points r_n and the superstable parameters R_n interleave and share
#    their limit; the orbit diagram's first 3-cycle lies within one grid step of 1 + √8.
# 3. *Qualitative* — May's cascade: between r_n and r_{n+1} every orbit settles on a 2ⁿ-cycle
#    (orbit diagram), so the Lyapunov exponent is negative below the onset of chaos.
# 4. *Secondary* — the later six-decimal values r₃ = 3.544090, r₄ = 3.564407, r₅ = 3.568759,
#    r∞ = 3.569946 (Strogatz 1994, Nonlinear Dynamics and Chaos, Table 10.2.1) and Feigenbaum's
#    δ = 4.669201609… (Feigenbaum 1978), estimated here from the superstable parameters R_n.

# %% tags=["parameters"]
r_min, r_max = 2.5, 4.0  # range of the growth rate r in the orbit diagram (dimensionless)
n_r = 1501  # values of r in the orbit diagram and the Lyapunov curve
n_transient = 10_000  # iterations discarded before recording (per r; long cycles converge slowly)
n_record = 256  # iterations recorded per r (enough to see cycles up to period 128)
n_lyapunov_steps = 5_000  # iterations averaged over for the Lyapunov exponent, per r
n_orbits_r4 = 16  # independent orbits for the Lyapunov exponent at r = 4
n_steps_r4 = 100_000  # iterations per orbit at r = 4
n_doublings = 8  # period doublings located by Newton's method (cycles up to period 2^(n−1))
n_superstable = 10  # superstable parameters R_0 … R_(n−1) (cycles up to period 2^(n−1))
x_start = 0.3  # initial population of the orbit diagrams (any x in (0, 1) off the special points)
seed = 0  # random key: starting points of the orbits at r = 4

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

jax.config.update("jax_enable_x64", True)  # bifurcation points to ~1e-12 need double precision

from collections import namedtuple

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.replication import claim, report

# dense figures: a low resolution keeps the stored notebook small
plt.rcParams.update({"figure.dpi": 80, "figure.constrained_layout.use": True})

# %% [markdown]
# ## The model
#
# May's Eq. (3), written with the growth rate r (May calls it a):
#
# $$x_{n+1} = f_r(x_n) = r\, x_n (1 - x_n), \qquad 0 \le x_n \le 1,\ 0 < r \le 4 .$$
#
# Its slope is $f_r'(x) = r(1 - 2x)$. A cycle $x_0, \dots, x_{p-1}$ of period p is a fixed point
# of the p-th iterate $f_r^{(p)}$, and it is stable when its multiplier
#
# $$\Lambda = \big(f_r^{(p)}\big)'(x_0) = \prod_{k=0}^{p-1} r (1 - 2 x_k)$$
#
# lies in (−1, 1). The fixed point $x^* = 1 - 1/r$ has $\Lambda = 2 - r$: stable for
# 1 < r < 3. A cycle *period-doubles* when Λ passes through −1 (a stable cycle of twice the
# period is born as it becomes unstable), and a pair of p-cycles is born in a *tangent
# bifurcation* when Λ = +1. A cycle through x = 1/2 (where f′ = 0) has Λ = 0: it is
# *superstable*.
#
# The Lyapunov exponent of an orbit is the average logarithmic stretching,
#
# $$\lambda = \lim_{N\to\infty} \frac{1}{N}\sum_{n=0}^{N-1} \ln\lvert r(1 - 2x_n)\rvert ,$$
#
# ln|Λ|/p on a stable p-cycle (negative), zero where a cycle changes stability, positive on a
# chaotic orbit.
#
# **Running it.** The map `logistic` is written once, in the package's convention
# `f(t, y, args)`, returning the next state `Population(x)` instead of a derivative.
# `neurorepro.make_step` turns it into the runner's step with a "method" that simply applies the
# map (it ignores the clock and dt): runs use dt = 1, one iteration per step, and
# `neurorepro.bifurcation.orbit_diagram` runs the step for all values of r in one vmapped call;
# `neurorepro.lyapunov_spectrum` differentiates the same step. The p-th iterate `iterate` and
# the multiplier Λ (its derivative, by `neurorepro.analysis.jacobian`) come from the same
# function.


# %%
Population = namedtuple("Population", "x")  # the state: the population x, a number or an array


def logistic(t, y, r):
    """May's map: the next generation, for the growth rate r (the parameters are r itself)."""
    return Population(r * y.x * (1.0 - y.x))


def iterate(y, r, n):
    """f_r applied n times (n may be traced: one compiled function for every period)."""
    return jax.lax.fori_loop(0, n, lambda _, y: logistic(0.0, y, r), y)


step = nr.make_step(logistic, lambda f, t, y, dt, args: f(t, y, args))  # a map's step: one iteration, dt unused

# %% [markdown]
# ## Cobwebs: fixed point, 2-cycle, 4-cycle, chaos
#
# The graphical iteration May used to explain the dynamics: go up to the parabola, across to
# the diagonal, up or down to the parabola again. For r = 2.8 the orbit spirals into x*
# (slope 2 − r = −0.8); at r = 3.3 x* is unstable (slope −1.3) and the orbit settles on a
# 2-cycle, at r = 3.5 on a 4-cycle; at r = 3.9 it never settles. Each panel starts from
# x₀ = 0.1; the first 40 steps are drawn in grey, the next 60 in colour.

# %%
cobweb_r = np.array([2.8, 3.3, 3.5, 3.9])
cobweb_run = nr.sweep(step, Population(jnp.asarray(0.1)), jnp.asarray(cobweb_r), duration=100, dt=1.0,
                      monitors={"x": nr.StateMonitor("x")}, progress=False)
x_grid = np.linspace(0.0, 1.0, 401)
fig, axes = plt.subplots(2, 4, figsize=(12, 6), gridspec_kw={"height_ratios": [3, 1.3]})
for k, (r, trace, ax, ax_orbit) in enumerate(zip(cobweb_r, cobweb_run["x"], axes[0], axes[1])):
    orbit = np.concatenate([[0.1], trace.values])
    corners = np.repeat(orbit, 2)  # (x0, x0), (x0, x1), (x1, x1), (x1, x2), …: x = corners[:-1], y = corners[1:]
    ax.plot(x_grid, logistic(0.0, Population(x_grid), r).x, color="k", lw=1.2)
    ax.plot([0, 1], [0, 1], color="0.5", lw=0.8)
    ax.plot(corners[:80], corners[1:81], color="0.7", lw=0.6)
    ax.plot(corners[79:-1], corners[80:], color="C3", lw=0.9)
    ax.set(xlim=(0, 1), ylim=(0, 1), aspect="equal", xlabel="$x_n$", ylabel="$x_{n+1}$" if k == 0 else "")
    ax.set_title(f"r = {r}, slope at x* = {2 - r:+.1f}", fontsize=10)
    ax_orbit.plot(orbit, ".-", color="C3", lw=0.6, ms=2.5)
    ax_orbit.set(xlabel="n", ylim=(0, 1), ylabel="$x_n$" if k == 0 else "")
fig.suptitle("Cobwebs of the logistic map: x* stable, 2-cycle, 4-cycle, chaos")
plt.show()

# %% [markdown]
# ## Period doublings and superstable parameters, by Newton's method
#
# **Bifurcation points r_n.** The 2^(n−1)-cycle period-doubles where its multiplier is −1. We
# solve the two equations $f_r^{(p)}(x) = x$, $(f_r^{(p)})'(x) = -1$, p = 2^(n−1), for (x, r)
# with `neurorepro.analysis.newton`; the multiplier is the derivative of the p-th iterate
# (`neurorepro.analysis.jacobian`, forward-mode autodiff through the iteration) and Newton's
# 2×2 Jacobian differentiates that again. The iteration is a `fori_loop` whose length p is a
# traced argument, so one compiled solver serves every period. The starting guess is x = 1/2
# and the middle of (R_{n−1}, R_n), the superstable parameters on either side, which bracket r_n.
#
# **Superstable parameters R_n.** The 2ⁿ-cycle through x = 1/2 exists at one parameter R_n,
# with $r_n < R_n < r_{n+1}$; it solves the single equation $g(R) = f_R^{(2^n)}(1/2) - 1/2 = 0$.
# We find it by Newton's method (the same solver, with g′(R) from forward-mode autodiff),
# starting from the geometric extrapolation $R_{n-1} + (R_{n-1} - R_{n-2})/\delta_{n-1}$ of
# the earlier ones (Feigenbaum computed δ from these R_n).
#
# Both solvers run a fixed number of Newton steps (50 and 40, tolerance 0, as in earlier
# versions of this notebook): near the roots the residuals of the long iterations sit at their
# rounding floor (up to ~10⁻¹³, reported below), and further steps only move the roots within
# rounding.


# %%
def cycle_conditions(z, period_and_multiplier):
    """Zero when x = z₀ lies on a cycle of f_r, r = z₁, of the period with the given multiplier."""
    period, multiplier = period_and_multiplier
    y, r = Population(z[0]), z[1]
    slope = nr.analysis.jacobian(lambda t, y, r: iterate(y, r, period), y, r)[0, 0]
    return jnp.stack([iterate(y, r, period).x - z[0], slope - multiplier])


def superstable_condition(R, period):
    """g(R) = f_R^(period)(1/2) − 1/2, R a 1-vector: zero when the cycle through x = 1/2 exists."""
    return jnp.atleast_1d(iterate(Population(0.5), R[0], period).x - 0.5)


@jax.jit
def solve_cycle(guess, period, multiplier):
    """(x, r) from guess, with x on a cycle of the period whose multiplier equals `multiplier`."""
    return nr.analysis.newton(cycle_conditions, guess, (period, multiplier), tol=0.0, max_steps=50)[0]


@jax.jit
def superstable(R_guess, period):
    """R with f_R^(period)(1/2) = 1/2 from R_guess, and the residual g(R) there."""
    root = nr.analysis.newton(superstable_condition, jnp.stack([R_guess]), period, tol=0.0, max_steps=40)[0]
    return root[0], superstable_condition(root, period)[0]


# R_0 = 2 (x* = 1/2) and R_1 = 1 + √5 start the extrapolation; the later ones are computed.
R = [2.0, 1.0 + np.sqrt(5.0)]
superstable_residual = 0.0
for n in range(2, n_superstable):
    ratio = 4.7 if n == 2 else (R[-2] - R[-3]) / (R[-1] - R[-2])
    root, residual = superstable(R[-1] + (R[-1] - R[-2]) / ratio, 2**n)
    R.append(float(root))
    superstable_residual = max(superstable_residual, abs(float(residual)))
R = np.array(R)

r_bif = []
for n in range(1, n_doublings + 1):
    upper = R[n] if n < len(R) else R[n - 1] + (R[n - 1] - R[n - 2]) / 4.67
    r_bif.append(float(solve_cycle(jnp.array([0.5, 0.5 * (R[n - 1] + upper)]), 2 ** (n - 1), -1.0)[1]))
r_bif = np.array(r_bif)
bracketed = all(R[n - 1] < r_bif[n - 1] < R[n] for n in range(1, min(n_doublings, len(R) - 1) + 1))

print("\n".join(f"r_{n} = {r:.12f}   (period {2 ** (n - 1)} → {2 ** n})" for n, r in enumerate(r_bif, start=1)))
print(f"each r_n between R_(n−1) and R_n: {bracketed};  "
      f"largest |g(R_n)| at the roots: {superstable_residual:.1e}")

# %% [markdown]
# ## Feigenbaum's δ
#
# Feigenbaum found that the parameter intervals of the cascade shrink geometrically:
# $\delta_n = (R_n - R_{n-1})/(R_{n+1} - R_n) \to \delta = 4.669201609\ldots$, the same limit
# for the bifurcation points r_n (more slowly) and for every smooth map with a quadratic
# maximum. The accumulation point then follows from summing the geometric series:
# $R_\infty \approx R_n + (R_n - R_{n-1})/(\delta - 1)$.
#
# **How precise?** Two errors limit δ_n. *Truncation*: the ratios approach δ geometrically,
# each change a fifth to a quarter of the one before (see the printed sequence), so the
# distance of the last ratio to the limit is about a third of the last change at most; we take
# the whole last change as the tolerance. *Rounding*: the float64 roots R_n carry errors of
# ~10⁻¹⁴, while the intervals R_{n+1} − R_n shrink like δ⁻ⁿ, so rounding eventually dominates.
# While preparing this notebook we recomputed the R_n in 45-digit decimal arithmetic: the
# float64 ratios agree with those to 10⁻⁹ up to R_7…R_9 (periods up to 512) and drift off
# beyond (4·10⁻⁷ at R_9…R_11). The defaults stop there, `n_superstable` = 10, and use the last ratio.

# %%
gaps = np.diff(R)
delta_n = gaps[:-1] / gaps[1:]  # delta_n[k] = (R_{k+1} − R_k)/(R_{k+2} − R_{k+1})
delta_estimate = delta_n[-1]
delta_tolerance = abs(delta_n[-1] - delta_n[-2])
print("\n".join(f"from R_{k}, R_{k + 1}, R_{k + 2}: δ ≈ {d:.9f}" for k, d in enumerate(delta_n)))
print(f"estimate δ = {delta_estimate:.8f}, last change {delta_tolerance:.1e} "
      f"(changes shrink by {abs(delta_n[-1] - delta_n[-2]) / abs(delta_n[-2] - delta_n[-3]):.2f} per step)")

delta_bif = np.diff(r_bif)[:-1] / np.diff(r_bif)[1:]
r_infinity = R[-1] + (R[-1] - R[-2]) / (delta_estimate - 1.0)
r_infinity_from_bif = r_bif[-1] + (r_bif[-1] - r_bif[-2]) / (delta_estimate - 1.0)
print("from the bifurcation points: " + ", ".join(f"{d:.5f}" for d in delta_bif))
print(f"accumulation point: {r_infinity:.12f} (superstable), {r_infinity_from_bif:.12f} (bifurcations)")

# %%
fig, (ax, ax_delta) = plt.subplots(1, 2, figsize=(12, 4.2))
n_line = np.arange(len(R))
ax.semilogy(n_line[1:len(r_bif) + 1], r_infinity - r_bif, "o-", color="k", ms=4, label="$r_\\infty - r_n$ (doublings)")
ax.semilogy(n_line, r_infinity - R, "s-", color="C0", ms=4, mfc="none", label="$r_\\infty - R_n$ (superstable)")
ax.semilogy(n_line, (r_infinity - R[1]) * delta_estimate ** (1.0 - n_line), "--", color="C3", lw=0.8,
            label="slope $\\delta^{-n}$")
ax.set(xlabel="n", ylabel="distance to the accumulation point", title="The cascade converges geometrically")
ax_delta.semilogy(np.arange(2, len(delta_bif) + 2), np.abs(delta_bif - 4.669201609), "o-", color="k", ms=4,
                  label="from $r_n$: $(r_n - r_{n-1})/(r_{n+1} - r_n)$")
ax_delta.semilogy(np.arange(1, len(delta_n) + 1), np.abs(delta_n - 4.669201609), "s-", color="C0", ms=4,
                  mfc="none", label="from $R_n$: $(R_n - R_{n-1})/(R_{n+1} - R_n)$")
ax_delta.set(xlabel="n", ylabel="$|\\delta_n - 4.669201609|$")
ax_delta.set_title("Successive ratios converge to Feigenbaum's δ")
for ax in (ax, ax_delta):
    ax.legend(fontsize=8)
plt.show()

# %% [markdown]
# ## The orbit diagram and the Lyapunov exponent
#
# One vmapped run (`neurorepro.bifurcation.orbit_diagram`) iterates the map from x₀ = 0.3 for
# every r, discards `n_transient` iterations and records `n_record`. The same run also covers
# the three magnified ranges of r used further down (the cascade near r∞ and the period-3
# window, twice), so every orbit diagram of this notebook comes from this one compiled call.
# The top panel plots every recorded value, faintly, so that the shade shows how often each x is
# visited (`neurorepro.plots.orbit_diagram`). Underneath, the Lyapunov exponent for the same r:
# `neurorepro.lyapunov_spectrum` on the runner's step, vmapped over r, discards the same
# transient from x₀ and averages ln|f′| over `n_lyapunov_steps` iterations (for a
# one-dimensional map its QR re-orthonormalisation reduces to that average; the results agree
# with the direct average of earlier versions of this notebook to 2·10⁻¹³). The dotted lines
# are the bifurcation points r₁ … r₅ found above; the dashed ones are r∞ and 1 + √8.
#
# **Check against the Newton results.** Between r_n and r_{n+1} every orbit should settle on a
# cycle of period 2ⁿ. We count the distinct values each recorded orbit visits
# (`neurorepro.measures.distinct_values`) and compare with 2ⁿ at all grid points below r₅
# (beyond, the cycles are too long to tell apart at this grid spacing). Right at a bifurcation
# the multiplier is ±1 and the orbit converges only slowly (critical slowing down), so points
# within 1 % of r_n (relative to the width of the interval) are left out.

# %%
r_grid = np.round(np.linspace(r_min, r_max, n_r), 10)
r_cascade = np.round(np.linspace(3.54, 3.572, 321), 10)  # the cascade near r∞
r_window = np.round(np.linspace(3.82, 3.86, 401), 10)  # the period-3 window
r_tangency = np.round(np.linspace(3.8280, 3.8290, 101), 10)  # its opening, step 1e-5
start, r_all = Population(jnp.asarray(x_start)), np.concatenate([r_grid, r_cascade, r_window, r_tangency])
diagram_all = nr.bifurcation.orbit_diagram(step, start, r_all, variable="x", n_transient=n_transient,
                                           n_record=n_record)
diagram, diagram_cascade, diagram_window, diagram_tangency = np.split(
    diagram_all, np.cumsum([len(r_grid), len(r_cascade), len(r_window)]))
lyapunov = np.asarray(jax.vmap(lambda r: nr.lyapunov_spectrum(
    step, start, r, n_steps=n_lyapunov_steps, transient=n_transient)[0])(jnp.asarray(r_grid)))

periods = np.array([nr.measures.distinct_values(orbit) for orbit in diagram])
edges = np.concatenate([[1.0], r_bif])  # r_0 = 1: the fixed point exists and is stable above it
expected_period = 2 ** (np.searchsorted(edges, r_grid) - 1)
near_bifurcation = np.any(np.abs(r_grid[:, None] - r_bif) < 0.01 * np.diff(edges), axis=1)  # 1 % of r_n − r_(n−1)
checked = (r_grid < r_bif[4]) & ~near_bifurcation
period_mismatches = int(np.sum(periods[checked] != expected_period[checked]))
max_lyapunov_periodic = lyapunov[r_grid < r_infinity - 1e-3].max()
print(f"period of the recorded orbit ≠ 2ⁿ at {period_mismatches} of {checked.sum()} grid points below r₅")
print(f"largest Lyapunov exponent for r < r∞ − 0.001: {max_lyapunov_periodic:.2e};  at r = 4: {lyapunov[-1]:.4f}")


# %%
fig, (ax, ax_lyapunov) = plt.subplots(2, 1, figsize=(12, 7.5), sharex=True, height_ratios=[2, 1])
nr.plots.orbit_diagram(r_grid, diagram, ax, markersize=0.1, alpha=0.2, rasterized=True, xlabel="",
                       ylabel="x (recorded iterations)")
ax.set_title("Orbit diagram of the logistic map (one vmapped run) and its Lyapunov exponent")
ax_lyapunov.plot(r_grid, lyapunov, color="k", lw=0.6)
ax_lyapunov.axhline(0.0, color="0.5", lw=0.7)
ax_lyapunov.axhline(np.log(2.0), color="C2", ls=":", lw=0.8)
ax_lyapunov.text(2.52, np.log(2.0) + 0.05, "ln 2", color="C2", fontsize=8)
ax_lyapunov.set(ylim=(-2.0, 1.0), xlim=(r_min, r_max), xlabel="r", ylabel="Lyapunov exponent λ")
for axis in (ax, ax_lyapunov):
    for r_n in r_bif[:5]:
        axis.axvline(r_n, color="C0", ls=":", lw=0.7)
    axis.axvline(r_infinity, color="C3", ls="--", lw=0.8)
    axis.axvline(1.0 + np.sqrt(8.0), color="C1", ls="--", lw=0.8)
ax_lyapunov.text(r_infinity - 0.01, -1.9, "r∞", color="C3", ha="right", fontsize=9)
ax_lyapunov.text(1.0 + np.sqrt(8.0) - 0.01, -1.9, "1 + √8", color="C1", ha="right", fontsize=9)
plt.show()

# %% [markdown]
# ## The cascade, magnified
#
# Between r₃ and r∞ the doublings are too close for the full diagram. The magnified range
# [3.54, 3.572] of the same run shows the 8-, 16- and 32-cycles and the accumulation of the
# cascade at r∞ (close to each r_n the orbits are still converging after the transient:
# critical slowing down).

# %%
fig, ax = plt.subplots(figsize=(12, 4.5))
nr.plots.orbit_diagram(r_cascade, diagram_cascade, ax, markersize=0.3, rasterized=True, xlabel="r", ylabel="x")
for n, r_n in enumerate(r_bif[2:6], start=3):
    ax.axvline(r_n, color="C0", ls=":", lw=0.8)
    ax.text(r_n, 0.92, f" r{n}", color="C0", fontsize=9)
ax.axvline(r_infinity, color="C3", ls="--", lw=0.8)
ax.text(r_infinity, 0.92, " r∞", color="C3", fontsize=9)
ax.set(xlim=r_cascade[[0, -1]], ylim=(0.3, 0.95), title="The period-doubling cascade between r₃ and r∞")
plt.show()

# %% [markdown]
# ## λ = ln 2 at r = 4
#
# At r = 4 the substitution x = sin²(πθ/2) turns the logistic map into the tent map
# θ → 1 − |1 − 2θ|, whose slope is ±2 everywhere: the Lyapunov exponent is exactly ln 2
# (Ulam & von Neumann 1947). We estimate it with `neurorepro.lyapunov_spectrum` (for a
# one-dimensional map the QR re-orthonormalisation reduces to averaging ln|f′|), over
# `n_orbits_r4` orbits of `n_steps_r4` iterations from random starting points (one vmapped,
# compiled call).
#
# **Tolerance.** Through the same substitution the chain rule telescopes: with
# y = x(1 − x), |f′(x)| = 2 √(y(f(x)) / y(x)) exactly, so the average over N iterations is
# ln 2 + [ln y(x_N) − ln y(x_0)]/(2N). The error of one orbit is therefore bounded by its
# end points, not a random walk: with x₀ ∈ [0.01, 0.99] and y(x_N) > 10⁻¹⁰ (all but a
# 10⁻¹⁰ chance) it is below 15/N = 1.5·10⁻⁴ for N = 10⁵, and typically far smaller (the
# per-orbit spread is printed). We require 10⁻⁴ for the mean of the orbits.

# %%
starts_r4 = Population(jax.random.uniform(jax.random.key(seed), (n_orbits_r4,), minval=0.01, maxval=0.99))
lyapunov_r4_orbits = np.asarray(jax.vmap(lambda y0: nr.lyapunov_spectrum(
    step, y0, 4.0, n_steps=n_steps_r4, transient=100)[0])(starts_r4))
lyapunov_r4 = lyapunov_r4_orbits.mean()
print(f"λ(r = 4) = {lyapunov_r4:.7f}, ln 2 = {np.log(2.0):.7f};  per-orbit spread {lyapunov_r4_orbits.std(ddof=1):.1e}, "
      f"largest per-orbit error {np.abs(lyapunov_r4_orbits - np.log(2.0)).max():.1e}")

# %% [markdown]
# ## The period-3 window: a tangent bifurcation at r = 1 + √8
#
# Past r∞ the chaotic band is interrupted by windows where a stable cycle reappears. The
# widest opens with a 3-cycle: the graph of $f_r^{(3)}$ touches the diagonal at three points at
# once, and for larger r each touching point splits into a stable and an unstable 3-cycle
# (multiplier +1 at the tangency). The exact parameter is r = 1 + √8 = 3.828427…; we find it by
# the same Newton solver as above, now with multiplier +1 and period 3. Just below, orbits
# show *intermittency*: long nearly periodic stretches (the orbit squeezes through the narrow
# channel between the graph of $f^{(3)}$ and the diagonal) separated by chaotic bursts; plotting
# every third iterate turns the nearly periodic stretches into plateaus.
#
# From the simulation side, the fine range [3.8280, 3.8290] (step 10⁻⁵) of the orbit-diagram
# run gives the first r at which the recorded orbit is a 3-cycle: it repeats after 3 iterations
# to 10⁻⁹, and not after 1 or 2 (`neurorepro.measures.cycle_period`). It must lie within one
# grid step above 1 + √8.
#
# **The first cycle of odd period.** Before the period-3 window, May's Table 1 marks a = 3.6786,
# where the first cycle of odd period appears. Just past r∞ the chaotic orbits live on two bands
# that the map swaps, so every cycle there has even period; the bands merge where the orbit of
# the maximum x = 1/2 lands on the unstable fixed point x* = 1 − 1/r after three steps,
# $f_r^{(3)}(1/2) = 1 - 1/r$, and beyond it cycles of odd period exist. We solve that equation
# by the same Newton solver (a scalar equation in r, as for the superstable parameters).

# %%
x_tangent, r_tangent = np.asarray(solve_cycle(jnp.array([0.5, 3.83]), 3, 1.0))


def lands_on_fixed_point(r, steps):
    """f_r^(steps)(1/2) − x*, r a 1-vector: zero where the orbit of x = 1/2 lands on x* = 1 − 1/r."""
    return jnp.atleast_1d(iterate(Population(0.5), r[0], steps).x - (1.0 - 1.0 / r[0]))


r_first_odd = float(nr.analysis.newton(lands_on_fixed_point, jnp.array([3.68]), 3, tol=0.0,
                                       max_steps=40)[0][0])
print(f"bands merge, first odd cycle: r = {r_first_odd:.10f} (May 1976, Table 1: 3.6786)")
is_period_3 = np.array([nr.measures.cycle_period(orbit, tol=1e-9) == 3 for orbit in diagram_tangency])
r_first_period_3 = r_tangency[np.argmax(is_period_3)]
print(f"tangency (Newton): r = {r_tangent:.12f}, x = {x_tangent:.6f};  1 + √8 = {1 + np.sqrt(8):.12f}")
print(f"first 3-cycle on the fine grid: r = {r_first_period_3:.5f}; "
      f"all grid points above it are 3-cycles: {is_period_3[np.argmax(is_period_3):].all()}")

intermittent = nr.run(step, start, 1.0 + np.sqrt(8.0) - 1e-4, duration=900, dt=1.0,
                      monitors={"x": nr.StateMonitor("x")}, progress=False)
every_third = intermittent["x"].values[2::3]  # x_3, x_6, …: flat while the orbit is nearly a 3-cycle
third_iterates = jax.vmap(lambda r: iterate(Population(x_grid), r, 3).x)(jnp.array([3.82, 1.0 + np.sqrt(8.0), 3.84]))

fig, (ax, ax_third, ax_intermittent) = plt.subplots(1, 3, figsize=(12, 4))
nr.plots.orbit_diagram(r_window, diagram_window, ax, markersize=0.3, alpha=0.5, rasterized=True,
                       xlabel="r", ylabel="x")
ax.axvline(1.0 + np.sqrt(8.0), color="C1", ls="--", lw=0.8)
ax.set_title("The period-3 window")
for curve, color, label in zip(third_iterates, ("C0", "C1", "C2"), ("r = 3.82", "r = 1 + √8", "r = 3.84")):
    ax_third.plot(x_grid, curve, color=color, lw=1.0, label=label)
ax_third.plot([0, 1], [0, 1], color="k", lw=0.8)
ax_third.plot(x_tangent, x_tangent, "o", color="C1", ms=5, mfc="none")
ax_third.set(xlim=(0.48, 0.55), ylim=(0.47, 0.54), aspect="equal", xlabel="x", ylabel="$f_r^{(3)}(x)$")
ax_third.set_title("$f^{(3)}$ touches the diagonal at r = 1 + √8", fontsize=10)
ax_third.legend(fontsize=8, loc="upper left")
ax_intermittent.plot(np.arange(1, len(every_third) + 1), every_third, ".-", color="k", lw=0.5, ms=2)
ax_intermittent.set(xlabel="k", ylabel="$x_{3k}$")
ax_intermittent.set_title("Intermittency at r = 1 + √8 − 10⁻⁴", fontsize=10)
plt.show()

# %% [markdown]
# ## Replication check
#
# **What the paper publishes.** May's Table 1 summarises the logistic map by its "bifurcation
# points", to four decimals: 3.0000, 3.4495 (2-cycle unstable), 3.5441 (4-cycle unstable), the
# onset of the chaotic regime, 3.6786 (first odd-period cycle) and 3.8284 (the 3-cycle appears).
# These values are transcribed from the table; a scan of it was not at hand when this check was
# written, so the onset of chaos, whose last printed digit we could not confirm (3.5699 or
# 3.5700), is compared only with the six-decimal value of later work. Our Newton solutions are
# exact to rounding, so each is compared with half a unit of its last printed decimal, 5·10⁻⁵. The six-decimal values of r₃ … r∞ and Feigenbaum's
# δ come from later work and are labelled secondary; the closed forms are identities.
#
# Tolerances: the Newton solutions are exact to rounding (≈ 10⁻¹⁴), so closed forms are checked
# to 10⁻¹⁰; published decimals are checked to half a unit of their last digit; δ to the last
# change of the ratios; λ(4) to the end-point bound derived above; the first 3-cycle of the fine
# grid must be its first point above 1 + √8.

# %%
strogatz = "Strogatz 1994, Nonlinear Dynamics and Chaos, Table 10.2.1"
table_1 = dict(kind="published", source="May 1976, Table 1", abs_tol=5e-5)  # four printed decimals
claims = [
    claim("r₂: 2-cycle period-doubles", ours=r_bif[1], paper=3.4495, **table_1),
    claim("r₃: 4-cycle period-doubles", ours=r_bif[2], paper=3.5441, **table_1),
    claim("first cycle of odd period appears", ours=r_first_odd, paper=3.6786, **table_1),
    claim("cycle of period 3 appears", ours=r_tangent, paper=3.8284, **table_1),
    claim("r₁ = 3: fixed point period-doubles", ours=r_bif[0], paper=3.0, kind="identity",
          source="closed form: slope 2 − r = −1 at x*", abs_tol=1e-10),
    claim("r₂ = 1 + √6: 2-cycle period-doubles", ours=r_bif[1], paper=1.0 + np.sqrt(6.0), kind="identity",
          source="closed form", abs_tol=1e-10),
    claim("period-3 tangency = 1 + √8: (f³)′ = +1", ours=r_tangent, paper=1.0 + np.sqrt(8.0),
          kind="identity", source="closed form", abs_tol=1e-10),
    claim("r₃: 4-cycle period-doubles (6 decimals)", ours=r_bif[2], paper=3.544090, kind="secondary",
          source=strogatz, abs_tol=5e-7),
    claim("r₄: 8-cycle period-doubles", ours=r_bif[3], paper=3.564407, kind="secondary", source=strogatz,
          abs_tol=5e-7),
    claim("r₅: 16-cycle period-doubles", ours=r_bif[4], paper=3.568759, kind="secondary", source=strogatz,
          abs_tol=5e-7),
    claim("r∞: accumulation of the doublings (6 decimals)", ours=r_infinity, paper=3.569946,
          kind="secondary", source=strogatz, abs_tol=5e-7),
    claim("Feigenbaum δ from superstable R_n", ours=delta_estimate, paper=4.669201609, kind="secondary",
          source="Feigenbaum 1978 (4.669201609103)", abs_tol=delta_tolerance),
    claim("r∞ from the r_n agrees with r∞ from the R_n", ours=r_infinity_from_bif, paper=r_infinity,
          kind="identity", source="R_(n−1) < r_n < R_n: one limit", abs_tol=1e-9),
    claim("each r_n lies between R_(n−1) and R_n", ours=bracketed, paper=True, kind="identity",
          source="superstable R_n inside the stability interval"),
    claim("orbit diagram: periods ≠ 2ⁿ between r_n, r_(n+1)", ours=period_mismatches, paper=0,
          kind="qualitative", source="May 1976, cascade of 2ⁿ cycles"),
    claim("λ < 0 for every r < r∞ − 0.001 (stable cycles)", ours=bool(max_lyapunov_periodic < 0.0),
          paper=True, kind="qualitative", source="May 1976, stable cycles below the chaotic regime"),
    claim(f"λ at r = 4 (mean of {n_orbits_r4} orbits)", ours=lyapunov_r4, paper=float(np.log(2.0)),
          kind="identity", source="exact: ln 2 (conjugacy to the tent map)", abs_tol=1e-4),
    claim("first 3-cycle on the fine grid (step 1e-5)", ours=r_first_period_3, kind="identity",
          paper=r_tangency[np.searchsorted(r_tangency, 1.0 + np.sqrt(8.0))],
          source="first grid point above 1 + √8"),
]
report(claims)
