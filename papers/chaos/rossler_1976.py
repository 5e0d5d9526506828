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
# **Claims reproduced** (kinds as in the table at the end)
# 1. *Qualitative, the paper's.* At a = b = 0.2, c = 5.7 (his Eq. 2) the solution is chaotic —
#    the sequence of maxima of x never repeats — and its first-return map is folded, a single
#    thin one-humped curve (Rössler's "folded", horseshoe-shaped Poincaré map; we could not
#    consult the paper's text and rely on its description in arXiv:2310.14066, Sec. 1).
# 2. *Identities.* The inner fixed point z₋ = (c − √(c² − 4ab))/(2a) is a zero of the field, and
#    its linearisation is a saddle-focus (an unstable focus in the spiral plane, one strongly
#    negative real eigenvalue); the sum of the Lyapunov exponents equals the mean divergence
#    a + ⟨x⟩ − c along the trajectory.
# 3. *Secondary.* As c grows the limit cycle period-doubles: maxima repeat after 1, 2 and 4
#    turns at c = 2.5, 3.5 and 4 (Strogatz, *Nonlinear Dynamics and Chaos*, the period-doubling
#    figure of this flow at a = b = 0.2; not in the short paper). Lyapunov spectrum
#    (0.0714, 0, −5.3943) and Kaplan–Yorke dimension 2.0132 (Sprott 2003, *Chaos and
#    Time-Series Analysis*, App. A).
#
# **Why no published numbers or figure read-offs.** We could not consult the two-page paper
# itself. The descriptions of it that we could read (e.g. arXiv:2310.14066) report its equation,
# its parameters and the qualitative findings above, and no number about the solution (no
# exponent, period, coordinate or bifurcation value); nor could we read values off its figures.
# Every number compared below therefore comes from a later source (kind "secondary") or from
# mathematics (kind "identity"). The period-8 orbit at c = 4.16 and the period-3 window at
# c = 5.3 are printed and drawn but not claimed: no source we could check gives them.

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

from collections import namedtuple

import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.replication import claim, report

plt.rcParams.update({"figure.dpi": 80, "figure.autolayout": True, "legend.fontsize": 8})

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
# z± = (c ± √(c² − 4ab))/(2a). The inner one (z₋ ≈ 0.035) is at the centre of the spiral; its
# Jacobian and eigenvalues come from `neurorepro.analysis` (exact, by automatic differentiation).
#
# **Divergence.** ∂ẋ/∂x + ∂ẏ/∂y + ∂ż/∂z = 0 + a + (x − c): it is *not* constant, unlike
# Lorenz's. Volumes shrink where x < c − a (almost everywhere) and grow briefly in the
# excursions x > c − a. The sum of the Lyapunov exponents is therefore the time average of
# a + x − c along the trajectory, a + ⟨x⟩ − c (checked below).
#
# **Integration.** Classical RK4 with step dt = 0.01: the vector field `rossler` is written
# once, and `neurorepro.make_step(rossler, "rk4")` is the step of the reference run, of the
# vmapped sweeps over c (`neurorepro.bifurcation.orbit_diagram`) and of the Lyapunov estimates.
# The runner labels times in ms, but the unit is never used: time here is dimensionless.


# %%
State = namedtuple("State", "x y z")  # pytrees: x, y, z may each be a number or an array
Params = namedtuple("Params", "a b c")


def rossler(t, u, p):
    """(ẋ, ẏ, ż), elementwise."""
    return State(x=-u.y - u.z, y=u.x + p.a * u.y, z=p.b + u.z * (u.x - p.c))


def at_c(c_values):
    """Parameters batched over values of c, for sweeps."""
    return Params(np.full_like(c_values, a), np.full_like(c_values, b), c_values)


step = nr.make_step(rossler, "rk4")
model = Params(a, b, c)
z_inner = (c - np.sqrt(c**2 - 4 * a * b)) / (2 * a)
inner_fixed_point = State(a * z_inner, -z_inner, z_inner)
field_at_fixed_point = np.abs(rossler(0.0, inner_fixed_point, model)).max()
eigenvalues_at = jax.jit(lambda u: nr.analysis.eigenvalues(nr.analysis.jacobian(rossler, u, model)))
fixed_point_eigenvalues = np.asarray(eigenvalues_at(inner_fixed_point))  # by decreasing real part
print(f"inner fixed point ({a * z_inner:.5f}, {-z_inner:.5f}, {z_inner:.5f}); "
      f"|field| there {field_at_fixed_point:.1e}; a {nr.analysis.classify(fixed_point_eigenvalues)}")
