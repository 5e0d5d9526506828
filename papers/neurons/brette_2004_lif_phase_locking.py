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
# # Brette (2004): Dynamics of one-dimensional spiking neuron models — phase locking of the leaky integrate-and-fire neuron
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/neurons/brette_2004_lif_phase_locking.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/neurons/brette_2004_lif_phase_locking.ipynb)
#
# Brette, R. (2004). Dynamics of one-dimensional spiking neuron models. *Journal of Mathematical
# Biology* 48(1), 38–56. [doi:10.1007/s00285-003-0223-9](https://doi.org/10.1007/s00285-003-0223-9)
#
# Brette studies spiking models with a single variable, $dx/dt = f(x, t)$, reset to $x_r$ whenever
# $x$ reaches a threshold $\theta$, under periodic input. Each spike time determines the next one,
# so the dynamics reduce to a *firing map* $t_{n+1} = \varphi(t_n)$ on the circle of input phases.
# When the map is increasing, Poincaré's theory of circle maps applies: the mean number of spikes
# per input period, the *rotation number* $\rho$, is the same for every initial state; if $\rho$ is
# rational, $p/q$, the neuron is *phase locked* — it fires $p$ spikes every $q$ periods at fixed
# phases — and $\rho$ depends on the parameters as a "devil's staircase", flat on intervals at the
# rationals. Brette's Fig. 2A shows this for a leaky integrate-and-fire neuron driven by a
# sinusoidal current $a + 2\sin(2\pi t/T)$: when the input dips below threshold (here $a < 3$)
# spikes cannot occur at some phases, the firing map has a gap, and the neuron phase locks for
# almost every value of $a$ (the rationals fill the parameter range up to a set of measure zero).
# When the input stays above threshold ($a > 3$) the firing map is a smooth circle
# diffeomorphism, and for those irrational rotation numbers — quasi-periodic firing — generically
# occupy a set of parameters of positive measure (Herman 1979); the figure shows wide bands of it.
# This notebook computes the firing of the model exactly between spikes, sweeps the drive and
# the input amplitude in single vmapped runs, and checks these statements with the exact results
# available for this model.
#
# **Claims reproduced**
# 1. Fig. 2A: the phases of the spikes against the drive $a$ form a few isolated curves for most
#    $a < 3$ (locking), and fill whole intervals of phase for many $a > 3$ (quasi-periodicity).
# 2. The rotation number does not depend on the initial state (firing map increasing; Brette
#    2004): two different initial potentials give the same $\rho$ for every $a$.
# 3. $\rho(a)$ is non-decreasing in the drive, constant on plateaus at rationals $p/q$ (devil's
#    staircase).
# 4. Input crossing threshold ($a < 3$): the fraction of drives left unlocked keeps falling as
#    longer locked cycles are admitted (locking for almost every $a$; Brette 2004, Fig. 2A and
#    text), whereas for $a > 3$ it levels off (quasi-periodicity on a set of positive measure, as
#    for smooth circle diffeomorphisms; Herman 1979).
# 5. Farey ordering (circle-map theory; Coombes & Bressloff 1999 for this model): between two
#    Farey-neighbour plateaus $p/q$ and $r/s$ the widest plateau is that of the mediant
#    $(p+r)/(q+s)$.
# 6. Arnold tongues in the (drive, amplitude) plane: the 1:1 tongue is the widest (at $A = 2$).
#    Exact results for this model: without modulation ($A = 0$) the rotation number is
#    $T / (\tau \ln\frac{a}{a-1})$; the 1:1 Arnold tongue is bounded by
#    $a = K \pm A/\sqrt{1 + (2\pi\tau/T)^2}$ with $K = 1/(1 - e^{-T/\tau})$ (derived below; cf.
#    Keener, Hoppensteadt & Rinzel 1981).
# 7. Numerics: with exact integration between steps and exact spike times the edges of the 2/1
#    plateau do not move (on a grid of 0.001) when the time step changes from 0.25 to 2 ms; the
#    usual clock-driven scheme (spikes and resets on the time grid) shifts them by an amount that
#    grows with the step.
#
# **Other works cited.** Coombes, S. & Bressloff, P. C. (1999). Mode locking and Arnold tongues in
# integrate-and-fire neural oscillators. *Phys. Rev. E* 60, 2086–2096. — Keener, J. P.,
# Hoppensteadt, F. C. & Rinzel, J. (1981). Integrate-and-fire models of nerve membrane response to
# oscillatory input. *SIAM J. Appl. Math.* 41, 503–517. — Herman, M. R. (1979). Sur la conjugaison
# différentiable des difféomorphismes du cercle à des rotations. *Publ. Math. IHÉS* 49, 5–233.

