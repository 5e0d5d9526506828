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
# # Hénon (1976): A two-dimensional mapping with a strange attractor
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/chaos/henon_1976.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/chaos/henon_1976.ipynb)
#
# Hénon, M. (1976). A two-dimensional mapping with a strange attractor. *Communications in
# Mathematical Physics* 50, 69–77.
# [doi:10.1007/BF01608556](https://doi.org/10.1007/BF01608556)
#
# Lorenz's attractor is hard to study numerically: its sheets are squeezed together so fast that
# their structure cannot be resolved. Hénon looked for the simplest model with the same
# ingredients — stretching, folding and contraction of areas — and found a quadratic map of the
# plane, the product of a fold, a contraction and a reflection. Its Jacobian determinant is the
# constant −b, so every area shrinks by the factor b at each step, yet the orbits do not settle
# on a point or a cycle: for a = 1.4, b = 0.3 they fill a banana-shaped set that looks like a
# few curves, and that, magnified again and again, splits into ever thinner bundles of parallel
# layers — a Cantor set across, a curve along. We redraw his figures, check the geometry he
# used (fixed points, trapping region, area contraction), and measure what was computed for
# the attractor after his paper: its Lyapunov exponents and its fractal dimension.
#
# **Claims reproduced**
# 1. The map is a fold (area-preserving), a contraction by b along x and a reflection; its
#    Jacobian determinant is −b at every point, so areas shrink by the factor b per step
#    (paper, construction of the map; Fig. 1).
# 2. The quadrilateral R with vertices (−1.33, 0.42), (1.32, 0.133), (1.245, −0.14),
#    (−1.06, −0.5) is mapped into itself, and the attractor lies inside it (paper, trapping
#    region).
# 3. The map has two fixed points, x = [−(1 − b) ± √((1 − b)² + 4a)]/(2a), y = bx; both are
#    saddles, W = (0.63135448, 0.18940634), the one on the attractor, with eigenvalues
#    0.15594632 and −1.92373886 (paper, fixed points).
# 4. From (0, 0), 10⁴ iterates draw the attractor (Fig. 2); successive magnifications around W
#    show each "curve" made of bundles of parallel layers, with the same pattern of layers at
#    every scale (Figs. 3–5).
# 5. Lyapunov exponents λ1 = 0.41922 and λ2 = −1.62319 per iteration (Sprott 2003, Appendix
#    A), with λ1 + λ2 = ln b exactly (identity: the Jacobian determinant is −b everywhere), and
#    Kaplan–Yorke dimension 1 + λ1/|λ2| = 1.2583.
# 6. Box-counting (capacity) dimension 1.261 ± 0.003 (Russell, Hanson & Ott 1980, Phys. Rev.
#    Lett. 45, 1175); from 10⁷ points we resolve it only to a few hundredths (see the text).
# 7. Orbit diagram over a at b = 0.3: the fixed point W period-doubles at a = 3(1 − b)²/4
#    = 0.3675 (its eigenvalue crosses −1), the start of the cascade that ends in the chaos of
#    a = 1.4.

# %% tags=["parameters"]
a = 1.4  # nonlinearity of the fold (dimensionless; Hénon's value)
b = 0.3  # contraction: the Jacobian determinant is −b (dimensionless; Hénon's value)
n_points_fig2 = 10_000  # iterates from (0, 0) plotted in Fig. 2 (Hénon: 10⁴)
n_orbits = 2_000  # independent orbits run side by side for Figs. 3–5 and the box counting
n_iterations = 5_000  # iterations recorded per orbit (10⁷ points of the attractor in all)
n_lyapunov_steps = 100_000  # iterations averaged over, per independent Lyapunov estimate
n_lyapunov_segments = 16  # independent Lyapunov estimates, from different orbits
seed = 0  # random key: starting points of the orbits

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

jax.config.update("jax_enable_x64", True)  # the exponents' sum is checked to rounding error

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.path import Path
from matplotlib.patches import Rectangle

import neurorepro as nr
from neurorepro.bifurcation import orbit_diagram
from neurorepro.replication import claim, report

plt.rcParams["figure.dpi"] = 80  # dense point clouds: keeps the stored notebook small

