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
# # Wu, Hamaguchi & Amari (2008): Continuous attractors on a torus (the 2-D CANN)
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/attractors/wu_2008_cann_2d.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/attractors/wu_2008_cann_2d.ipynb)
#
# Wu, S., Hamaguchi, K. & Amari, S. (2008). Dynamics and computation of continuous attractors.
# *Neural Computation* 20(4), 994–1025.
# [doi:10.1162/neco.2008.10-06-378](https://doi.org/10.1162/neco.2008.10-06-378)
#
# The continuous attractor neural network of Wu, Hamaguchi and Amari encodes a one-dimensional
# stimulus (an orientation, a direction) by the position of a bump of activity on a ring; see
# `wu_2008_cann_1d` for the paper's story on the ring. The same construction in two dimensions,
# neurons on a torus with Gaussian excitation in the distance $|x - x'|$ and the same global
# divisive inhibition, encodes a position in a plane (a place, a point of the visual field) and
# has a two-dimensional continuous family of bumps. The BrainPy gallery, from which this pair of
# notebooks descends, shows it with a bump that persists and one that follows a moving stimulus.
# The analysis of the ring carries over: the bump is a Gaussian in closed form, it exists only
# below a critical inhibition, and projecting the dynamics onto the bump's shifts gives the same
# equation of motion for its position in each direction. We check these on a 32 × 32 torus.
#
# **Claims reproduced** (kind of evidence in brackets)
#
# 1. [identity] The stationary bump in closed form (substituting the Gaussian, as on the ring):
#    $\tilde U = U_0 e^{-|x-z|^2/4a^2}$, $\tilde r = r_0 e^{-|x-z|^2/2a^2}$ with
#    $U_0 = J_0[1 + \sqrt{1-k/k_c}]/(8\pi a^2 k)$ and $r_0 = 2U_0/(\rho J_0)$: the simulated height,
#    peak rate and widths (second moments $4a^2$ of $U$, $2a^2$ of $r$).
# 2. [identity] A bump exists for $k < k_c = \rho J_0^2/(32\pi a^2)$ and not above: in a sweep over
#    $k$ the surviving heights follow the closed form and the bump dies between the two grid
#    values around $k_c$.
# 3. [qualitative] The stationary states form a continuous family on which the network is
#    neutrally stable (Wu et al. 2008, abstract): cued anywhere on the torus, a bump persists at
#    the cue after the cue is gone, with the same height.
# 4. [qualitative] The network tracks a moving stimulus smoothly (abstract): a stimulus circling
#    the origin is followed at a constant distance.
# 5. [secondary] The projected dynamics $\tau A_u \dot{\mathbf z} = \alpha\,\mathbf d\,
#    e^{-|\mathbf d|^2/8a^2}$ (Li, Chu & Wu 2024, §4, with no adaptation; on the torus the
#    projection onto the two shifts gives the same equation in each direction): the lag behind a
#    stimulus moving on a straight line, the shorter lag behind one moving on a circle at the
#    same speed, and the maximal trackable speed $v_{max} = 2a\alpha e^{-1/2}/(\tau A_u)$.
#
# **Why no published number.** We had no access to the paper's text or figures beyond its
# abstract, and the torus version shown here is the BrainPy gallery's. We use the parameters of
# the ring notebook (Fung's reference implementation of the model: $a = 0.5$, $k/k_c = 0.5$,
# stimulus strength 0.5 in units of $\rho J_0$) on a coarser grid, 32 × 32 neurons, that fits
# the time budget. With $a = 0.5$ that is only 2.5 grid steps per $a$, but sums over the grid of
# smooth periodic Gaussians are exact far below the bump's tails cut at $\pm\pi$
# ($e^{-\pi^2/4a^2} \approx 5\times10^{-5}$ of its height): the closed-form bump's residual
# $|\partial U/\partial t|$ is $3\times10^{-5}\,U_0$ on this grid and $5\times10^{-5}\,U_0$ on a
# 64 × 64 one. The checks are closed forms (identity), statements of the abstract (qualitative)
# and the projected dynamics of a later review by one of the authors (secondary).