# %% tags=["parameters"]
tau = 100.0             # membrane time constant τ [ms] (Fig. 2A)
period = 100.0          # period T of the sinusoidal input [ms] (Fig. 2A: T = τ)
amplitude = 2.0         # amplitude A of the input (Fig. 2A), in units of the threshold
drive_min, drive_max = 2.0, 4.0  # range of the drive a (Fig. 2A)
n_drives = 2000         # values of a in the staircase sweep (Fig. 2A)
dt = 1.0                # time step [ms] of the exact scheme
n_transient = 50        # input periods discarded before measuring (Fig. 2A: 5 s)
n_measured = 50         # input periods measured (Fig. 2A: 5 s)
max_cycle = 40          # longest locked cycle searched for, in spikes per cycle

# %%
# Installs neurorepro when running on Colab or Kaggle; does nothing locally.
import os
import subprocess
import sys

if "google.colab" in sys.modules or "KAGGLE_KERNEL_RUN_TYPE" in os.environ:
    INSTALL = "neurorepro @ git+https://github.com/neurorepro/neurorepro@main"
    subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", INSTALL])

# %%
from fractions import Fraction

import jax

jax.config.update("jax_enable_x64", True)  # spike times up to 10⁴ ms are compared to 10⁻¹ ms after many periods

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.models import lif
from neurorepro.replication import claim, report

plt.rcParams["figure.dpi"] = 80

# %% [markdown]
# ## The model
#
# In units where the threshold is 1 and the reset 0 (Brette's Fig. 2A),
#
# $$\tau \frac{dv}{dt} = -v + a + A \sin(\omega t), \qquad \omega = \frac{2\pi}{T}, \qquad
#   v \ge 1 \;\Rightarrow\; \text{spike},\ v \leftarrow 0 .$$
#
# Between spikes the equation is linear, and its solution is known in closed form: with the
# periodic solution
#
# $$P(t) = a + \frac{A}{1 + \omega^2\tau^2}\bigl(\sin\omega t - \omega\tau\cos\omega t\bigr)
#        = a + A'\sin(\omega t - \delta), \qquad A' = \frac{A}{\sqrt{1 + \omega^2\tau^2}},\ \tan\delta = \omega\tau,$$
#
# every solution is $v(t) = P(t) + \bigl(v(t_0) - P(t_0)\bigr)e^{-(t - t_0)/\tau}$. We advance the
# neuron with this formula over steps of `dt` (no integration error), and when $v$ ends a step
# above threshold we find the crossing time $t_s$ inside the step by Newton's method on the same
# formula, reset there and continue exactly from $(t_s, 0)$ to the end of the step. Spike times are
# then exact to rounding error; the only effect of `dt` is that a trajectory which touches the
# threshold and turns back within one step is missed (checked below). The clock-driven runner
# (`neurorepro.sweep`) carries the state; besides $v$ it records, after `n_transient` periods, the
# number of spikes, the first spike time and the last 64 spike times (in a ring buffer), from which
# the rotation number and the locking are read.

# %%
OMEGA = 2 * np.pi / period
BUFFER = 64  # spike times kept per neuron; must exceed max_cycle by enough to test the repetition


def periodic_solution(t, params):
    """P(t), the periodic solution of τ dv/dt = −v + a + A sin(ωt), and its time derivative."""
    scale = params["A"] / (1.0 + (OMEGA * tau) ** 2)
    sin, cos = jnp.sin(OMEGA * t), jnp.cos(OMEGA * t)
    return params["a"] + scale * (sin - OMEGA * tau * cos), scale * OMEGA * (cos + OMEGA * tau * sin)


def record_spike(state, spiked, t_spike, params, clock):
    """Count a spike after the transient and store its time in the ring buffer."""
    counted = spiked & (clock.t >= params["t_count"])
    slot = state["n"] % BUFFER
    recent = state["recent"].at[slot].set(jnp.where(counted, t_spike, state["recent"][slot]))
    return {"n": state["n"] + counted, "t_first": jnp.where(counted & (state["n"] == 0), t_spike, state["t_first"]),
            "recent": recent}


def exact_step(state, params, clock):
    t, v = clock.t, state["v"]
    P0, _ = periodic_solution(t, params)
    P1, _ = periodic_solution(t + clock.dt, params)
    v_end = P1 + (v - P0) * jnp.exp(-clock.dt / tau)
    spiked = v_end >= 1.0
    # Newton on v(s) − 1 = P(s) + (v − P0) e^{−(s−t)/τ} − 1 = 0 from the linear interpolate
    s = t + clock.dt * jnp.clip((1.0 - v) / jnp.where(spiked, v_end - v, 1.0), 0.0, 1.0)
    for _ in range(3):
        decay = jnp.exp(-(s - t) / tau)
        P, dP = periodic_solution(s, params)
        s = jnp.clip(s - (P + (v - P0) * decay - 1.0) / (dP - (v - P0) * decay / tau), t, t + clock.dt)
    P_s, _ = periodic_solution(s, params)
    v_after_reset = P1 - P_s * jnp.exp(-(t + clock.dt - s) / tau)  # from v(s) = 0
    return {"v": jnp.where(spiked, v_after_reset, v_end), **record_spike(state, spiked, s, params, clock)}