# %% [markdown]
# ## The model
#
# Hénon's map (his Eq. 2) sends a point (x, y) of the plane to
#
# $$x_{n+1} = 1 + y_n - a x_n^2, \qquad y_{n+1} = b x_n .$$
#
# He built it as the product of three maps, each simple enough to see what it does to a region:
#
# * a fold, $T'$: $x' = x$, $y' = 1 - a x^2 + y$ — it bends the region along a parabola and keeps
#   areas (Jacobian determinant 1);
# * a contraction along x, $T''$: $x'' = b x'$, $y'' = y'$ — areas shrink by b;
# * a reflection in the diagonal, $T'''$: $x''' = y''$, $y''' = x''$ — it restores the
#   orientation of the fold (determinant −1).
#
# The Jacobian matrix of the map is
#
# $$J = \begin{pmatrix} -2 a x & 1 \\ b & 0 \end{pmatrix}, \qquad \det J = -b,$$
#
# the same at every point: the map contracts every area by the factor b, whatever the region.
# Its fixed points solve $a x^2 + (1 - b) x - 1 = 0$, $y = b x$:
#
# $$x_\pm = \frac{-(1 - b) \pm \sqrt{(1 - b)^2 + 4a}}{2a},$$
#
# with eigenvalues $\mu = -a x \pm \sqrt{a^2 x^2 + b}$ of J.
#
# **Running it.** The map is a step function for `neurorepro.run`: it ignores the clock and is
# run with dt = 1, so a "duration" of n is n iterations. The state is one array `xy[..., 2]`, so
# the same step runs one orbit or thousands side by side.


# %%
def henon_map(xy, params):
    """One iteration for points xy[..., (x, y)] of any leading shape."""
    x, y = xy[..., 0], xy[..., 1]
    return jnp.stack([1.0 + y - params["a"] * x**2, params["b"] * x], axis=-1)


def henon_step(state, params, clock):
    return {"xy": henon_map(state["xy"], params)}


def fold(xy, params):
    return jnp.stack([xy[..., 0], 1.0 - params["a"] * xy[..., 0] ** 2 + xy[..., 1]], axis=-1)


def contract(xy, params):
    return jnp.stack([params["b"] * xy[..., 0], xy[..., 1]], axis=-1)


def reflect(xy, params):
    return xy[..., ::-1]


def fixed_points(params):
    """The two fixed points (x₊, y₊) and (x₋, y₋), closed form."""
    root = jnp.sqrt((1.0 - params["b"]) ** 2 + 4.0 * params["a"])
    x = jnp.stack([-(1.0 - params["b"]) + root, -(1.0 - params["b"]) - root]) / (2.0 * params["a"])
    return jnp.stack([x, params["b"] * x], axis=-1)


# Jacobian matrices by forward-mode autodiff, for a batch of points (one compiled call).
jacobians = jax.jit(jax.vmap(jax.jacfwd(henon_map), in_axes=(0, None)))

model = {"a": jnp.asarray(a), "b": jnp.asarray(b)}
monitors = {"xy": nr.StateMonitor("xy")}

# %% [markdown]
# ## Fig. 1 — fold, contraction, reflection; the trapping region
#
# Hénon follows a region through the three steps. We use the quadrilateral R with vertices
# (−1.33, 0.42), (1.32, 0.133), (1.245, −0.14), (−1.06, −0.5), which he showed is mapped
# inside itself: no orbit that enters R ever leaves, so the attractor lies in R. Because the
# map is one-to-one and continuous, the image of R is the region bounded by the image of R's
# boundary; we sample the boundary densely (`n_boundary` points per edge), push it through the
# three steps and compute the enclosed areas with the shoelace formula. The fold keeps the
# area, the contraction multiplies it by b, the reflection keeps its size and flips its
# orientation. The polygon through the sampled points misses a sliver along each parabolic arc;
# comparing two sampling densities shows that error (it falls as 1/n²).

# %%
trapping_vertices = np.array([[-1.33, 0.42], [1.32, 0.133], [1.245, -0.14], [-1.06, -0.5]])


def boundary(vertices, n_per_edge):
    """Points along the closed polygon, n_per_edge per edge."""
    s = np.linspace(0.0, 1.0, n_per_edge, endpoint=False)[:, None]
    return np.concatenate([p + s * (q - p) for p, q in zip(vertices, np.roll(vertices, -1, axis=0))])


def signed_area(points):
    """Shoelace formula: positive for a counter-clockwise polygon."""
    x, y = points[:, 0], points[:, 1]
    return 0.5 * np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y)


@jax.jit
def three_steps(xy, params):
    folded = fold(xy, params)
    contracted = contract(folded, params)
    return folded, contracted, reflect(contracted, params)


def trapping_check(n_per_edge):
    region = boundary(trapping_vertices, n_per_edge)
    stages = [region, *map(np.asarray, three_steps(jnp.asarray(region), model))]
    return stages, [signed_area(stage) for stage in stages]


