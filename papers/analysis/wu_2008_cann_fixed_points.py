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
# # Wu, Hamaguchi & Amari (2008): Dynamics and computation of continuous attractors — the ring of fixed points
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/analysis/wu_2008_cann_fixed_points.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/analysis/wu_2008_cann_fixed_points.ipynb)
#
# Wu, S., Hamaguchi, K. & Amari, S. (2008). Dynamics and computation of continuous attractors.
# *Neural Computation* 20(4), 994–1025.
# [doi:10.1162/neco.2008.10-06-378](https://doi.org/10.1162/neco.2008.10-06-378)
#
# A continuous attractor neural network (CANN) holds a bump of activity anywhere on its ring of
# preferred stimuli. The model of Wu, Hamaguchi and Amari is simple enough for its stationary
# bumps to be written in closed form, and the paper points out what makes the network a
# *continuous* attractor: the bumps form a continuous family
# parametrised by their position $z$, on which the network is neutrally stable, while every
# perturbation that does not move the bump decays quickly. They use that separation of time
# scales to project the dynamics onto the one neutral direction. Fung, Wong & Wu (2010,
# [arXiv:0808.2341](https://arxiv.org/abs/0808.2341)) expand the linearised dynamics about a bump
# in the wave functions of the quantum harmonic oscillator and find motion modes: distortions of
# the bump's amplitude, position, width and skewness. This notebook treats the network as a
# dynamical system of $N = 128$ variables and finds its fixed points without knowing them: it
# minimises the speed $q = \frac12|\dot U|^2$ from random starts (the method of Sussillo & Barak
# 2013, as the BrainPy gallery's version of this example does), polishes the minima with
# Newton's method, and linearises there. The bump's simulations (persistence, decoding,
# tracking, $k_c$) are in `papers/attractors/wu_2008_cann_1d`.
#
# **Claims reproduced** (kind of evidence in brackets)
#
# 1. [identity] Every fixed point found belongs to one of three families: silence, a ring of
#    large bumps and a ring of small bumps, whose shapes are the closed forms
#    $U_\pm e^{-(x-z)^2/4a^2}$ (the two roots of the height equation).
# 2. [qualitative] The large bumps form a continuous family (Wu et al. 2008, abstract): the
#    positions of the bumps found from random starts cover the ring.
# 3. [secondary] In the plane of the first two principal components the bumps lie on a ring that
#    winds once around as $z$ goes round (the BrainPy gallery's figure of this example).
# 4. [identity] Newton's method (`nr.analysis.fixed_points`) from the optimiser's results,
#    followed by one least-squares Newton step, brings every fixed point's residual
#    $|\dot U|$ to the rounding level.
# 5. [qualitative] The network is neutrally stable on the family (Wu et al. 2008, abstract): at
#    every bump the Jacobian has one zero eigenvalue and all others are negative.
# 6. [identity] The zero mode is the translation $d\tilde U/dz$; the height mode is $\tilde U$
#    itself; the decay rates of the slowest modes are the closed forms derived below:
#    $\sqrt{1-k/k_c}/\tau$ for the height and $(1 - 2^{1-n})/\tau$ for the $n$-th distortion
#    (0, 1/2, 3/4, 7/8, 15/16 for $n$ = 1…5).
# 7. [secondary] The four slowest modes are distortions of the height, position, width and
#    skewness (Fung et al. 2010, abstract): their eigenvectors have 0, 1, 2 and 3 nodes.
# 8. [identity] The small bumps are saddles (one unstable direction, the height, growing at
#    $+\sqrt{1-k/k_c}/\tau$); silence is a stable node with every rate equal to $1/\tau$.
#
# **Why no published number.** We had no access to the text or the figures of Wu et al. (2008)
# or of Fung et al. (2010) beyond their abstracts, so no value is compared with a number or a
# figure of the papers, and their parameters are unknown to us. The eigenvalues below are closed
# forms we derive by linearising the model (identity); the paper's statements are checked where
# its abstract makes them (qualitative). We use the parameters of Fung's reference implementation
# of the model (`fccaa/cann_base` on GitHub: $N = 128$, $a = 0.5$, $k/k_c = 0.5$), as
# `wu_2008_cann_1d` does.