def initial_state(v0, size):
    v0 = jnp.broadcast_to(jnp.asarray(v0, float), (size,))
    return {"v": v0, "n": jnp.zeros(size, int), "t_first": jnp.zeros(size), "recent": jnp.full((size, BUFFER), -1.0)}


def drive_params(a, A, transient=n_transient):
    a, A = np.broadcast_arrays(np.asarray(a, float), np.asarray(A, float))
    return {"a": jnp.asarray(a), "A": jnp.asarray(A), "t_count": jnp.full(a.shape, transient * period)}


def run_batch(step, state, params, step_size=dt, periods=n_transient + n_measured):
    """One compiled, vmapped run of a batch of neurons (`periods` input periods); the final state as numpy."""
    n_steps = int(round(periods * period / step_size))
    out = nr.sweep(step, state, params, duration=n_steps * step_size, dt=step_size, batch_state=True,
                   chunk_steps=1000, progress=False)  # one chunk length for every step size: compiled once
    return jax.tree.map(np.asarray, out.state)


# %% [markdown]
# ### Reading the rotation number and the locking
#
# From the recorded spikes: the rotation number (spikes per input period) is estimated as
# $(n - 1)\,T / (t_\text{last} - t_\text{first})$ over the measured periods. Locking is read exactly
# from the last spike times: the orbit is locked at $p/q$ when, for the smallest $p \le$ `max_cycle`,
# every interval $t_{k+p} - t_k$ in the buffer equals the same whole number $q$ of periods (within
# $10^{-3}\,T$; on a locked orbit the intervals agree to rounding error, and a quasi-periodic orbit
# passes only if its rotation number is within about $10^{-3}$ of $p/q$).

# %%
def analyse(state, tolerance=1e-3 * period, longest=max_cycle):
    """Rotation number estimate, locked (p, q) (0, 0 if none found), and the buffered spike times in order."""
    n = state["n"]
    order = (n[:, None] + np.arange(BUFFER)[None, :]) % BUFFER  # oldest first
    times = np.take_along_axis(state["recent"], order, axis=1)
    times = np.where(np.arange(BUFFER)[None, :] >= BUFFER - np.minimum(n, BUFFER)[:, None], times, np.nan)
    last = np.nanmax(np.where(np.isnan(times), -np.inf, times), axis=1)
    rho = np.where(n >= 2, (n - 1) * period / np.where(n >= 2, last - state["t_first"], 1.0), 0.0)
    p_q = np.zeros((n.size, 2), int)
    for p in range(1, longest + 1):
        gaps = times[:, p:] - times[:, :-p]
        valid = ~np.isnan(gaps)
        enough = valid.sum(axis=1) >= 8  # at least 8 repetitions of the cycle
        q = np.round(np.nanmax(np.where(valid, gaps, -np.inf), axis=1) / period)
        same = np.all(~valid | (np.abs(gaps - q[:, None] * period) < tolerance), axis=1)
        new = enough & same & (q >= 1) & (p_q[:, 0] == 0)
        p_q[new] = np.stack([np.full(new.sum(), p), q[new].astype(int)], axis=1)
    return rho, p_q, times


def locked_as(p_q, fraction):
    return (p_q[:, 0] == fraction.numerator) & (p_q[:, 1] == fraction.denominator)


# %% [markdown]
# ## Fig. 2A — phase locking against the drive
#
# `n_drives` neurons with drives $a$ from 2 to 4 and the same input $2\sin(2\pi t/T)$, run for
# `n_transient` + `n_measured` periods from $v = 0$ in one `neurorepro.sweep`; the same sweep runs
# every tenth drive again from $v = 0.9$ to test claim 2. We plot the phases
# $(t_s \bmod T)/T$ of the last 64 spikes of each neuron, as Brette's Fig. 2A plots those of the
# last 5 s.

# %%
drives = np.linspace(drive_min, drive_max, n_drives)
second_start = drives[::10]
staircase_state = jax.tree.map(lambda x, y: jnp.concatenate([x, y]), initial_state(0.0, n_drives),
                               initial_state(0.9, second_start.size))
staircase = run_batch(exact_step, staircase_state, drive_params(np.concatenate([drives, second_start]), amplitude))
rho_all, p_q_all, times_all = analyse(staircase)
rho, p_q, spike_times = rho_all[:n_drives], p_q_all[:n_drives], times_all[:n_drives]
locked = p_q[:, 0] > 0
below, above = drives < 3.0, drives > 3.0
print(f"locked (cycle ≤ {max_cycle} spikes): {locked[below].mean():.3f} of the drives in [2, 3), "
      f"{locked[above].mean():.3f} in (3, 4]")