# %% tags=["parameters"]
num = 32            # neurons per dimension of the torus [−π, π)²
a = 0.5             # range of the excitatory interactions [rad]
k_over_kc = 0.5     # global inhibition k in units of its critical value k_c
tau = 1.0           # time constant τ; times below are in units of τ
dt = 0.1            # RK4 step [τ]
A_cue = 3.0         # strength of the cue that creates the bump [ρJ₀] (ours)
cue_duration = 10.0  # [τ]
alpha = 0.5         # strength of the moving stimulus [ρJ₀]
max_speed = 0.024   # fastest stimulus tried on a straight line [rad/τ]; 6 speeds from max_speed/6
radius = 1.5        # radius of the stimulus's circular path [rad]
circle_speed = 0.016  # speed along the circle [rad/τ]: one turn in 590 τ

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

jax.config.update("jax_enable_x64", True)  # the closed-form checks go to 1e-8

import math
from dataclasses import replace
from typing import NamedTuple

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.models import cann
from neurorepro.replication import claim, report

plt.rcParams.update({"figure.dpi": 80, "figure.autolayout": True, "legend.fontsize": 8})

# %% [markdown]
# ## The model on the torus
#
# $$\tau \frac{\partial U}{\partial t} = -U + \rho\int J(\mathbf x-\mathbf x')\,r(\mathbf x')\,d^2x'
# + I^{ext}, \qquad r = \frac{U^2}{1 + k\rho\int U^2\,d^2x'}, \qquad
# J(\mathbf d) = \frac{J_0}{2\pi a^2} e^{-|\mathbf d|^2/2a^2},$$
#
# with $\rho = (\mathrm{num}/2\pi)^2$ neurons per rad², distances taken on the torus, and the
# convolution done by 2-D FFT in the core's `cann` module (the same code as the ring: the state's
# shape sets the dimension). As on the ring we measure $U$ in units of $\rho J_0$. The stimulus
# $\alpha e^{-|\mathbf x - \mathbf z(t)|^2/4a^2}$ follows a path $\mathbf z(t)$ that starts at
# $\mathbf z_0$ and is a straight line along $x_1$ at speed $v$, or a circle of radius $R$ at
# angular speed $\omega$, and is switched off at $t_{off}$.

# %%
shape = (num, num)
rho = cann.density(shape)
net = cann.Params(tau=tau, a=a, J0=1 / rho)  # ρJ₀ = 1
k_c = float(cann.critical_inhibition(shape, net))  # ρJ₀²/(32π a²)
net = replace(net, k=k_over_kc * k_c)
U0, r0 = (float(v) for v in cann.bump_height(shape, net))
grid = np.stack(np.meshgrid(cann.positions(num), cann.positions(num), indexing="ij"))  # [2, num, num]


class Drive(NamedTuple):
    net: cann.Params
    A: float          # stimulus strength α
    z0: jax.Array     # starting point of the path (x₁, x₂) [rad]
    v: float          # speed along x₁ on a straight path [rad/τ]
    R: float          # radius of a circular path [rad] (0: none)
    omega: float      # angular speed on the circle [rad/τ]
    t_off: float      # stimulus switched off at t_off [τ]


def path(t, d):
    """z(t): z₀ plus a straight run along x₁ and a circle of radius R through z₀."""
    turn = d.R * jnp.stack([jnp.cos(d.omega * t) - 1, jnp.sin(d.omega * t)])
    return d.z0 + jnp.stack([d.v * t, 0.0]) + turn


def driven(t, U, d):
    """∂U/∂t of the network under the stimulus on its path, on for t < t_off."""
    stimulus = cann.stimulus(path(t, d), U.shape, d.net, A=d.A)
    return cann.vector_field(t, U, replace(d.net, I_ext=(t < d.t_off) * stimulus))


step = nr.make_step(driven, "rk4")


def fit(U):
    """The bump's position (population vector, a pair) and height (least squares on its shape)."""
    z = cann.bump_position(U)
    template = cann.stimulus(z, U.shape, net)
    return jnp.append(z, jnp.sum(U * template) / jnp.sum(template ** 2))


def run(drive, U_start, duration, save=fit, save_every=10):
    return nr.simulate(step, U_start, drive, dt=dt, n_steps=round(duration / dt), save=save, save_every=save_every)


def drive(z0=(0.0, 0.0), A=alpha, v=0.0, R=0.0, omega=0.0, t_off=1e9, network=net):
    return Drive(network, A, jnp.asarray(z0), v, R, omega, t_off)