# %% tags=["parameters"]
N = 128                 # neurons on the ring [−π, π) (Fung's reference code)
a = 0.5                 # range of the excitatory interactions [rad]
k_over_kc = 0.5         # global inhibition k in units of its critical value k_c (Fung et al.'s k̃)
tau = 1.0               # time constant τ; rates below are in units of 1/τ
n_starts = 192          # random starts of the optimiser
max_start_height = 1.5  # start heights uniform in [0, max_start_height] U₊
start_noise = 0.05      # standard deviation of the noise added to every start [U₊]
n_adam_steps = 2000     # Adam steps on q = ½|dU/dt|²
learning_rate = 0.01    # Adam's learning rate (the core's default)
seed = 0                # root of the jax.random key of the starts

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

jax.config.update("jax_enable_x64", True)  # Newton to the rounding level, eigenvalues to ~1e-9

import math
from dataclasses import replace

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np
import optax
from sklearn.decomposition import PCA

import neurorepro as nr
from neurorepro.models import cann
from neurorepro.replication import claim, report

plt.rcParams.update({"figure.dpi": 80, "figure.autolayout": True, "legend.fontsize": 8})

# %% [markdown]
# ## The model and its fixed points in closed form
#
# $U(x,t)$ is the synaptic input of the neuron preferring $x \in [-\pi, \pi)$, $r$ its rate:
#
# $$\tau \frac{\partial U}{\partial t} = -U + \rho\int J(x-x')\,r(x',t)\,dx', \qquad
# r = \frac{U^2}{1 + k\rho\int U^2\,dx'}, \qquad J(d) = \frac{J_0}{\sqrt{2\pi}a} e^{-d^2/2a^2},$$
#
# with $\rho = N/2\pi$ neurons per radian. The core's `cann` module holds this vector field
# (`cann.vector_field`, the convolution by FFT on the ring) and its closed-form bump. We measure
# $U$ in units of $\rho J_0$ (we set $\rho J_0 = 1$), so that only $k/k_c$ and $a$ matter.
# Substituting $\tilde U = U_0 e^{-(x-z)^2/4a^2}$ (Gaussian integrals, $a \ll \pi$) gives a
# quadratic equation for the height with two roots,
# $U_\pm = J_0[1 \pm \sqrt{1-k/k_c}]/(4\sqrt\pi a k)$, for $k < k_c = \rho J_0^2/(8\sqrt{2\pi}a)$;
# with $U = 0$ (silence, where $r \propto U^2$ vanishes to second order) these are the fixed
# points the closed form predicts: a point and two rings, each ring parametrised by $z$.
#
# **The linearised dynamics.** About a bump (centred at 0 here) a perturbation $\delta U$ obeys
# $\tau\,\dot{\delta U} = -\delta U + \rho J * \delta r$ with
# $\delta r = \frac{2}{B}\big[\tilde U\,\delta U - \frac{k\rho}{B}\tilde U^2\int \tilde U\,\delta U\big]$,
# $B = 1 + k\rho\int\tilde U^2$. Try $\delta U = P_n(x)\,e^{-x^2/4a^2}$ with $P_n$ a polynomial of
# degree $n$: $\tilde U\,\delta U$ is $P_n$ times a Gaussian of variance $a^2$, and its convolution
# with $J$ (also of variance $a^2$) is again a polynomial of degree $n$ times $e^{-x^2/4a^2}$,
# whose leading coefficient is multiplied by $2^{-n}$ (each $x'$ is replaced by $x/2$ plus a
# fluctuation). With the factor 2 of $\delta r$ (and $\rho J*\tilde U^2 = B\tilde U$) the operator
# maps degree $n$ to degree $\le n$ with diagonal $2^{1-n}$; the inhibition only adds
# multiples of $\tilde U$ (degree 0), which turns the diagonal entry of $n = 0$ from 2 into
# $2/B$. A triangular operator has its diagonal as eigenvalues, so the decay rates are
#
# $$\gamma_n = \frac{1 - 2^{1-n}}{\tau}\ (n \ge 1), \qquad \gamma_0 = \frac{1 - 2/B}{\tau} = \frac{\sqrt{1-k/k_c}}{\tau},$$
#
# the last from $B = 2(1 + \sqrt{1-k/k_c})\,k_c/k$ at the large bump. $n = 0$ is the height
# ($\delta U \propto \tilde U$ exactly), $n = 1$ the position ($\delta U \propto x\tilde U \propto
# d\tilde U/dz$, rate 0: neutral), $n = 2$ the width, $n = 3$ the skewness, and the rates pile up
# at $1/\tau$. At the small bump $B = 2(1 - \sqrt{1-k/k_c})\,k_c/k$ and the height grows at
# $+\sqrt{1-k/k_c}/\tau$: a saddle between silence and the bump. At silence every rate is $1/\tau$.
# On a ring the Gaussians overlap their own tails at $\pm\pi$, so these closed forms (for the
# infinite line) hold up to terms of order $e^{-\pi^2/4a^2} \approx 5 \cdot 10^{-5}$.