# same rotation number from another initial potential
rho_other, p_q_other = rho_all[n_drives:], p_q_all[n_drives:]
both_locked = (p_q_other[:, 0] > 0) & (p_q[::10, 0] > 0)
different_locking = int(np.sum(np.any(p_q_other != p_q[::10], axis=1) & both_locked))
one_locked = int(np.sum((p_q_other[:, 0] > 0) != (p_q[::10, 0] > 0)))
rho_difference = np.abs(rho_other - rho[::10]).max()
rho_difference_relative = np.max(np.abs(rho_other - rho[::10]) / (2 * rho[::10] / n_measured))  # see below
print(f"second initial state (v = 0.9): both locked for {both_locked.sum()} of {second_start.size} drives, "
      f"at a different ratio for {different_locking}; locked in one run only for {one_locked} (still settling); "
      f"largest difference of the rotation-number estimates {rho_difference:.4f}")

# %%
fig, axes = plt.subplots(1, 2, figsize=(12, 5))
ax = axes[0]
phase = (spike_times % period) / period
ax.plot(phase.ravel(), np.repeat(drives, BUFFER), ",", color="k", alpha=0.6, rasterized=True)
ax.axhline(3.0, color="C3", lw=0.8, ls="--")
ax.text(0.01, 3.03, "below: input crosses threshold", color="C3", fontsize=8, backgroundcolor="w")
ax.set_xlabel("spike phase")
ax.set_ylabel("drive a")
ax.set_ylim(drive_min, drive_max)
ax.set_title("Fig. 2A — spike phases against the drive")
ax = axes[1]
ax.plot(rho, drives, ",", color="0.6", rasterized=True)
ax.plot(rho[locked], drives[locked], ".", ms=1.5, color="k", rasterized=True)
for fraction in map(Fraction, ("3/2", "2", "5/2", "3", "7/2")):
    ax.axvline(float(fraction), color="C0", lw=0.5, ls=":")
    ax.text(float(fraction), drive_max + 0.02, str(fraction), ha="center", fontsize=8, color="C0")
ax.axhline(3.0, color="C3", lw=0.8, ls="--")
ax.set_xlabel("rotation number ρ (spikes per input period)")
ax.set_ylim(drive_min, drive_max)
ax.set_title("Devil's staircase (black: locked)", pad=14)
fig.tight_layout()
plt.show()

# %% [markdown]
# Below $a = 3$ almost every drive gives a few spike phases (locked cycles; long cycles appear
# as several close curves), and the staircase climbs in flat steps. Above 3, between the plateaus
# at 5/2, 3 and 7/2, wide bands of drives give phases spread over intervals: quasi-periodic
# firing.
#
# **Monotonicity.** The firing map moves every spike earlier when the drive increases, so $\rho$
# cannot decrease with $a$. The locked ratios are exact. The estimate from the spike count is not:
# for a circle map the $n$-th spike lies within one input period of $t_0 + nT/\rho$, so an estimate
# over $n \approx \rho\, n_\text{measured}$ spikes is within about $\rho / n_\text{measured}$ of
# $\rho$; we count decreases larger than that, and allow twice that between the two initial
# states of claim 2.

# %%
decreases_locked = int(np.sum(np.diff(np.asarray([p / q for p, q in p_q[locked]])) < 0))
estimator_precision = rho / n_measured
decreases_estimate = int(np.sum(np.diff(rho) < -estimator_precision[1:]))
print(f"decreases of ρ along a: {decreases_locked} between locked drives, {decreases_estimate} of the estimate "
      f"by more than ρ/{n_measured}")

# %% [markdown]
# ## Locking for almost every drive when the input crosses threshold
#
# A finite computation cannot show "measure zero", but it can show the trend: admit locked cycles
# of at most $p$ spikes and count the drives left over. If the locked set has full measure the
# leftover fraction must fall to zero as $p$ grows; if the irrational rotation numbers have positive
# measure it must level off at that measure.

# %%
cycle_bounds = np.arange(1, max_cycle + 1)
unlocked_below = np.array([np.mean(~((p_q[below, 0] > 0) & (p_q[below, 0] <= b))) for b in cycle_bounds])
unlocked_above = np.array([np.mean(~((p_q[above, 0] > 0) & (p_q[above, 0] <= b))) for b in cycle_bounds])
fit = cycle_bounds >= 10
decay_below = -np.polyfit(np.log(cycle_bounds[fit]), np.log(unlocked_below[fit]), 1)[0]
decay_above = -np.polyfit(np.log(cycle_bounds[fit]), np.log(unlocked_above[fit]), 1)[0]
print(f"unlocked with cycles ≤ 10 / ≤ {max_cycle} spikes: a < 3: {unlocked_below[9]:.3f} / {unlocked_below[-1]:.3f}, "
      f"a > 3: {unlocked_above[9]:.3f} / {unlocked_above[-1]:.3f}")
print(f"power-law decay exponent of the unlocked fraction (cycles 10–{max_cycle}): a < 3: {decay_below:.2f}, "
      f"a > 3: {decay_above:.2f}")