print(f"ρ = {rho:.2f} per rad², k_c = {k_c:.4g}; closed form U0 = {U0:.6f}, r0 = {r0:.6f} (units of ρJ0)")

# %% [markdown]
# ## Persistent bumps anywhere on the torus
#
# Cues of strength 3 held for 10 τ at three places, then 190 τ without input (one vmapped run).

# %%
cues = jnp.array([[0.0, 0.0], [1.0, -2.0], [-2.5, 2.5]])
persist = jax.jit(jax.vmap(lambda z: run(drive(z, A_cue, t_off=cue_duration), jnp.zeros(shape), 200.0)))(cues)
final_fit = np.asarray(persist.saved[:, -1])  # [cue, (x₁, x₂, height)]
U_centre = np.asarray(persist.state[0])       # the bump cued at the origin, a grid point
r_centre = np.asarray(cann.rate(persist.state[0], net))
width_U = math.sqrt(np.sum(np.sum(grid ** 2, axis=0) * U_centre) / np.sum(U_centre) / 4)  # ⟨|x|²⟩_U = 4a²
width_r = math.sqrt(np.sum(np.sum(grid ** 2, axis=0) * r_centre) / np.sum(r_centre) / 2)  # ⟨|x|²⟩_r = 2a²

t_saved = np.arange(1, persist.saved.shape[1] + 1) * 10 * dt
extent = (-np.pi, np.pi, -np.pi, np.pi)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
image = ax1.imshow(np.asarray(persist.state).sum(axis=0).T, origin="lower", extent=extent, cmap="viridis",
                   interpolation="bilinear")
ax1.plot(*np.asarray(cues).T, "w+", ms=12, label="cues")
ax1.set(xlabel="x₁ [rad]", ylabel="x₂ [rad]", title="three runs at t = 200 τ (U summed)")
ax1.legend(loc="lower right")
fig.colorbar(image, ax=ax1, label="U [ρJ₀]")
ax2.plot(t_saved, np.asarray(persist.saved[..., 2]).T, lw=2, alpha=0.7)
ax2.axhline(U0, color="k", ls=":", label="closed form $U_0$")
ax2.axvline(cue_duration, color="gray", ls="--", label="cue off")
ax2.set(xlabel="time [τ]", ylabel="bump height [ρJ₀]", title="heights of the three bumps")
ax2.legend()
plt.show()

# %% [markdown]
# ## The bump and the critical inhibition in two dimensions
#
# On the plane $\rho\int\tilde U^2 = 2\pi a^2\rho U_0^2$ and $\rho\int J\tilde r =
# \rho J_0 r_0 e^{-|x-z|^2/4a^2}/2$, so $r_0 = 2U_0/\rho J_0$ and $U_0$ solves
# $4\pi a^2 k\rho\,U_0^2 - \rho J_0 U_0 + 2 = 0$, whose roots merge at $k_c = \rho J_0^2/(32\pi a^2)$.
# As on the ring we sweep $k$ across $k_c$ in one vmapped run, each network started from a bump
# of the height where the roots meet.

# %%
k_grid = np.arange(0.25, 1.5, 0.1)  # k/k_c, grid values straddling 1
U_start = cann.stimulus((0.0, 0.0), shape, net, A=1 / (8 * math.pi * a ** 2 * k_c * rho))  # U₀ at k_c
sweep = jax.jit(jax.vmap(lambda k: run(drive(A=0.0, network=replace(net, k=k * k_c)), U_start, 300.0,
                                       save=None)))(jnp.asarray(k_grid))
height = np.asarray(sweep.state.max(axis=(1, 2)))
closed = np.array([float(cann.bump_height(shape, replace(net, k=k * k_c))[0]) for k in k_grid])
alive = height > 1e-3 * U0
k_c_sweep = (k_grid[alive].max() + k_grid[~alive].min()) / 2
height_error = np.max(np.abs(height[alive] / closed[alive] - 1))

k_fine = np.linspace(0.2, 1.0, 400)
plt.figure(figsize=(5.5, 3.6))
plt.plot(k_fine, [float(cann.bump_height(shape, replace(net, k=k * k_c))[0]) for k in k_fine], "k-",
         label="closed form $U_0$")