print("eigenvalues of the Jacobian there: " + ", ".join(f"{v:+.4f}" for v in fixed_point_eigenvalues))

# %% [markdown]
# ## The attractor
#
# A reference trajectory of `duration` from (0, −6.78, 0.02), close to the attractor; states
# after `transient` sample it (the random starts of the Lyapunov estimates are drawn from them).
# The trajectory is bounded and never repeats; in the x–y projection it is a spiral band, and
# the sheet lifts into z only on the side x > c, where it folds back.

# %%
monitors = {name: nr.StateMonitor(name) for name in State._fields}
start = State(0.0, -6.78, 0.02)
reference = nr.run(step, start, model, duration=duration, dt=dt, monitors=monitors, progress=False)
t = reference["x"].t
trajectory = np.stack([reference[name].values for name in State._fields], axis=-1)
on_attractor = t > transient
attractor = trajectory[on_attractor]
print(f"{len(t)} RK4 steps; ranges on the attractor: x {attractor[:, 0].min():.2f} … {attractor[:, 0].max():.2f}, "
      f"y {attractor[:, 1].min():.2f} … {attractor[:, 1].max():.2f}, z {attractor[:, 2].min():.3f} … "
      f"{attractor[:, 2].max():.2f};  ⟨x⟩ = {attractor[:, 0].mean():.4f}")

shown = on_attractor & (t <= transient + 500.0)
fig = plt.figure(figsize=(12, 7.5))
ax = fig.add_subplot(2, 2, 1, projection="3d")
ax.plot(*trajectory[shown].T, color="k", lw=0.3)
ax.scatter(*inner_fixed_point, color="C3", s=20)
ax.set(xlabel="x", ylabel="y", zlabel="z", title="The attractor (red: inner fixed point)")
for k, (i, j) in enumerate([(0, 1), (0, 2), (1, 2)], start=2):
    ax = fig.add_subplot(2, 2, k)
    ax.plot(trajectory[shown, i], trajectory[shown, j], color="k", lw=0.3)
    ax.plot(inner_fixed_point[i], inner_fixed_point[j], "o", color="C3", ms=4)
    ax.set(xlabel="xyz"[i], ylabel="xyz"[j], title=f"projection on the {'xyz'[i]}–{'xyz'[j]} plane")
fig.suptitle(f"Rössler attractor, a = {a:g}, b = {b:g}, c = {c:g}, t = {transient:g}–{transient + 500:g}")
plt.show()

series = on_attractor & (t <= transient + 200.0)
fig, axes = plt.subplots(3, 1, figsize=(11, 5.5), sharex=True)
for k, ax in enumerate(axes):
    ax.plot(t[series], trajectory[series, k], color="k", lw=0.8)
    ax.set_ylabel("xyz"[k])
axes[-1].set_xlabel("t")
fig.suptitle("Time series: x and y oscillate with irregular amplitude; z spikes when x exceeds c")
plt.show()

# %% [markdown]
# ## The return map of successive maxima
#
# Every turn of the spiral has one maximum of x. Plotting each maximum M_{n+1} against the
# previous one M_n (maxima located between samples, at the vertex of the parabola through the
# three samples around each: `neurorepro.measures.peaks` with `refine=True`) gives a single
# thin curve with one hump: small maxima are followed by larger ones (the outward spiral), the
# largest by small ones (reinjection after the fold). A unimodal map with a steep enough slope
# is chaotic — the same mechanism as the logistic map. The paper's folded map is checked as two
# qualitative claims: *thin* — each point lies within 0.01 (about 0.15 % of the range of the
# maxima) of the line through its two neighbours in M_n (95th percentile of the deviation), so
# the map is a curve, not a cloud; *one hump* — the mean of M_{n+1} over 20 bins of M_n rises, then falls,
# changing direction exactly once. We also print, without claiming it, the largest gap between
# the sorted maxima: about 2 % of their range, a single band (at c = 4.3, just past the
# period-doubling cascade, the chaotic attractor still has two bands, and the gap between
# them is a large fraction of the range: printed in the next section).
#
# On the right, a Poincaré section: the crossings of the half-plane y = 0, x < 0 (downwards
# crossings of y, located by `neurorepro.measures.threshold_crossings` on −y, the state
# interpolated linearly there), where the band is thinnest. The points lie on one short arc:
# the attractor is a sheet, thin in the direction transverse to the flow, which is why the
# dynamics reduce to a one-dimensional map.