# %%
rho = N / (2 * math.pi)
net = cann.Params(tau=tau, a=a, J0=1 / rho)  # ρJ₀ = 1
k_c = float(cann.critical_inhibition((N,), net))
net = replace(net, k=k_over_kc * k_c)
U_large, _ = (float(v) for v in cann.bump_height((N,), net))
root = math.sqrt(1 - k_over_kc)
U_small = U_large * (1 - root) / (1 + root)  # the other root of the height equation
x = np.asarray(cann.positions(N))
ring_overlap = math.exp(-math.pi ** 2 / (4 * a ** 2))


@jax.jit
@jax.vmap
def speed(U):
    """|dU/dt|∞ at each state of a batch."""
    return jnp.max(jnp.abs(cann.vector_field(0.0, U, net)))


print(f"k_c = {k_c:.6g}, k = {net.k:.6g}; U₊ = {U_large:.6f}, U₋ = {U_small:.6f} (units of ρJ₀); "
      f"e^(−π²/4a²) = {ring_overlap:.2e}")

# %% [markdown]
# ## Fixed points found by optimisation
#
# The starts are bumps at random positions $z$ with random heights between 0 and $1.5\,U_+$,
# plus 5 % noise on every neuron. `nr.analysis.slow_points` moves every start downhill on
# $q(U) = \frac12|\dot U|^2$ with Adam, all starts in one vmapped, compiled loop. A minimum with
# $q = 0$ is a fixed point, stable or not: the optimiser finds saddles as readily as attractors,
# which simulation never does.

# %%
key_z, key_height, key_noise = jax.random.split(jax.random.key(seed), 3)
z_start = jax.random.uniform(key_z, (n_starts,), minval=-math.pi, maxval=math.pi)
height_start = jax.random.uniform(key_height, (n_starts,), maxval=max_start_height * U_large)
starts = jax.vmap(lambda z, h: cann.stimulus(z, (N,), net, A=h))(z_start, height_start)
starts = starts + start_noise * U_large * jax.random.normal(key_noise, (n_starts, N))

found = nr.analysis.slow_points(cann.vector_field, starts, net, n_steps=n_adam_steps,
                                optimizer=optax.adam(learning_rate))
peak_found = found.flat.max(axis=1) / U_large
print(f"after {n_adam_steps} Adam steps: q < 1e-12 at {np.sum(found.q < 1e-12)} of {n_starts} starts, "
      f"median q = {np.median(found.q):.1e}")

# %% [markdown]
# Most starts reach $q \approx 0$ at one of three heights: 0, $U_-$ or $U_+$. The starts that
# began between about $0.4\,U_+$ and $0.6\,U_+$ end near a peak of $0.3\,U_+$ with
# $q \approx 10^{-2}$: they are heading for a *slow point*, a local minimum of $q$ above zero
# where the flow is slow but does not stop (Sussillo & Barak's term). It is not a fixed point;
# Newton's method, below, takes them to the nearest one.