fig, ax = plt.subplots(figsize=(6.5, 4))
ax.loglog(cycle_bounds, unlocked_below, "o-", ms=3, label="a in [2, 3): input crosses threshold")
ax.loglog(cycle_bounds, unlocked_above, "s-", ms=3, label="a in (3, 4]: input above threshold")
ax.set_xlabel("longest locked cycle admitted (spikes)")
ax.set_ylabel("fraction of drives not locked")
ax.set_title("Locked set: full measure below a = 3, not above")
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown]
# The two behaviours differ as the theory says: below 3 the unlocked fraction falls roughly as a
# power of the cycle length (towards zero), above 3 it hardly moves — about 80 % of those drives
# give quasi-periodic firing.
#
# **Tolerances** (set from the theory, not from the values): for "falls towards zero" we require a
# decay exponent above 0.5, for "levels off" one below 0.1 (a fraction decaying as $p^{-0.1}$
# would still lose only 13 % between cycles of 10 and 40 spikes).

# %% [markdown]
# ## Farey ordering of the plateaus
#
# The plateau of $p/q$ is the set of drives locked at $p/q$; we measure its width by the number of
# drives of the sweep locked there (grid step 0.001). Between two plateaus whose fractions are
# Farey neighbours ($|ps - qr| = 1$) every rational has a denominator at least $q + s$, and the
# only one with denominator $q + s$ is the mediant; in circle maps its plateau is the widest
# between the two. We check every Farey pair of denominators ≤ 3 in the range, and the next level
# (pairs formed by one of them and its mediant) where the plateaus are wide enough to measure
# (the mediant at least 5 grid steps).

# %%
grid_step = drives[1] - drives[0]
plateaus = {}
for p, q in p_q[locked]:
    fraction = Fraction(int(p), int(q))
    plateaus[fraction] = plateaus.get(fraction, 0) + 1


def width(fraction):
    return plateaus.get(fraction, 0) * grid_step


def mediant(x, y):
    return Fraction(x.numerator + y.numerator, x.denominator + y.denominator)


low, high = Fraction(3, 2), Fraction(7, 2)
level_one = sorted({Fraction(p, q) for q in (1, 2, 3) for p in range(1, 12) if low <= Fraction(p, q) <= high})
pairs = list(zip(level_one[:-1], level_one[1:]))
pairs += [pair for x, y in list(pairs) for pair in ((x, mediant(x, y)), (mediant(x, y), y))]
farey_rows = []
for x, y in pairs:
    m = mediant(x, y)
    inside = {f: w for f, w in plateaus.items() if x < f < y}
    if plateaus.get(m, 0) < 5:
        continue
    widest = max(inside, key=inside.get)
    farey_rows.append((x, y, m, width(m), widest, width(widest)))
farey_violations = sum(widest != m for _, _, m, _, widest, _ in farey_rows)
for x, y, m, w_m, widest, w_w in farey_rows:
    print(f"between {str(x):>4} and {str(y):>4}: mediant {str(m):>5} width {w_m:.3f};  widest {str(widest):>5} ({w_w:.3f})")
print(f"{len(farey_rows)} Farey pairs checked, {farey_violations} where the mediant is not the widest")

# %% [markdown]
# ## Arnold tongues and the exact results
#
# **The 1:1 tongue.** A 1:1 locked orbit resets at some $t_s$ and reaches threshold exactly one
# period later. Since $P$ has period $T$, $1 = v(t_s + T) = P(t_s)\,(1 - e^{-T/\tau})$, i.e.
# $P(t_s) = K = 1/(1 - e^{-T/\tau})$, so $\sin(\omega t_s - \delta) = (K - a)/A'$. Such a $t_s$
# exists if and only if $|a - K| \le A'$; inside, the two solutions are a stable and an unstable
# orbit (the firing map has slope $e^{-T/\tau} I(t_s)/(I(t_s) - 1)$ there, below 1 at the one where
# $\cos(\omega t_s - \delta) > 0$), and they merge at the edges. The 1:1 tongue is therefore the
# wedge $K - A' \le a \le K + A'$ with $A' = A/\sqrt{1 + \omega^2\tau^2}$, as long as these orbits
# are first passages (the trajectory must not reach threshold earlier in the period); for large $A$
# that fails and the wedge is only an outer bound.
#
# **Tongue tips.** At $A = 0$ the neuron fires with period $\tau\ln\frac{a}{a-1}$, so
# $\rho = T/(\tau \ln\frac{a}{a-1})$, and the $p/q$ tongue starts from $a = 1/(1 - e^{-qT/(p\tau)})$.
#
# One sweep runs a grid of $(a, A)$ (30 periods of transient and 30 measured, enough for the
# short cycles that make the large tongues), a second one, for a precise test of the 1:1 edges,
# fine lines in $a$ at three small amplitudes, with the full `n_transient` + `n_measured`: near
# the tip of a tongue locking is weak (at $A = 0$ the firing map is a rotation) and slow to settle.