# %%
maxima = nr.measures.peaks(trajectory[:, 0], t, refine=True)
M = maxima.height[maxima.t > transient]
m_now, m_next = M[:-1], M[1:]
order = np.argsort(m_now)
xs, ys = m_now[order], m_next[order]
between = ys[:-2] + (ys[2:] - ys[:-2]) * (xs[1:-1] - xs[:-2]) / (xs[2:] - xs[:-2])
thickness = np.percentile(np.abs(ys[1:-1] - between), 95)
which_bin = np.clip(np.digitize(xs, np.linspace(xs.min(), xs.max(), 21)) - 1, 0, 19)
bin_means = np.array([ys[which_bin == i].mean() for i in range(20) if np.any(which_bin == i)])
direction = np.sign(np.diff(bin_means))
hump_turns = int(np.sum(direction[1:] != direction[:-1]))
largest_gap = np.diff(np.sort(M)).max() / np.ptp(M)

section_t = nr.measures.threshold_crossings(-trajectory[:, 1], t, 0.0, interpolate=True)  # y downwards
section_t = section_t[section_t > transient]
section_x, section_z = (np.interp(section_t, t, trajectory[:, k]) for k in (0, 2))
print(f"{len(M)} maxima; the top of the return map at M_n ≈ {xs[np.argmax(ys)]:.2f}")

fig, (ax, ax_section) = plt.subplots(1, 2, figsize=(12, 5))
ax.plot(m_now, m_next, ".", color="k", ms=2.5)
lims = [M.min() - 0.5, M.max() + 0.5]
ax.plot(lims, lims, color="C3", lw=0.7, ls="--", label="$M_{n+1} = M_n$")
ax.set(xlim=lims, ylim=lims, aspect="equal", title=f"Return map of the maxima of x ({len(m_now)} pairs)",
       xlabel="$M_n$ (a maximum of x)", ylabel="$M_{n+1}$ (the next maximum)")
ax.legend(loc="lower right")
ax_section.plot(section_x, section_z, ".", color="k", ms=2.5)
ax_section.set(xlabel="x at y = 0 (crossing downwards)", ylabel="z",
               title=f"Poincaré section y = 0, x < 0 ({len(section_t)} crossings)")
plt.show()

# %% [markdown]
# ## Period doubling as c grows
#
# For each c on a grid from `c_min` to `c_max`, a run from the same start, all in one vmapped
# sweep (`neurorepro.bifurcation.orbit_diagram`); after `orbit_transient` the maxima of x over
# `orbit_record` (`neurorepro.measures.peaks`) are plotted against c. The single maximum of the
# limit cycle splits in two near c ≈ 2.8, in four near c ≈ 3.8, in eight near c ≈ 4.1, and the
# cascade accumulates near c ≈ 4.2. Beyond it the chaotic attractor is first made of separate
# bands visited in turn, which widen and merge as c grows; periodic windows interrupt the chaos
# (period 5 near c = 4.7, period 3 near c = 5.2–5.3), and at c = 5.7 a single band remains.
# Close to each bifurcation the transient is not long enough to settle, which blurs the
# diagram there.
#
# For the claims, six values of c well inside their regimes run again for 2000 time units
# before 400 are recorded, and the repeat length of their sequence of maxima
# (`neurorepro.measures.cycle_period`: the smallest p with all maxima equal to those p later
# within 10⁻³; 0 if none up to 32) counts the turns of the cycle. The periods 1, 2, 4 at
# c = 2.5, 3.5, 4 are compared with Strogatz's textbook figure (secondary); 0 (chaos) at
# c = 5.7 is the paper's claim; the period 8 at c = 4.16 and 3 at c = 5.3 are our own
# observations, printed but not claimed.

# %%
def maxima_of_x(c_values, transient_time, record_time, refine=False):
    """Maxima of x over `record_time` after `transient_time`, from (1, 1, 0), for each c."""
    n_transient, n_record = int(round(transient_time / dt)), int(round(record_time / dt))
    x = nr.bifurcation.orbit_diagram(step, State(1.0, 1.0, 0.0), at_c(c_values), variable="x", dt=dt,
                                     n_transient=n_transient, n_record=n_record, progress=False)
    return [nr.measures.peaks(row, refine=refine).height for row in x]