plt.plot(k_grid, height, "o", mfc="none", label="simulated, after 300 τ")
plt.axvline(1.0, color="gray", ls=":")
plt.gca().set(xlabel="k / k_c", ylabel="bump height [ρJ₀]", title="the 2-D bump exists only below k_c")
plt.legend()
plt.show()

# %% [markdown]
# ## Tracking a moving stimulus
#
# Projecting the dynamics onto the two shifts of the bump,
# $(x_i - z_i)e^{-|x-z|^2/4a^2}$, gives for the bump's position $\mathbf z$, a distance
# $\mathbf d$ behind the stimulus, $\tau A_u\dot{\mathbf z} = \alpha\,\mathbf d\,e^{-|\mathbf d|^2/8a^2}$:
# the ring's equation in each direction (the Gaussian integrals factorise). On a straight line at
# speed $v$ the lag solves $d e^{-d^2/8a^2} = \tau A_u v/\alpha$, which has a root only below
# $v_{max} = 2a\alpha e^{-1/2}/(\tau A_u)$. On a circle of radius $R$ the bump runs on an inner
# circle at the stimulus's angular speed with $\mathbf d$ along its own velocity, which gives
# $d e^{-d^2/8a^2} = \tau A_u \omega\sqrt{R^2 - d^2}/\alpha$. $A_u$ is the bump's height under a
# resting stimulus, measured. We run six speeds on a line for 400 τ, and one turn of a circle
# around the origin, starting from the bump at the stimulus.

# %%
bump_at_0 = cann.bump((0.0, 0.0), shape, net)
under_stimulus = run(drive(), bump_at_0, 300.0, save=None).state
A_u = float(fit(under_stimulus)[2])
v_max = 2 * a * alpha * math.exp(-0.5) / (tau * A_u)
speeds = max_speed * np.arange(1, 7) / 6
line = jax.jit(jax.vmap(lambda v: run(drive(v=v), under_stimulus, 400.0)))(jnp.asarray(speeds))
t_line = np.arange(1, line.saved.shape[1] + 1) * 10 * dt
lag = np.unwrap(np.asarray(cann.periodic_difference(speeds[:, None] * t_line, line.saved[..., 0])),
                period=2 * np.pi)  # continuous in time: a stimulus that escapes runs away
tracked = lag[:, -1] < 2 * a
v_max_sweep = (speeds[tracked].max() + speeds[~tracked].min()) / 2

omega = circle_speed / radius
on_circle = drive(z0=(radius, 0.0), R=radius, omega=omega)  # a circle around the origin
circle = jax.jit(lambda: run(on_circle, cann.bump((radius, 0.0), shape, net), 600.0))()
t_circle = np.arange(1, circle.saved.shape[0] + 1) * 10 * dt
stimulus_path = np.asarray(jax.vmap(lambda t: path(t, on_circle))(t_circle))
circle_lag = np.linalg.norm(np.asarray(cann.periodic_difference(stimulus_path, circle.saved[:, :2])), axis=1)
smooth = bool(np.ptp(circle_lag[-200:]) < 1e-3 * circle_lag[-1])  # constant distance, last 200 τ


def theory_lag(drive_of_d):
    """The root d < 2a of d exp(−d²/8a²) = τ A_u × (speed the bump must keep at lag d) / α."""
    d = np.linspace(0.0, 2 * a, 200_001)
    mismatch = np.abs(d * np.exp(-d ** 2 / (8 * a ** 2)) - tau * A_u * drive_of_d(d) / alpha)
    return d[np.argmin(mismatch)]


lag_theory = np.array([theory_lag(lambda d: v) if v <= v_max else np.nan for v in speeds])
circle_theory = theory_lag(lambda d: omega * np.sqrt(radius ** 2 - d ** 2))
print(f"v = {circle_speed}: lag on the circle {circle_lag[-1]:.4f} rad (projected {circle_theory:.4f}); "
      f"on a line the projected lag is {theory_lag(lambda d: circle_speed):.4f} rad")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