# %%
K = 1.0 / (1.0 - np.exp(-period / tau))
tongue_drives = np.round(np.arange(0.6, 4.2 + 1e-9, 0.04), 6)
tongue_amplitudes = np.round(np.arange(0.0, 3.0 + 1e-9, 0.1), 6)
edge_amplitudes = np.array([0.1, 0.25, 0.5])
edge_drives = np.round(np.arange(K - 0.1, K + 0.1 + 1e-9, 0.0005), 6)
tongue_transient, tongue_measured = 30, 30
grid_a, grid_A = np.meshgrid(tongue_drives, tongue_amplitudes)
tongue_run = run_batch(exact_step, initial_state(0.0, grid_a.size),
                       drive_params(grid_a.ravel(), grid_A.ravel(), tongue_transient),
                       periods=tongue_transient + tongue_measured)
rho_grid, p_q_grid, _ = analyse(tongue_run, longest=12)
rho_grid, p_q_grid = rho_grid.reshape(grid_a.shape), p_q_grid.reshape(*grid_a.shape, 2)
# near the tip of the 1:1 tongue locking is weak (at A = 0 the map is a rotation), so the lines run longer
line_a, line_A = np.meshgrid(edge_drives, edge_amplitudes)
line_run = run_batch(exact_step, initial_state(0.0, line_a.size), drive_params(line_a.ravel(), line_A.ravel()))
p_q_lines = analyse(line_run, longest=4)[1].reshape(*line_a.shape, 2)

# exact rotation number at A = 0
no_modulation = tongue_drives > 1.0
rho_exact = period / (tau * np.log(tongue_drives[no_modulation] / (tongue_drives[no_modulation] - 1.0)))
rho_error_A0 = np.abs(rho_grid[0, no_modulation] - rho_exact).max()
print(f"A = 0: largest error of the rotation number against T/(τ ln(a/(a−1))): {rho_error_A0:.2e}")

# 1:1 edges on the fine lines
edge_rows = []
for A_value, row in zip(edge_amplitudes, p_q_lines):
    one_to_one = edge_drives[(row[:, 0] == 1) & (row[:, 1] == 1)]
    half_width = A_value / np.sqrt(1.0 + (OMEGA * tau) ** 2)
    edge_rows.append((A_value, one_to_one.min(), K - half_width, one_to_one.max(), K + half_width))
    print(f"A = {A_value:4.2f}: 1:1 locked for a in [{one_to_one.min():.4f}, {one_to_one.max():.4f}], "
          f"theory [{K - half_width:.4f}, {K + half_width:.4f}]")
edge_error = max(max(abs(lo - lo_th), abs(hi - hi_th)) for _, lo, lo_th, hi, hi_th in edge_rows)

# plateau widths along the row of Brette's amplitude
row = p_q_grid[int(np.argmin(np.abs(tongue_amplitudes - amplitude)))]
row_widths = {}
for p, q in row[row[:, 0] > 0]:
    row_widths[Fraction(int(p), int(q))] = row_widths.get(Fraction(int(p), int(q)), 0) + 1
widest_at_amplitude = max(row_widths, key=row_widths.get)
print(f"A = {amplitude:g}: widest plateaus on the grid (cells of {tongue_drives[1] - tongue_drives[0]:g}): " + ", ".join(
    f"{f} ({c})" for f, c in sorted(row_widths.items(), key=lambda item: -item[1])[:5]))

# %%
shown = [Fraction(1, 2), Fraction(1, 1), Fraction(3, 2), Fraction(2, 1), Fraction(5, 2), Fraction(3, 1),
         Fraction(7, 2), Fraction(4, 1), Fraction(2, 3), Fraction(4, 3), Fraction(5, 3)]
label = np.full(grid_a.shape, -1.0)  # −1: not locked; len(shown): locked at another ratio
label[p_q_grid[..., 0] > 0] = len(shown)
for k, fraction in enumerate(shown):
    label[(p_q_grid[..., 0] == fraction.numerator) & (p_q_grid[..., 1] == fraction.denominator)] = k
colours = plt.get_cmap("tab20")(np.linspace(0, 1, 20))[: len(shown)]
cmap = plt.matplotlib.colors.ListedColormap(np.vstack([[1, 1, 1, 1], colours, [0.75, 0.75, 0.75, 1]]))

fig, axes = plt.subplots(1, 2, figsize=(12, 5), gridspec_kw={"width_ratios": [1.5, 1]})
ax = axes[0]
step_a, step_A = tongue_drives[1] - tongue_drives[0], tongue_amplitudes[1] - tongue_amplitudes[0]
ax.pcolormesh(np.append(tongue_drives, tongue_drives[-1] + step_a) - step_a / 2,
              np.append(tongue_amplitudes, tongue_amplitudes[-1] + step_A) - step_A / 2,
              label, cmap=cmap, vmin=-1.5, vmax=len(shown) + 0.5, rasterized=True)