c_grid = np.round(np.arange(c_min, c_max + c_step / 2, c_step), 10)
orbit_maxima = maxima_of_x(c_grid, orbit_transient, orbit_record)
check_c = np.array([2.5, 3.5, 4.0, 4.16, 5.3, c])
check_maxima = maxima_of_x(check_c, 2000.0, 400.0, refine=True)
turns = {c_value: nr.measures.cycle_period(m) for c_value, m in zip(check_c, check_maxima)}
print("repeat length of the maxima: " + ", ".join(f"c = {value:g}: {p or 'none'}" for value, p in turns.items()))
two_band = orbit_maxima[int(np.argmin(np.abs(c_grid - 4.3)))]
two_band_gap = np.diff(np.sort(two_band)).max() / np.ptp(two_band)
print(f"c = 4.3 (two bands): largest gap between sorted maxima {100 * two_band_gap:.0f} % of their range; "
      f"c = {c:g}: {100 * largest_gap:.1f} %")

fig, ax = plt.subplots(figsize=(12, 5.5))
nr.plots.orbit_diagram(c_grid, orbit_maxima, ax, markersize=0.4, xlabel="c", ylabel="maxima of x", rasterized=True)
for c_value in check_c:
    ax.axvline(c_value, color="C0", ls=":", lw=0.8)
ax.set_title(f"Orbit diagram (a = b = {a:g}); blue: the values of c checked below")
plt.show()

# %% [markdown]
# ## Lyapunov spectrum
#
# `neurorepro.lyapunov_spectrum` carries three tangent vectors along the RK4 `step` of the
# simulations (with the model's parameters) by `jax.jvp` and re-orthonormalises them by QR at
# every step. `n_lyapunov_starts` estimates, each averaged over `lyapunov_time` (5·10⁵ steps),
# start from random states of the attractor (from `seed`, displaced), vmapped over the starts; we report
# the mean and its standard error.
#
# **What moved.** The starts used to be states copied from the recorded attractor. The RK4 step
# applied to such a state retraces the recording bit for bit, so the runs shared stretches of one
# orbit; each start is now displaced by about 10⁻⁹ (`nr.lyapunov.displaced`) and begins its own
# orbit. This notebook also used to hand the Lyapunov routine its own RK4 map with dt and the
# parameters compiled in as constants; the step now receives them as arguments, which changes
# the last bit of some operations. With both changes λ1 moved from 0.07110 to 0.07140, λ2 from
# 0.00013 to 0.00019, λ3 from −5.39497 to −5.39491 and the Kaplan–Yorke dimension from 2.01318
# to 2.01323, within the scatter described below; the largest mismatch between the sum of the
# exponents and the mean divergence went from 1.7·10⁻⁵ to 1.1·10⁻⁵.
#
# **Secondary values.** The paper gives no exponents (as far as we could establish); J. C.
# Sprott, *Chaos and Time-Series Analysis* (Oxford University Press, 2003), Appendix A, Rössler
# attractor at a = b = 0.2, c = 5.7: exponents (0.0714, 0, −5.3943),
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
# a + ⟨x⟩ − c averaged over *its own* trajectory: we rerun each start with the same step and
# the same number of steps (`neurorepro.simulate`: the same arithmetic, so the same trajectory)
# and average x. We require agreement within 10⁻⁴ for every start. Averages over *different*
# trajectories of this length differ by about 10⁻³ (the scatter of the sums across starts), so
# the check would fail if the two computations followed different trajectories, or if the
# exponents did not add up to the contraction of volumes. (That is also why the two are not
# compiled together under one `jax.jit`: XLA then rounds the step inside the Lyapunov
# routine's `jax.jvp` and the plain step differently in the last bit, and after 5·10⁵ steps of
# a chaotic flow the two trajectories are unrelated.)


# %%
lyapunov_steps = int(round(lyapunov_time / dt))
draw = np.asarray(jax.random.randint(jax.random.key(seed), (n_lyapunov_starts,), 0, len(attractor)))