ax1.imshow(np.asarray(circle.state).T, origin="lower", extent=extent, cmap="Greys", interpolation="bilinear")
ax1.plot(*stimulus_path.T, "C1--", label="stimulus")
ax1.plot(*np.asarray(circle.saved[:, :2]).T, "C0-", label="bump (population vector)")
ax1.set(xlabel="x₁ [rad]", ylabel="x₂ [rad]", title=f"circle, v = {circle_speed} rad/τ; U at 600 τ")
ax1.legend(loc="lower right")
v_fine = np.linspace(0, v_max, 200)
ax2.plot(v_fine, [theory_lag(lambda d: v) for v in v_fine], "k-", label="projected dynamics")
ax2.plot(speeds[tracked], lag[tracked, -1], "o", mfc="none", label="simulated on a line, t = 400 τ")
ax2.plot(circle_speed, circle_lag[-1], "s", mfc="none", label="simulated on the circle")
ax2.axvline(v_max, color="gray", ls=":", label="$v_{max}$")
ax2.set(xlabel="stimulus speed [rad/τ]", ylabel="steady lag [rad]")
ax2.legend()
plt.show()

# %% [markdown]
# ## Replication check
#
# As on the ring: the identities compare the stationary bump cued at the origin and the sweep
# over $k$ with the closed forms (the $k_c$ of the sweep is the midpoint of the last surviving
# and the first dying grid value, tolerance half a grid step); the projected-dynamics checks use
# the measured $A_u$ and allow 2 % for the distortions of the bump that the projection neglects,
# and half a grid step of speed for $v_{max}$.

# %%
secondary = "Li, Chu & Wu 2024 (arXiv:2410.06517), §4 eqs. 45–47 with m = 0, per dimension"
claims = [
    claim("bump height U₀ (cued at the origin)", ours=float(final_fit[0, 2]), paper=U0, kind="identity",
          source="closed form U₀ = J₀[1+√(1−k/k_c)]/(8π a² k)", rel_tol=1e-6),
    claim("peak rate r₀", ours=float(r_centre.max()), paper=r0, kind="identity",
          source="closed form r₀ = 2U₀/(ρJ₀)", rel_tol=1e-6),
    claim("width of U: √(⟨|x−z|²⟩_U / 4) = a", ours=width_U, paper=a, kind="identity",
          source="U ∝ exp(−|x−z|²/4a²)", rel_tol=1e-4),
    claim("width of r: √(⟨|x−z|²⟩_r / 2) = a", ours=width_r, paper=a, kind="identity",
          source="r ∝ exp(−|x−z|²/2a²)", rel_tol=1e-4),
    claim("k sweep: bump dies at k/k_c", ours=float(k_c_sweep), paper=1.0, kind="identity",
          source="k_c = ρJ₀²/(32π a²)", abs_tol=0.05),
    claim("k sweep: largest |U₀ sim / closed form − 1| below k_c", ours=float(height_error), paper=0.0,
          kind="identity", source="closed form U₀(k)", abs_tol=1e-6),
    claim("persistence: bumps at the 3 cues, |position − cue| < 1e-6", paper=True, kind="qualitative",
          ours=bool(np.all(np.abs(final_fit[:, :2] - np.asarray(cues)) < 1e-6)),
          source="Wu et al. 2008, abstract (continuous family, neutrally stable)"),
    claim("persistence: the 3 bumps have the same height (± 1e-4)", paper=True, kind="qualitative",
          ours=bool(np.ptp(final_fit[:, 2]) < 1e-4 * U0), source="Wu et al. 2008, abstract"),
    claim("tracking a circle: constant distance over the last 200 τ", ours=smooth, paper=True,
          kind="qualitative", source="Wu et al. 2008, abstract (tracks time-varying stimuli smoothly)"),
    claim(f"line: steady lag at v = {speeds[0]:.3f}", ours=float(lag[0, -1]), paper=float(lag_theory[0]),
          kind="secondary", source=secondary, rel_tol=0.02),
    claim(f"line: steady lag at v = {speeds[3]:.3f}", ours=float(lag[3, -1]), paper=float(lag_theory[3]),
          kind="secondary", source=secondary, rel_tol=0.02),
    claim(f"circle R = {radius}: steady lag at v = {circle_speed}", ours=float(circle_lag[-1]),
          paper=float(circle_theory), kind="secondary", source=secondary, rel_tol=0.02),
    claim("maximal trackable speed v_max", ours=float(v_max_sweep), paper=v_max, kind="secondary",
          source=f"{secondary}; Fung, Wong & Wu 2010", abs_tol=max_speed / 12),
]
report(claims)