A_line = np.linspace(0, 3, 50)
half = A_line / np.sqrt(1 + (OMEGA * tau) ** 2)
ax.plot(K - half, A_line, "k--", lw=0.8)
ax.plot(K + half, A_line, "k--", lw=0.8, label="1:1 edges, theory")
ax.plot(1 + A_line, A_line, color="C3", lw=1.0, label="A = a − 1: input touches threshold")
ax.axhline(amplitude, color="k", lw=0.6, ls=":")
for k, fraction in enumerate(shown):
    tip = 1.0 / (1.0 - np.exp(-period / (float(fraction) * tau)))
    if tip < tongue_drives[-1]:
        ax.plot(tip, 0.0, "v", color=colours[k], ms=7, mec="k", mew=0.5)
        ax.text(tip, -0.12, str(fraction), ha="center", va="top", fontsize=7)
ax.set_xlim(tongue_drives[0], tongue_drives[-1])
ax.set_ylim(-0.3, tongue_amplitudes[-1])
ax.set_xlabel("drive a")
ax.set_ylabel("amplitude A")
ax.set_title("Arnold tongues (white: not locked, grey: other ratios)")
ax.legend(fontsize=7, loc="lower right", framealpha=0.9)
ax = axes[1]
for A_value, row in zip(edge_amplitudes, p_q_lines):
    one = (row[:, 0] == 1) & (row[:, 1] == 1)
    ax.plot(edge_drives, np.where(one, A_value, np.nan), lw=4, solid_capstyle="butt")
ax.plot(K - half, A_line, "k--", lw=0.8)
ax.plot(K + half, A_line, "k--", lw=0.8)
ax.set_xlim(edge_drives[0], edge_drives[-1])
ax.set_ylim(0, 0.6)
ax.set_xlabel("drive a")
ax.set_ylabel("amplitude A")
ax.set_title("1:1 locking on fine lines vs the wedge")
fig.tight_layout()
plt.show()

# %% [markdown]
# The tongues grow from the predicted tips (at small amplitudes most are narrower than a cell of
# the grid) and widen with the amplitude; above the red line the input dips below threshold, and
# there (Brette's $A = 2$, dotted) the tongues fill the plane up to thin unlocked seams. The 1:1
# tongue is the widest; it follows the straight wedge at small amplitudes and falls short of it at
# large ones, where the first-passage condition fails. (At $A = 0$ the firing map is a rotation;
# the few grey cells on that axis are drives whose $\rho$ happens to lie within the detection
# tolerance, about $10^{-3}$, of a ratio with at most 12 spikes per cycle.)
#
# **Tolerances.** At $A = 0$ the spike train is periodic and the estimate is exact up to the
# Newton iteration (≈ 10⁻¹⁰): we require 10⁻⁶. The edges of the 1:1 tongue are read on lines of
# step 0.0005, and near a saddle-node edge locking is slow to settle (the slower, the closer), so the
# outermost drive that has settled within `n_transient` periods lies slightly inside the true
# edge: we allow 4 grid steps (0.002).

# %% [markdown]
# ## The time step: exact scheme vs the usual clock-driven scheme
#
# The plateau edges of 2/1 (its plateau is the widest) are measured on a grid of step 0.001 around
# them, with the exact scheme at time steps 0.25, 1, 2 and 5 ms, and with the core's LIF
# (`neurorepro.models.lif`: exponential-Euler step with the input frozen over the step, spike and
# reset at the end of the step — the kind of scheme of the Brian and BrainPy examples of this
# figure, which take Euler steps) at
# 0.1 and 0.5 ms. With $C_m = \tau$ (pF), $g_L = 1$ nS, $E_L = 0$, threshold 1 and reset 0 the core
# model is the same equation in its own units. On the time grid a locked cycle of the
# clock-driven scheme is exactly periodic, so the same locking analysis applies.

# %%
CORE_NEURON = lif.Params(C_m=tau, g_L=1.0, E_L=0.0, v_threshold=1.0, v_reset=0.0, tau_ref=0.0)


def clock_driven_step(state, params, clock):
    current = CORE_NEURON.g_L * (params["a"] + params["A"] * jnp.sin(OMEGA * clock.t))
    neuron = lif.step(lif.State(state["v"], state["refractory"], state["spike"]), CORE_NEURON, clock.dt, current)
    recorded = record_spike(state, neuron.spike, clock.t + clock.dt, params, clock)
    return {"v": neuron.v, "refractory": neuron.refractory, "spike": neuron.spike, **recorded}


def plateau_edges(p_q, fraction, grid):
    inside = grid[locked_as(p_q, fraction)]
    return inside.min(), inside.max()


two = Fraction(2, 1)
edge_lo, edge_hi = plateau_edges(p_q, two, drives)
window = np.arange(-0.03, 0.03 + 1e-9, 0.001)
study_drives = np.round(np.concatenate([edge_lo + window, edge_hi + window]), 6)  # a window around each edge
study_params = drive_params(study_drives, amplitude)
edges_exact, edges_clock = {}, {}
for step_size in (0.25, 1.0, 2.0, 5.0):
    result = run_batch(exact_step, initial_state(0.0, study_drives.size), study_params, step_size=step_size)
    edges_exact[step_size] = plateau_edges(analyse(result, longest=4)[1], two, study_drives)