def spectrum_and_mean_x(u0):
    """The Lyapunov spectrum from u0, and the mean of x over the same lyapunov_steps steps."""
    spectrum = nr.lyapunov_spectrum(step, u0, model, n_steps=lyapunov_steps, dt=dt)
    x_path = nr.simulate(step, u0, model, dt=dt, n_steps=lyapunov_steps, save=lambda u: u.x).saved
    return spectrum, x_path.mean()


# displaced by ~1e-9: a state copied from the recorded attractor would retrace it, the runs overlapping
starts = nr.lyapunov.displaced(jax.random.fold_in(jax.random.key(seed), 1), State(*attractor[draw].T))
spectra, mean_x_per_start = map(np.asarray, jax.vmap(spectrum_and_mean_x)(starts))
spectrum = spectra.mean(axis=0)
standard_error = spectra.std(axis=0, ddof=1) / np.sqrt(n_lyapunov_starts)
kaplan_yorke = 2.0 + spectrum[0] / abs(spectrum[2])
divergence_average = a + mean_x_per_start - c
sum_mismatch = np.abs(spectra.sum(axis=1) - divergence_average).max()
print("λ1, λ2, λ3 = " + ", ".join(f"{v:+.5f} ± {e:.5f}" for v, e in zip(spectrum, standard_error)))
print("per start, λ1 + λ2 + λ3 and a + ⟨x⟩ − c on the same trajectory:")
for total, average in zip(spectra.sum(axis=1), divergence_average):
    print(f"   {total:.6f}   {average:.6f}")
print(f"spread of the sums across starts {spectra.sum(axis=1).std(ddof=1):.1e}")

# %% [markdown]
# ## Replication check

# %%
sprott = "Sprott 2003, Chaos and Time-Series Analysis, App. A"
paper = "Rössler 1976 (as described in arXiv:2310.14066)"
cascade = "Strogatz, Nonlinear Dynamics and Chaos, period-doubling figure (a = b = 0.2)"
closed_form = "fixed point z± = (c ± √(c² − 4ab))/(2a) and its Jacobian"
claims = [
    claim("inner fixed point: |field| < 1e-12", ours=bool(field_at_fixed_point < 1e-12), paper=True,
          source=closed_form, kind="identity"),
    claim("inner fixed point: spiral pair unstable (Re > 0)", ours=bool(fixed_point_eigenvalues[0].real > 0),
          paper=True, source=closed_form, kind="identity"),
    claim("inner fixed point: real eigenvalue stable (< 0)", ours=bool(fixed_point_eigenvalues[-1].real < 0),
          paper=True, source=closed_form, kind="identity"),
    claim("c = 5.7: maxima repeat after (0 = never: chaos)", ours=turns[c], paper=0, source=f"{paper}, Eq. 2",
          kind="qualitative"),
    claim("return map is a thin curve (95th pct. < 0.01)", ours=bool(thickness < 0.01), paper=True,
          source=f"{paper}, folded Poincaré map", kind="qualitative"),
    claim("return map: changes of direction (one hump)", ours=hump_turns, paper=1,
          source=f"{paper}, folded (horseshoe) map", kind="qualitative"),
    claim("c = 2.5: maxima repeat after", ours=turns[2.5], paper=1, source=cascade, kind="secondary"),
    claim("c = 3.5: maxima repeat after", ours=turns[3.5], paper=2, source=cascade, kind="secondary"),
    claim("c = 4.0: maxima repeat after", ours=turns[4.0], paper=4, source=cascade, kind="secondary"),
    claim("largest Lyapunov exponent λ1", ours=spectrum[0], paper=0.0714, source=sprott, kind="secondary",
          abs_tol=0.002),
    claim("middle Lyapunov exponent λ2", ours=spectrum[1], paper=0.0, source=sprott, kind="secondary",
          abs_tol=0.001),
    claim("smallest Lyapunov exponent λ3", ours=spectrum[2], paper=-5.3943, source=sprott, kind="secondary",
          abs_tol=0.002),
    claim("Kaplan–Yorke dimension", ours=kaplan_yorke, paper=2.0132, source=sprott, kind="secondary",
          abs_tol=0.0004),
    claim("max |λ1+λ2+λ3 − (a + ⟨x⟩ − c)|, same trajectory", ours=sum_mismatch, paper=0.0,
          source="sum of exponents = mean divergence", kind="identity", abs_tol=1e-4),
]
report(claims)