# %%
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 3.6))
ax1.scatter(height_start / U_large, np.maximum(found.q, 1e-32), c=peak_found, s=10, cmap="viridis")
ax1.set(yscale="log", xlabel="height of the start / U₊", ylabel="q = ½|dU/dt|² at the end",
        title="Adam on q from each start (colour: peak at the end)")
ax2.scatter(peak_found, np.maximum(found.q, 1e-32), s=10, color="k")
for height, label in ((0.0, "silence"), (U_small / U_large, "U₋"), (1.0, "U₊")):
    ax2.axvline(height, color="tab:red", lw=0.8, ls="--")
    ax2.text(height + 0.02, 1e-2, label, color="tab:red")
ax2.set(yscale="log", xlabel="peak of U at the end / U₊", ylabel="q", title="three heights where q vanishes")
plt.show()

# %% [markdown]
# ## Newton's method polishes them
#
# Adam leaves $|\dot U| \sim 10^{-5}$ (median); Newton's method converges quadratically from there.
# `nr.analysis.fixed_points` runs it from every end point at once, removes duplicates, and
# returns the Jacobian, its eigenvalues and a classification of each point. On a continuous
# attractor the Jacobian is singular at every fixed point (the zero mode along the ring), so the
# Newton step is unbounded along the ring: the core's final polishing step is then rejected at
# some points, which stay at the residual tolerance (here $10^{-12}$). One more Newton step
# solved by least squares (the minimum-norm step, which does not move along the ring) brings
# every point to the rounding level.

# %%
polished = nr.analysis.fixed_points(cann.vector_field, found.y, net, tol=1e-12, max_steps=10)


@jax.jit
@jax.vmap
def least_squares_newton(U):
    """A Newton step with the minimum-norm solve (no step along the ring's zero mode), per state."""
    field = lambda V: cann.vector_field(0.0, V, net)  # noqa: E731
    return U - jnp.linalg.lstsq(jax.jacfwd(field)(U), field(U), rcond=1e-10)[0]


points = np.asarray(least_squares_newton(jnp.asarray(polished.flat)))
residual_adam, residual_newton, residual_final = (np.asarray(speed(jnp.asarray(U)))
                                                  for U in (found.flat, polished.flat, points))
peak = points.max(axis=1)
family = {"silence": peak < 1e-6 * U_large, "small bumps": np.abs(peak / U_small - 1) < 0.01,
          "large bumps": np.abs(peak / U_large - 1) < 0.01}
kinds = {name: sorted(set(np.array(polished.kind)[members])) for name, members in family.items()}
for name, members in family.items():
    print(f"{name:12s}: {members.sum():3d} distinct fixed points, {', '.join(kinds[name])}")
print(f"{n_starts} starts → {len(peak)} distinct fixed points. "
      f"|dU/dt|∞: Adam median {np.median(residual_adam):.0e}; after fixed_points all ≤ 1e-12: "
      f"{bool(residual_newton.max() <= 1e-12)}; after the least-squares step all ≤ 1e-13: "
      f"{bool(residual_final.max() <= 1e-13)}")

# %% [markdown]
# The classification says "non-hyperbolic" for both rings: each has an eigenvalue at 0 (the
# translation). Every bump found is the closed form at its own decoded position
# (`cann.bump_position`, the population vector) up to the ring's overlap term: the family is
# a line of fixed points, not a set of isolated ones.

# %%
U_bumps, U_saddles = points[family["large bumps"]], points[family["small bumps"]]
z_bumps = np.asarray(jax.vmap(cann.bump_position)(U_bumps))
z_saddles = np.asarray(jax.vmap(cann.bump_position)(U_saddles))
closed_form = jax.jit(jax.vmap(lambda z: cann.bump(z, (N,), net)))
closed_bumps = np.asarray(closed_form(z_bumps))
shape_error = float(np.max(np.abs(U_bumps - closed_bumps))) / U_large
saddle_error = float(np.max(np.abs(U_saddles - U_small / U_large * closed_form(z_saddles)))) / U_small
sorted_z = np.sort(z_bumps)
largest_gap = float(np.max(np.diff(np.append(sorted_z, sorted_z[0] + 2 * math.pi))))
print(f"{len(z_bumps)} bumps; largest gap between neighbouring positions {largest_gap:.3f} rad (a = {a}); "
      f"|U − closed form|∞ / U: {shape_error:.2e} (large), {saddle_error:.2e} (small)")