clock_state = {**initial_state(0.0, study_drives.size), "refractory": jnp.zeros(study_drives.size),
               "spike": jnp.zeros(study_drives.size, bool)}
for step_size in (0.1, 0.5):
    result = run_batch(clock_driven_step, clock_state, study_params, step_size=step_size)
    edges_clock[step_size] = plateau_edges(analyse(result, longest=4)[1], two, study_drives)
reference = edges_exact[0.25]
shift_exact = {h: max(abs(e[0] - reference[0]), abs(e[1] - reference[1])) for h, e in edges_exact.items()}
shift_clock = {h: max(abs(e[0] - reference[0]), abs(e[1] - reference[1])) for h, e in edges_clock.items()}
for name, edges, shifts in (("exact", edges_exact, shift_exact), ("clock-driven", edges_clock, shift_clock)):
    for h, (lo, hi) in edges.items():
        print(f"{name:>12}, dt = {h:4g} ms: 2/1 plateau [{lo:.3f}, {hi:.3f}], largest edge shift {shifts[h]:.3f}")

# %%
fig, ax = plt.subplots(figsize=(7, 3.5))
steps = sorted(set(edges_exact) | set(edges_clock))
ax.plot(list(edges_exact), [shift_exact[h] for h in edges_exact], "o-", label="exact between steps")
ax.plot(list(edges_clock), [shift_clock[h] for h in edges_clock], "s-", label="clock-driven (core LIF)")
ax.axhline(0.001, color="0.6", ls=":", lw=0.8, label="grid step of the measurement")
ax.set_xscale("log")
ax.set_xlabel("time step [ms]")
ax.set_ylabel("edge shift of the 2/1 plateau")
ax.set_title("Time-step error on the plateau edges")
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown]
# With exact integration the edges do not move (to the 0.001 grid) up to dt = 5 ms: a step only
# matters when the membrane grazes threshold within it (at 5 ms this starts to change the locking
# of a few drives elsewhere on the staircase — 3 of 400 in a check made while preparing this
# notebook — which is why the sweeps use 1 ms). The clock-driven scheme delays every
# spike and reset to the end of its step and freezes the input within it, which biases the
# firing map by about one step per spike; its plateau edges move by several grid steps even at
# 0.1 ms, and more at 0.5 ms.

# %% [markdown]
# ## Replication check

# %%
brette = "Brette 2004, Fig. 2A and text"
claims = [
    claim("Fig. 2A: most drives in [2, 3) locked (cycles ≤ 40)", ours=locked[below].mean(), paper=(0.5, 1.0),
          source=f"{brette} (locking for almost every a < 3)"),
    claim("Fig. 2A: most drives in (3, 4] not locked", ours=1.0 - locked[above].mean(), paper=(0.5, 1.0),
          source="Brette 2004, Fig. 2A (quasi-periodic bands, a > 3)"),
    claim("two initial states locked at different ratios", ours=different_locking, paper=0,
          source="Brette 2004 (increasing firing map: unique ρ)"),
    claim("two initial states: max |Δρ estimate| / (2ρ/M)", ours=rho_difference_relative, paper=(0.0, 1.0),
          source="Brette 2004 (increasing firing map: unique ρ)"),
    claim("ρ(a) non-decreasing: decreases between locked a", ours=decreases_locked, paper=0,
          source="Brette 2004 (devil's staircase)"),
    claim("ρ(a) non-decreasing: decreases of the estimate", ours=decreases_estimate, paper=0,
          source="Brette 2004 (devil's staircase)"),
    claim("unlocked fraction decays with cycle length, a < 3", ours=decay_below, paper=(0.5, np.inf),
          source=f"{brette} (locked set of full measure)"),
    claim("unlocked fraction levels off, a > 3", ours=decay_above, paper=(-0.1, 0.1),
          source="Herman 1979 (irrationals of positive measure)"),
    claim("Farey pairs whose mediant is not the widest", ours=farey_violations, paper=0,
          source="circle maps; Coombes & Bressloff 1999"),
    claim("Farey pairs checked", ours=len(farey_rows), paper=(8, np.inf), source="this notebook (coverage)"),
    claim("A = 0: max |ρ − T/(τ ln(a/(a−1)))|", ours=rho_error_A0, paper=0.0, source="exact solution", abs_tol=1e-6),
    claim("1:1 tongue edges vs K ± A' (A ≤ 0.5)", ours=edge_error, paper=0.0,
          source="derived here; Keener et al. 1981", abs_tol=0.002),
    claim("A = 2: widest plateau", ours=str(widest_at_amplitude), paper="1",
          source="Arnold tongues of circle maps; Coombes & Bressloff 1999"),
    claim("exact scheme: 2/1 edge shift, dt = 1 ms", ours=shift_exact[1.0], paper=0.0,
          source="this notebook (numerics)", abs_tol=0.001),
    claim("exact scheme: 2/1 edge shift, dt = 2 ms", ours=shift_exact[2.0], paper=0.0,
          source="this notebook (numerics)", abs_tol=0.001),
]
report(claims)