n_boundary = 4000
stages, areas = trapping_check(n_boundary)
_, areas_coarse = trapping_check(n_boundary // 2)
image_of_R = stages[-1]
area_ratio = areas[-1] / areas[0]  # signed: the reflection reverses the orientation
area_ratio_error = abs(areas_coarse[-1] / areas_coarse[0] - area_ratio)  # ≈ 3/4 of the coarse error
image_inside = Path(trapping_vertices).contains_points(image_of_R).mean()
print("signed areas: R {:.6f}, fold {:.6f}, contraction {:.6f}, reflection {:.6f}".format(*areas))
print(f"signed area(T(R)) / area(R) = {area_ratio:.7f} (det J = −b = {-b});  "
      f"change when halving the sampling: {area_ratio_error:.1e}")
print(f"fraction of the boundary of T(R) inside R: {image_inside:.4f}")

# %%
titles = ["R", "fold T′ (area kept)", "contraction T″ (area × b)", "reflection T‴ = T(R), inside R"]
fig, axes = plt.subplots(1, 4, figsize=(12, 3.4), sharex=True, sharey=True)
for ax, stage, title, area in zip(axes, stages, titles, areas):
    ax.fill(*trapping_vertices.T, color="0.9", ec="0.5", lw=0.8)
    ax.fill(*stage[::8].T, color="C0", alpha=0.5, ec="C0", lw=1.0)  # every 8th point is smooth enough
    ax.set_title(f"{title}\narea {abs(area):.3f}", fontsize=9)
    ax.set_xlabel("x")
axes[0].set_ylabel("y")
axes[0].set_xlim(-1.6, 1.6)
axes[0].set_ylim(-1.6, 1.2)
fig.suptitle("Fig. 1 — the map as fold, contraction and reflection (grey: the trapping region R)")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Fixed points: two saddles
#
# The eigenvalues of the Jacobian at each fixed point, computed with `jax.jacfwd` and
# compared with the closed form. At W = (x₊, y₊) one eigenvalue is small (0.156, a strongly
# contracting direction) and one is below −1 (−1.924, expanding with a flip): W is a saddle,
# and it lies on the attractor (Figs. 2–5 are centred on it). The layers of the attractor run
# along W's unstable direction, the eigenvector (μᵤ, b) of the eigenvalue μᵤ = −1.924. The
# other fixed point (x₋, y₋), outside R, is a saddle too.

# %%
@jax.jit
def at_fixed_points(params):
    """The fixed points, the map's displacement there (zero) and the Jacobians there."""
    points = fixed_points(params)
    return points, henon_map(points, params) - points, jacobians(points, params)


fixed, displacement, fixed_jacobians = map(np.asarray, at_fixed_points(model))
residual_fixed = np.abs(displacement).max()
eigenvalues = np.sort(np.linalg.eigvals(fixed_jacobians).real, axis=1)  # both real here
closed_form = np.array([np.sort([-a * x + s * np.sqrt(a**2 * x**2 + b) for s in (1, -1)]) for x in fixed[:, 0]])
for name, point, mu in zip(("W = (x₊, y₊)", "(x₋, y₋)"), fixed, eigenvalues):
    print(f"{name} = ({point[0]:+.8f}, {point[1]:+.8f}): eigenvalues {mu[0]:+.8f}, {mu[1]:+.8f}")
print(f"|T(p) − p| at the fixed points: {residual_fixed:.1e};  "
      f"eigenvalues vs closed form: {np.abs(eigenvalues - closed_form).max():.1e}")
# |μ| of each eigenvalue, smallest first: a saddle has one inside the unit circle, one outside
stable_modulus = np.abs(eigenvalues).min(axis=1)
unstable_modulus = np.abs(eigenvalues).max(axis=1)
W = fixed[0]
layer_slope = b / eigenvalues[0, 0]  # dy/dx along the unstable eigenvector (μᵤ, b) at W

# %% [markdown]
# ## Fig. 2 — the attractor
#
# Hénon iterated the map 10⁴ times from (x, y) = (0, 0) and plotted every point. After a few
# iterations the orbit is on the attractor; the picture looks like a handful of curves, some
# visibly double. The square around the fixed point W is magnified in Fig. 3.

# %%
fig2_run = nr.run(henon_step, {"xy": jnp.zeros(2)}, model, duration=n_points_fig2, dt=1.0, monitors=monitors)
orbit = np.vstack([np.zeros((1, 2)), fig2_run["xy"].values])  # row n is iterate n
fig3_box = (0.55, 0.70, 0.15, 0.21)  # (x_min, x_max, y_min, y_max)
fig4_box = (0.62, 0.64, 0.185, 0.191)
fig5_box = (0.6305, 0.6325, 0.1889, 0.1895)


def draw_box(ax, box):
    ax.add_patch(Rectangle((box[0], box[2]), box[1] - box[0], box[3] - box[2], fill=False, ec="C3", lw=1.0))


fig, ax = plt.subplots(figsize=(9, 4.5))
ax.plot(orbit[:, 0], orbit[:, 1], ",", color="k", rasterized=True)
ax.plot(*W, "x", color="C3", ms=7, label=f"fixed point W = ({W[0]:.4f}, {W[1]:.4f})")
draw_box(ax, fig3_box)
ax.set_xlim(-1.5, 1.5)
ax.set_ylim(-0.45, 0.45)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title(f"Fig. 2 — {n_points_fig2} iterates from (0, 0), a = {a}, b = {b} (red square: Fig. 3)")
ax.legend(loc="upper right", fontsize=8)
plt.show()

# %% [markdown]
# ## Figs. 3–5 — successive magnifications
#
# Hénon magnified the square again and again, computing more iterates for each deeper window
# (up to millions) so that enough points fall in it. We run `n_orbits` orbits side by
# side instead of one long one (the same state array, one `neurorepro.run`): each starts at a
# random point of [0, 0.1]² and is discarded for 200 iterations, by then it is on the
# attractor, whose points are visited with the same frequencies by almost every orbit. The
# runner's divergence check doubles as a check that every start is in the basin of attraction
# (an escaping orbit overflows to infinity within a few dozen steps and stops the run). The
# 10⁷ points are recorded in four pieces to bound memory; each piece also fills the
# box-counting grid used below.
#
# What the magnifications show: the "curves" crossing the first window are bundles of parallel
# layers — from top to bottom a group of three, a pair and a single line — and the window of
# Fig. 4, inside the top group, shows the same three-two-one pattern again, and so does Fig. 5
# inside that. Along the layers the attractor is a curve; across them, a Cantor set.
#
# To count the layers rather than look at them, we take the points in the middle third of
# each window, measure their position across the layers (y − s·x, with s the slope of W's
# unstable direction, along which the layers run), and count the groups of occupied bins in a
# histogram of 100 bins spanning them, i.e. at a resolution of 1 % of the window's stack of
# layers. The same count at every magnification is the self-similarity of Hénon's figures.
# (At finer resolution the counts grow, as the layers resolve into thinner ones, and become
# sensitive to the sparse sampling of the deepest window.)

# %%
KMAX = 13  # finest box-counting grid: boxes of side 2.6 / 2^13 ≈ 3.2e-4
frame_low, frame_side = np.array([-1.3, -0.65]), 2.6  # x ∈ [−1.3, 1.3], y ∈ [−0.65, 0.65]
occupied = np.zeros((2**KMAX, 2**(KMAX - 1)), dtype=bool)  # square boxes of the finest grid
occupied_half = None  # the same grid filled by the first half of the points only
zoom_points = []
inside_R = 0


@jax.jit
def count_inside_R(points):
    """Points on the inner side of all four edges of the convex quadrilateral R (clockwise)."""
    inside = jnp.ones(points.shape[0], dtype=bool)
    for p, q in zip(trapping_vertices, np.roll(trapping_vertices, -1, axis=0)):
        inside &= (q[0] - p[0]) * (points[:, 1] - p[1]) - (q[1] - p[1]) * (points[:, 0] - p[0]) <= 0.0
    return inside.sum()


starts = 0.1 * jax.random.uniform(jax.random.key(seed), (n_orbits, 2))
attractor_state = nr.run(henon_step, {"xy": starts}, model, duration=200, dt=1.0).state
n_pieces = 4
for piece in range(n_pieces):
    result = nr.run(henon_step, attractor_state, model, duration=n_iterations // n_pieces, dt=1.0,
                    t0=200 + piece * (n_iterations // n_pieces), monitors=monitors)
    attractor_state = result.state
    points = result["xy"].values.reshape(-1, 2)
    cell = ((points - frame_low) / frame_side * 2**KMAX).astype(np.int64)
    occupied[cell[:, 0], cell[:, 1]] = True
    if piece == n_pieces // 2 - 1:
        occupied_half = occupied.copy()
    in_fig3 = ((points[:, 0] > fig3_box[0]) & (points[:, 0] < fig3_box[1])
               & (points[:, 1] > fig3_box[2]) & (points[:, 1] < fig3_box[3]))
    zoom_points.append(points[in_fig3])
    inside_R += int(count_inside_R(points))
zoom_points = np.concatenate(zoom_points)
n_attractor_points = n_orbits * n_pieces * (n_iterations // n_pieces)
fraction_in_R = inside_R / n_attractor_points
print(f"{n_attractor_points:.1e} points of the attractor; fraction inside R: {fraction_in_R:.6f}")


# %%
def in_box(points, box):
    return points[(points[:, 0] > box[0]) & (points[:, 0] < box[1]) & (points[:, 1] > box[2]) & (points[:, 1] < box[3])]


# Equal numbers of iterations per panel would leave the deeper windows nearly empty; like Hénon
# we use more points the deeper we look (here all 10⁷ for Figs. 4 and 5, a tenth for Fig. 3).
panels = [(in_box(zoom_points[::10], fig3_box), fig3_box, fig4_box, "Fig. 3", n_attractor_points // 10),
          (in_box(zoom_points, fig4_box), fig4_box, fig5_box, "Fig. 4", n_attractor_points),
          (in_box(zoom_points, fig5_box), fig5_box, None, "Fig. 5", n_attractor_points)]
fig, axes = plt.subplots(1, 3, figsize=(12, 4))
for ax, (pts, box, inner, name, n_total) in zip(axes, panels, strict=True):
    ax.plot(pts[:, 0], pts[:, 1], ".", color="k", ms=1.0, mew=0, rasterized=True)
    ax.plot(*W, "x", color="C3", ms=7)
    if inner is not None:
        draw_box(ax, inner)
    ax.set_xlim(box[0], box[1])
    ax.set_ylim(box[2], box[3])
    ax.set_xlabel("x")
    ax.set_title(f"{name} — ×{3.0 / (box[1] - box[0]):.0f}: {len(pts)} of {n_total:.0e} points", fontsize=9)
    ax.ticklabel_format(useOffset=False)
axes[0].set_ylabel("y")
fig.suptitle("Figs. 3–5 — successive magnifications around the fixed point W (x); red: next window")
fig.tight_layout()
plt.show()


# %%
def count_layers(points, box, n_bins=100):
    """Groups of occupied bins across the layers, for the points in the middle third of the window."""
    middle = np.abs(points[:, 0] - (box[0] + box[1]) / 2) < (box[1] - box[0]) / 6
    across = points[middle, 1] - layer_slope * points[middle, 0]
    filled = np.histogram(across, bins=n_bins)[0] > 0
    return int(filled[0] + np.sum(filled[1:] & ~filled[:-1]))


layers = [count_layers(pts, box) for pts, box, *_ in panels]
print("layers across the windows of Figs. 3, 4, 5 (1 % resolution): " + ", ".join(map(str, layers)))

# %% [markdown]
# ## Lyapunov exponents and area contraction
#
# `neurorepro.lyapunov_spectrum` carries two tangent vectors along the map (`jax.jvp`),
# re-orthonormalises them by a QR decomposition at each iteration and averages log|R_ii|
# (Benettin et al. 1980). Being a map, one step is one iteration: dt = 1. We make
# `n_lyapunov_segments` independent estimates of `n_lyapunov_steps` iterations each, from the
# end points of different orbits above (one compiled, vmapped call).
#
# **Published values.** J. C. Sprott, *Chaos and Time-Series Analysis* (Oxford University Press,
# 2003), Appendix A, lists λ1 = 0.41922 and λ2 = −1.62319 (base e, per iteration) for a = 1.4,
# b = 0.3. Their sum is ln 0.3 = −1.20397 and their Kaplan–Yorke dimension 1 + λ1/|λ2| = 1.25827.
#
# **Tolerances.** Finite averages fluctuate: over 10⁵ iterations, λ1 varies by about 0.0014
# (standard deviation) from one orbit to another (measured on 32 orbits while preparing this
# notebook; the spread of the segments below estimates it again), so the mean of 16 segments
# is good to ≈ 0.0004; on 32 orbits of 10⁶ iterations we found λ1 = 0.41929 ± 0.00006 (standard
# error), consistent with Sprott's value. We require 0.002 on λ1 and λ2 (their fluctuations
# mirror each other) and 0.002 on the Kaplan–Yorke dimension (it moves by about 0.8 times λ1's
# error). The sum is another matter: at every step |R₁₁ R₂₂| = |det(J Q)| = |det J| = b, so the
# sum of the exponents is ln b up to rounding, about 10⁻¹⁶ per step; we require 10⁻¹².
# The determinant itself is checked at the points of Fig. 2 (after the first 100): −b to rounding.

# %%
def henon_at_model(xy):
    return henon_map(xy, model)


segment_starts = attractor_state["xy"][:n_lyapunov_segments]
spectra_of = jax.jit(jax.vmap(lambda y0: nr.lyapunov_spectrum(henon_at_model, y0, n_lyapunov_steps, 1.0)))
spectra = np.asarray(spectra_of(segment_starts))
spectrum = spectra.mean(axis=0)
standard_error = spectra.std(axis=0, ddof=1) / np.sqrt(n_lyapunov_segments)
spectrum_sum_error = np.abs(spectra.sum(axis=1) - np.log(b)).max()
kaplan_yorke = 1.0 + spectrum[0] / abs(spectrum[1])
determinants = np.linalg.det(np.asarray(jacobians(jnp.asarray(orbit[100:]), model)))
determinant_error = np.abs(determinants + b).max()
for k, (value, error) in enumerate(zip(spectrum, standard_error), start=1):
    print(f"λ{k} = {value:+.5f} ± {error:.5f} per iteration (segment std {spectra[:, k - 1].std(ddof=1):.5f})")
print(f"λ1 + λ2 = {spectrum.sum():.12f}, ln b = {np.log(b):.12f} (largest deviation of a segment: "
      f"{spectrum_sum_error:.1e}); Kaplan–Yorke dimension {kaplan_yorke:.4f}")
print(f"det J on {len(determinants)} points of the attractor: max |det J + b| = {determinant_error:.1e}")

# %% [markdown]
# ## Box-counting dimension
#
# Cover the plane with square boxes of side ε and count the boxes N(ε) that contain a point of
# the attractor: N(ε) ∝ ε^(−D₀), D₀ the capacity (box-counting) dimension. The finest grid
# (ε = 2.6/2¹³) was filled while the 10⁷ points were computed; coarser grids merge 2×2 blocks.
# Russell, Hanson & Ott (1980, Phys. Rev. Lett. 45, 1175) found D₀ = 1.261 ± 0.003 for this
# attractor.
#
# **Range and tolerance.** Box counting converges slowly, and from below: at the finest scales
# rarely visited boxes are still missing (we compare the counts of the first half of the points
# with all of them; at k = 13 they still differ by about 0.5 %), and over the coarse scales the
# count is dominated by the overall banana shape. Between, the local slope oscillates by ±0.04
# from one octave to the next (the layers of Figs. 3–5 come in bundles, not uniformly). We fit
# log N against log(1/ε) over k = 5…13 (ε from 0.08 to 3·10⁻⁴). Other reasonable ranges move
# the fit by up to 0.02 (table below), and published estimates of D₀ for this attractor range
# from 1.25 to 1.28 depending on method and scales; we therefore compare with a tolerance of
# 0.03, much wider than Russell et al.'s own error bar, and do not claim to resolve it.

# %%
def box_counts(grid):
    """Occupied boxes for grids k = KMAX, KMAX − 1, …, 2 (boxes of side 2.6 / 2^k), finest first."""
    counts = []
    while grid.shape[1] >= 1 and len(counts) < KMAX - 1:
        counts.append(np.count_nonzero(grid))
        grid = grid[0::2, 0::2] | grid[1::2, 0::2] | grid[0::2, 1::2] | grid[1::2, 1::2]  # merge 2×2 blocks
    return np.array(counts[::-1])


ks = np.arange(2, KMAX + 1)
counts = box_counts(occupied)
counts_half = box_counts(occupied_half)
log_inverse_epsilon = ks * np.log(2.0) - np.log(frame_side)


def fitted_dimension(k_low, k_high):
    use = (ks >= k_low) & (ks <= k_high)
    return np.polyfit(log_inverse_epsilon[use], np.log(counts[use]), 1)[0]


capacity_dimension = fitted_dimension(5, 13)
local_slopes = np.diff(np.log(counts)) / np.log(2.0)
print("k:           " + " ".join(f"{k:6d}" for k in ks))
print("N(ε):        " + " ".join(f"{n:6d}" for n in counts))
print("N, half:     " + " ".join(f"{n:6d}" for n in counts_half))
print("local slope: " + "       " + " ".join(f"{s:6.3f}" for s in local_slopes))
range_fits = {(lo, hi): fitted_dimension(lo, hi) for lo in (4, 5, 6, 7) for hi in (11, 12, 13)}
print("fits over other ranges: " + ", ".join(f"k={lo}–{hi}: {d:.4f}" for (lo, hi), d in range_fits.items()))
print(f"D₀ (fit over k = 5–13) = {capacity_dimension:.4f}")

fig, axes = plt.subplots(1, 2, figsize=(11, 4))
ax = axes[0]
ax.plot(log_inverse_epsilon, np.log(counts), "o", color="k", ms=4, label="all 10⁷ points")
ax.plot(log_inverse_epsilon, np.log(counts_half), "s", color="C1", ms=3, mfc="none", label="first half")
fit_line = np.polyfit(log_inverse_epsilon[ks >= 5], np.log(counts[ks >= 5]), 1)
ax.plot(log_inverse_epsilon, np.polyval(fit_line, log_inverse_epsilon), "--", color="C3",
        label=f"fit k = 5–13: slope {capacity_dimension:.3f}")
ax.set_xlabel("ln(1/ε)")
ax.set_ylabel("ln N(ε)")
ax.set_title("Box counting")
ax.legend(fontsize=8)
ax = axes[1]
ax.plot(ks[1:] - 0.5, local_slopes, "o-", color="k", ms=4, label="local slope between grids")
ax.axhline(1.261, color="C3", ls="--", label="Russell, Hanson & Ott 1980: 1.261")
ax.axhline(kaplan_yorke, color="C0", ls=":", label=f"Kaplan–Yorke 1 + λ1/|λ2| = {kaplan_yorke:.3f}")
ax.set_xlabel("k (boxes of side 2.6 / 2^k)")
ax.set_ylabel("d ln N / d ln(1/ε)")
ax.set_ylim(1.0, 1.5)
ax.set_title("Dimension estimates")
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Orbit diagram over a
#
# How the attractor is reached: for b = 0.3 and a from 0 to 1.42, one vmapped run
# (`neurorepro.bifurcation.orbit_diagram`) from (0, 0) per value of a, 1000 iterations
# discarded and 200 recorded. For small a, every orbit goes to the fixed point W. W loses
# stability when its eigenvalue −ax − √(a²x² + b) crosses −1: with x the fixed point, this
# happens at a₁ = 3(1 − b)²/4 = 0.3675, where a cycle of period 2 is born; a cascade of
# period doublings follows, and chaos, with periodic windows, up to Hénon's a = 1.4. We locate
# the crossing from the autodiff Jacobians on a fine grid of a (linear interpolation) and check
# the orbit diagram on either side of it.

# %%
a_grid = np.round(np.linspace(0.0, 1.42, 711), 10)
diagram = orbit_diagram(henon_step, {"xy": jnp.zeros(2)},
                        {"a": jnp.asarray(a_grid), "b": jnp.full(a_grid.shape, b)},
                        variable="xy", n_transient=1000, n_record=200)
x_diagram = diagram[..., 0]


def distinct_values(row, tolerance=1e-6):
    """How many distinct values a recorded orbit visits (the period, for a cycle)."""
    return 1 + int(np.sum(np.diff(np.sort(row)) > tolerance))


a_fine = np.linspace(0.3, 0.45, 1501)


@jax.jit
@jax.vmap
def fixed_point_jacobian(a_value):
    params = {"a": a_value, "b": jnp.asarray(b)}
    return jax.jacfwd(henon_map)(fixed_points(params)[0], params)


flip_eigenvalue = np.array([np.linalg.eigvals(J).real.min() for J in np.asarray(fixed_point_jacobian(jnp.asarray(a_fine)))])
i = np.flatnonzero(flip_eigenvalue < -1.0)[0]
a_period_doubling = a_fine[i - 1] + (a_fine[i] - a_fine[i - 1]) * (-1.0 - flip_eigenvalue[i - 1]) / (
    flip_eigenvalue[i] - flip_eigenvalue[i - 1])
a_first = 0.75 * (1.0 - b) ** 2
period_below = distinct_values(x_diagram[np.argmin(np.abs(a_grid - (a_first - 0.05)))])
period_above = distinct_values(x_diagram[np.argmin(np.abs(a_grid - (a_first + 0.05)))])
print(f"eigenvalue of W crosses −1 at a = {a_period_doubling:.8f} (closed form 3(1 − b)²/4 = {a_first:.8f})")
print(f"distinct values of x at a₁ − 0.05: {period_below}, at a₁ + 0.05: {period_above}")

fig, ax = plt.subplots(figsize=(11, 4.5))
ax.plot(np.repeat(a_grid, x_diagram.shape[1]), x_diagram.ravel(), ",", color="k", alpha=0.5, rasterized=True)
ax.axvline(a_first, color="C3", ls="--", lw=1.0, label=f"a₁ = 3(1 − b)²/4 = {a_first:.4f}")
ax.axvline(a, color="C0", ls=":", lw=1.0, label=f"Hénon's a = {a}")
ax.set_xlabel("a")
ax.set_ylabel("x (iterations 1001–1200)")
ax.set_title(f"Orbit diagram of the Hénon map, b = {b}")
ax.legend(fontsize=8, loc="lower left")
plt.show()

# %% [markdown]
# ## Replication check

# %%
sprott = "Sprott 2003, Chaos and Time-Series Analysis, App. A"
claims = [
    claim("det J = −b: max |det J + b| on Fig. 2 points", ours=determinant_error, paper=0.0,
          source="Hénon 1976, Jacobian of the map (rounding)", abs_tol=1e-15),
    claim("Fig. 1: signed area(T(R)) / area(R)", ours=area_ratio, paper=-b,
          source="Hénon 1976, det J = −b", abs_tol=1e-5),
    claim("Fig. 1: fraction of the boundary of T(R) inside R", ours=image_inside, paper=1.0,
          source="Hénon 1976, trapping quadrilateral"),
    claim("fraction of 10⁷ attractor points inside R", ours=fraction_in_R, paper=1.0,
          source="Hénon 1976, trapping quadrilateral"),
    claim("fixed points: max |T(p) − p|", ours=residual_fixed, paper=0.0,
          source="Hénon 1976, closed form", abs_tol=1e-14),
    claim("W: x₊", ours=fixed[0, 0], paper=0.63135448, source="Hénon 1976, closed form (8 decimals)", abs_tol=5e-9),
    claim("W: stable eigenvalue", ours=eigenvalues[0, 1], paper=0.15594632,
          source="Hénon 1976, closed form (8 decimals)", abs_tol=5e-9),
    claim("W: unstable eigenvalue", ours=eigenvalues[0, 0], paper=-1.92373886,
          source="Hénon 1976, closed form (8 decimals)", abs_tol=5e-9),
    claim("W is a saddle: smallest |μ|", ours=stable_modulus[0], paper=(0.0, 1.0), source="Hénon 1976, fixed points"),
    claim("W is a saddle: largest |μ|", ours=unstable_modulus[0], paper=(1.0, np.inf), source="Hénon 1976, fixed points"),
    claim("(x₋, y₋) is a saddle: smallest |μ|", ours=stable_modulus[1], paper=(0.0, 1.0), source="closed form"),
    claim("(x₋, y₋) is a saddle: largest |μ|", ours=unstable_modulus[1], paper=(1.0, np.inf), source="closed form"),
    claim("largest Lyapunov exponent λ1", ours=spectrum[0], paper=0.41922, source=sprott, abs_tol=0.002),
    claim("second Lyapunov exponent λ2", ours=spectrum[1], paper=-1.62319, source=sprott, abs_tol=0.002),
    claim("λ1 + λ2 = ln b", ours=spectrum.sum(), paper=float(np.log(b)),
          source="identity: det J = −b everywhere", abs_tol=1e-12),
    claim("Kaplan–Yorke dimension 1 + λ1/|λ2|", ours=kaplan_yorke, paper=1.25827,
          source=f"{sprott} (from λ1, λ2)", abs_tol=0.002),
    claim("Fig. 3: layers across the window", ours=layers[0], paper=(2, np.inf),
          source="Hénon 1976 Fig. 3: bundles of layers"),
    claim("Fig. 4: layers, same as in Fig. 3", ours=layers[1], paper=layers[0],
          source="Hénon 1976 Figs. 3–4: same pattern"),
    claim("Fig. 5: layers, same as in Fig. 3", ours=layers[2], paper=layers[0],
          source="Hénon 1976 Figs. 3–5: same pattern"),
    claim("box-counting dimension D₀ (k = 5–13)", ours=capacity_dimension, paper=1.261,
          source="Russell, Hanson & Ott 1980, PRL 45 1175", abs_tol=0.03),
    claim("period doubling of W: eigenvalue −1 at a₁", ours=a_period_doubling, paper=a_first,
          source="closed form 3(1 − b)²/4", abs_tol=1e-6),
    claim("orbit diagram: values at a₁ − 0.05", ours=period_below, paper=1, source="closed form: W stable below a₁"),
    claim("orbit diagram: values at a₁ + 0.05", ours=period_above, paper=2, source="closed form: 2-cycle above a₁"),
]
report(claims)