fig, ax = plt.subplots(figsize=(9, 3.4))
for k in np.argsort(z_bumps)[:: max(1, len(z_bumps) // 8)]:
    ax.plot(x, U_bumps[k], color="tab:blue", lw=1)
    ax.plot(x, closed_bumps[k], color="k", lw=0.8, ls=":")
for k in range(min(3, len(z_saddles))):
    ax.plot(x, U_saddles[k], color="tab:orange", lw=1)
ax.plot([], [], color="tab:blue", label="large bumps found (stable ring)")
ax.plot([], [], color="tab:orange", label="small bumps found (saddle ring)")
ax.plot([], [], color="k", ls=":", label="closed form at the decoded position")
ax.set(xlabel="preferred stimulus x (rad)", ylabel="U (units of ρJ₀)", title="Fixed points found")
ax.legend(loc="upper right")
plt.show()

# %% [markdown]
# ## A ring in state space (principal components)
#
# The bumps are points in a 128-dimensional space. Their principal components (scikit-learn)
# show the family's shape: a closed curve, parametrised by $z$. Shifting a bump rotates each of
# its Fourier harmonics, and the first harmonic ($\cos x$, $\sin x$) carries most of the
# variance — for evenly spread bumps the fraction $e^{-2a^2}/\sum_{m\ge1} e^{-2a^2m^2}$, which the
# random positions here approach. The small bumps project onto a smaller ring, silence onto
# a point.

# %%
pca = PCA(n_components=2).fit(U_bumps)
on_plane = pca.transform(U_bumps)
angle = np.arctan2(on_plane[:, 1], on_plane[:, 0])[np.argsort(z_bumps)]
winding = round(float(np.sum(np.diff(np.unwrap(np.append(angle, angle[0]))))) / (2 * math.pi), 6)  # turns
harmonics = np.exp(-2 * a ** 2 * np.arange(1, 20) ** 2)
print(f"PC 1 + PC 2 explain {pca.explained_variance_ratio_.sum():.3f} of the variance "
      f"(first harmonic of evenly spread bumps: {harmonics[0] / harmonics.sum():.3f}); "
      f"winding number {winding:+.0f}")

fig, ax = plt.subplots(figsize=(5, 4.5))
image = ax.scatter(*on_plane.T, c=z_bumps, cmap="twilight", s=14, label="large bumps (stable)")
ax.scatter(*pca.transform(U_saddles).T, color="tab:orange", marker="x", s=14, label="small bumps (saddles)")
ax.scatter(*pca.transform(points[family["silence"]]).T, color="k", marker="s", s=30, label="silence")
fig.colorbar(image, ax=ax, label="decoded position z (rad)")
ax.set(xlabel="PC 1", ylabel="PC 2", title="Fixed points in the plane of PC 1–2", aspect="equal")
ax.legend(loc="lower left", fontsize=7)
plt.show()

# %% [markdown]
# ## The Jacobian at a bump: one neutral direction, the rest decay
#
# We linearise at one of the bumps found (`nr.analysis.jacobian`, the dense 128 × 128 Jacobian
# from `jax.jacfwd`) and take its eigenvectors with NumPy. The eigenvalues come out real; we
# plot the decay rates $-\lambda$ against the closed forms: 0 (position), $1/2$ (width),
# $\sqrt{1-k/k_c}$ (height), $3/4$ (skewness), $7/8$, … piling up at $1/\tau$ — the spectrum
# that justifies the paper's projection onto the position alone.

# %%
U_star, z_star = U_bumps[0], float(z_bumps[0])
jacobian = nr.analysis.jacobian(cann.vector_field, U_star, net)
values, vectors = np.linalg.eig(np.asarray(jacobian))
order = np.argsort(-values.real)
rates, modes = -values.real[order], vectors.real[:, order]
# (name, decay rate τγ, nodes of its eigenvector) in closed form, slowest first
closed_modes = sorted([("height", root, 0), ("position", 0.0, 1), ("width", 0.5, 2), ("skewness", 0.75, 3)]
                      + [(f"n = {n}", 1 - 2.0 ** (1 - n), None) for n in range(4, 9)], key=lambda m: m[1])
rates_theory = np.array([rate for _, rate, _ in closed_modes]) / tau
mode_index = {name: k for k, (name, _, _) in enumerate(closed_modes)}
tangent = np.asarray(jax.jacfwd(lambda z: cann.bump(z, (N,), net))(z_star))  # dŨ/dz in closed form


def misalignment(u, v):
    """1 − |cos| of the angle between two vectors."""
    return 1 - abs(u @ v) / (np.linalg.norm(u) * np.linalg.norm(v))


def nodes(mode):
    """Sign changes of a mode where it exceeds 1e-3 of its maximum, centred on the bump."""
    centred = np.roll(mode, N // 2 - int(np.argmax(U_star)))
    signs = np.sign(centred[np.abs(centred) > 1e-3 * np.abs(centred).max()])
    return int(np.sum(signs[1:] != signs[:-1]))


print("decay rates:", np.round(rates[:8], 6) + 0.0, "\nclosed form:", np.round(rates_theory[:8], 6))

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 3.8))
ax1.plot(np.arange(N), rates, "o", ms=3, color="k", label="−eigenvalues of the Jacobian")
ax1.plot(np.arange(8), rates_theory[:8], "x", ms=9, color="tab:red", label="closed forms")
ax1.axhline(1 / tau, color="gray", lw=0.8, ls="--")
ax1.set(xlim=(-1, 20), xlabel="mode (by decay rate)", ylabel="decay rate (1/τ)", title="Spectrum at a bump")
ax1.legend()
offset = cann.periodic_difference(x, z_star)
shown = np.argsort(offset)
for k in range(4):
    mode = modes[:, k] * np.sign(modes[np.argmax(np.abs(modes[:, k])), k])
    label = f"rate {abs(rates[k]):.3f}: {closed_modes[k][0]}"
    ax2.plot(offset[shown], mode[shown] / np.abs(mode).max(), label=label)
ax2.set(xlim=(-3, 3), xlabel="x − z (rad)", ylabel="eigenvector (max = 1)", title="The slowest modes")
ax2.legend(fontsize=7)
plt.show()

# %% [markdown]
# ## The saddle ring and silence
#
# `fixed_points` already returned the eigenvalues at every point. At the small bumps the
# leading one is positive (the height grows towards the large bump or decays to silence), the
# next is the zero mode of the ring; at silence every eigenvalue is $-1/\tau$.

# %%
eigenvalues = polished.eigenvalues.real
growth_saddles = eigenvalues[family["small bumps"], 0]
zero_count = np.sum(np.abs(eigenvalues[family["large bumps"]]) < 1e-9, axis=1)
others = np.where(np.abs(eigenvalues) < 1e-9, -np.inf, eigenvalues)[family["large bumps"]].max(axis=1)
neutral = bool(np.all(zero_count == 1) and np.all(others < 0))
silence_error = round(float(np.max(np.abs(eigenvalues[family["silence"]] + 1 / tau))), 12)
print(f"small bumps: leading eigenvalue {growth_saddles.min():.6f} … {growth_saddles.max():.6f} "
      f"(closed form +{root / tau:.6f}); large bumps: one zero eigenvalue and the rest ≤ {others.max():.6f}")

# %% [markdown]
# ## Replication check
#
# Every claim is a closed form derived above (identity), a statement of the papers' abstracts
# (qualitative, or secondary for the later paper and the BrainPy gallery), or the definition of a
# fixed point. The closed forms hold on the infinite line; on the ring they are off by terms of
# the order of the overlap $e^{-\pi^2/4a^2} \approx 5 \cdot 10^{-5}$, which sets the tolerance of
# the shapes (twice the overlap) and of the decay rates (the overlap; the rates we find are off by
# 10⁻⁹ to 10⁻⁶, more for higher modes, whose polynomials reach further into the tails). The
# misalignment $1 - |\cos|$ of two vectors is quadratic in their angle, so an error of order
# $10^{-4}$ in the closed-form $d\tilde U/dz$ gives about $10^{-8}$; we allow $10^{-6}$. The four
# motion modes of Fung et al. correspond, in their harmonic-oscillator basis, to the wave functions of
# order 0 to 3 (height, position, width, skewness), with 0 to 3 nodes; we count the sign changes
# of our eigenvectors.

# %%
abstract = "Wu et al. 2008, abstract"
fung = "Fung, Wong & Wu 2010 (arXiv:0808.2341), abstract"
closed = "closed form (linearisation above)"
claims = [
    claim("every fixed point found: silence or a bump of height U₋ or U₊", paper=True, kind="identity",
          ours=bool(sum(m.sum() for m in family.values()) == len(peak)), source="closed form: 0, U₋, U₊"),
    claim("large bumps: max |U − U₊e^(−(x−z)²/4a²)| / U₊", ours=shape_error, paper=0.0, kind="identity",
          source="closed form (cann.bump), to the ring overlap", abs_tol=2 * ring_overlap),
    claim("small bumps: max |U − U₋e^(−(x−z)²/4a²)| / U₋", ours=saddle_error, paper=0.0, kind="identity",
          source="closed form, root U₋, to the ring overlap", abs_tol=2 * ring_overlap),
    claim("bumps found all around the ring: largest gap < a", ours=largest_gap < a, paper=True,
          kind="qualitative", source=f"{abstract} (stationary states form a continuous parameter space)"),
    claim("PC 1–2: the bumps wind once round a ring", ours=abs(winding), paper=1.0, kind="secondary",
          source="BrainPy examples gallery, CANN fixed points (PCA figure)", abs_tol=0.0),
    claim("Newton, then one least-squares step: every |dU/dt|∞ ≤ 1e-13 (rounding)", paper=True,
          kind="identity", ours=bool(residual_final.max() <= 1e-13), source="fixed point: dU/dt = 0"),
    claim("neutrally stable: one zero eigenvalue, the rest negative, at every bump", ours=neutral, paper=True,
          kind="qualitative", source=f"{abstract} (neutrally stable on the attractor)"),
    claim("zero mode ∝ dŨ/dz: 1 − |cos|", ours=misalignment(modes[:, 0], tangent), paper=0.0,
          kind="identity", source="translation invariance; closed-form dŨ/dz", abs_tol=1e-6),
    claim("height mode ∝ Ũ: 1 − |cos| < 1e-12", paper=True, kind="identity", source=closed,
          ours=bool(misalignment(modes[:, mode_index["height"]], U_star) < 1e-12)),
    *[claim(f"decay rate of the {name} mode (1/τ)", ours=abs(round(float(rates[k]), 9)),
            paper=float(rates_theory[k]), kind="identity", source=f"{closed}: √(1−k/k_c), 1 − 2^(1−n)",
            abs_tol=ring_overlap)
      for k, (name, _, _) in enumerate(closed_modes[:6])],
    claim("nodes of the height, position, width, skewness modes", paper="[0, 1, 2, 3]", kind="secondary",
          ours=str([nodes(modes[:, mode_index[m]]) for m in ("height", "position", "width", "skewness")]),
          source=f"{fung}: amplitude, position, width, skewness"),
    claim("small bumps: growth rate of the height (1/τ)", ours=float(growth_saddles.mean()), paper=root / tau,
          kind="identity", source=f"{closed}, root U₋: +√(1−k/k_c)", abs_tol=1e-6),
    claim("silence: every eigenvalue = −1/τ (max deviation)", ours=silence_error, paper=0.0, kind="identity",
          source="r ∝ U²: no recurrent input to first order", abs_tol=1e-12),
]
report(claims)
