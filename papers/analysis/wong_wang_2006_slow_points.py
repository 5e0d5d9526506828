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
# # Wong & Wang (2006): A recurrent network mechanism of time integration in perceptual decisions
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/analysis/wong_wang_2006_slow_points.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/analysis/wong_wang_2006_slow_points.ipynb)
#
# Wong, K.-F. & Wang, X.-J. (2006). A recurrent network mechanism of time integration in
# perceptual decisions. *The Journal of Neuroscience* 26(4), 1314–1328.
# [doi:10.1523/JNEUROSCI.3733-05.2006](https://doi.org/10.1523/JNEUROSCI.3733-05.2006)
#
# Sussillo, D. & Barak, O. (2013). Opening the black box: low-dimensional dynamics in
# high-dimensional recurrent neural networks. *Neural Computation* 25(3), 626–649.
# [doi:10.1162/NECO_a_00409](https://doi.org/10.1162/NECO_a_00409)
#
# Wang's (2002) spiking network decides which way a cloud of dots moves: two populations of
# pyramidal cells, each selective for one direction, excite themselves through slow NMDA
# synapses and inhibit each other through shared interneurons, and the one that wins reports the
# choice. Wong and Wang reduced that network to two variables, the NMDA gating variables $S_1$
# and $S_2$ of the two populations, so that the whole decision process can be read in the
# $(S_1, S_2)$ plane. Without a stimulus the network rests in a low spontaneous state but can also
# hold either of two "decision" states of persistent activity (working memory). A stimulus of
# strength $\mu_0$ turns the spontaneous state into a saddle between the two decision
# attractors: each trial is decided near that saddle, by the noise and by the small bias of the
# motion coherence $c'$. This notebook redoes that dynamical analysis: the phase planes with
# their nullclines and classified steady states, noise-free and noisy trials, the bifurcation
# diagram of the steady states against $\mu_0$, and the fixed and slow points found by minimising
# the speed of the flow, the method with which Sussillo and Barak later opened the "black box" of
# trained networks, here applied to a network whose answer we know. (The psychometric and
# chronometric curves of the same model are in `papers/attractors/wong_wang_2006_decision_rate`.)
#
# **Claims reproduced** (kind of evidence in brackets)
#
# 1. [qualitative] Abstract: winner-take-all decisions "with or without attractor states for
#    working memory". At the model's parameters and no stimulus the spontaneous state and both
#    decision states are stable (five steady states, two of them saddles); with a weaker
#    self-excitation $J_{N,11}$, below the fold where the persistent states vanish, only the
#    spontaneous state is left at $\mu_0 = 0$, yet a stimulus of 30 Hz still creates two
#    decision attractors.
# 2. [qualitative] Abstract: the decision is made "in the vicinity of an unstable saddle steady
#    state that separates the basins of attraction for the two alternative choices". At
#    $\mu_0 = 30$ Hz, for $c' = 0$ and $c' > 0$, there are two stable states and one saddle; the
#    two branches of its unstable manifold end in the two different attractors; every noisy
#    trial ends in one of them (winner-take-all), and past the saddle the trials gather along
#    its unstable manifold.
# 3. [identity] Every steady state satisfies $S = \gamma\tau_S H/(1 + \gamma\tau_S H)$; at
#    $c' = 0$ the symmetric saddle's eigenvectors are $S_1 + S_2$ and $S_1 - S_2$, with the
#    eigenvalues derived below; the noise-free trial at $c' = 0$ stays on the diagonal and
#    approaches the saddle at its stable eigenvalue; the branch points that the continuation
#    finds on the symmetric branch are the pitchforks of the closed form (where the eigenvalue
#    of $S_1 - S_2$ vanishes); at the folds it finds, one eigenvalue vanishes.
# 4. [identity] The slow points found by Adam on the speed $q = \tfrac12|F|^2$ from random starts
#    are Newton's fixed points, the saddle included.
# 5. [secondary] The older BrainPy gallery's three fixed points of its own parameter set (its
#    `SlowPointFinder` example), within the precision its printed output and losses allow.
#
# **Why no published number.** The only text of the paper we could read here is its abstract
# (the journal's page and CiteULike); the stored copies of the article end after it, and its
# figures and parameter table were not readable. So nothing is read off the paper's phase-plane
# and bifurcation figures, and the values below at which the steady states change (the
# pitchforks at $\mu_0 \approx 10.7$ and $43.0$ Hz, the fold at $65.7$ Hz, the fold in
# $J_{N,11}$) are ours, printed as ours and not compared. The abstract's statements are checked
# as qualitative claims 1–2. The parameters (the core model's defaults) are those of the Wang
# lab's own code of the model (`xjwanglab/book`, `wong2006/wong2006.py`) and of a later
# adaptation of the code in the paper's Appendix (`bsbbs/LDDM`, `CoreFunctions/wong06.m` and
# `paramspecify_WongWang.m`, which also sets $\mu_0 = 30$ Hz); we could not check them against
# the paper itself. The companion notebook reports that the main text's two-variable model
# keeps recurrent AMPA currents and differs from this Appendix version, so the paper's figures
# of the main text need not match these numbers exactly.

# %% tags=["parameters"]
mu0_stimulus = 30.0     # stimulus strength of the decision phase planes [Hz] (Appendix code, via LDDM)
coherence = 6.4         # motion coherence c′ of the biased phase plane [%] (our choice)
mu0_max = 80.0          # top of the bifurcation diagram [Hz]
J_N11_weak = 0.24       # weaker self-excitation [nA] for the mode without working memory (our choice)
n_trials = 20           # noisy trials per phase plane
trial_duration = 3000.0  # length of every trial [ms], stimulus on from t = 0
dt = 0.5                # Euler–Maruyama step of the noisy trials, RK4 step of the noise-free ones [ms]
n_grid = 16             # Newton starts per axis, on [0, 0.8] × [0, 0.8]
n_slow_starts = 400     # random starts of the slow-point search, uniform on [0, 1] × [0, 1]
n_descent_steps = 4000  # Adam steps of the slow-point search
learning_rate = 1e-2    # Adam's initial learning rate ...
learning_decay = 0.998  # ... multiplied by this at every step
seed = 0                # root of the jax.random keys (noise, random starts)

# %%
# Installs neurorepro when running on Colab or Kaggle; does nothing locally.
import os
import subprocess
import sys

if "google.colab" in sys.modules or "KAGGLE_KERNEL_RUN_TYPE" in os.environ:
    INSTALL = "neurorepro @ git+https://github.com/neurorepro/neurorepro@main"
    subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", INSTALL])

# %%
import functools

import jax

jax.config.update("jax_enable_x64", True)  # Newton to 1e-15, eigenvalues and pitchforks to ~1e-12

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np
import optax

import neurorepro as nr
from neurorepro.models import wong_wang as ww
from neurorepro.replication import claim, report

plt.rcParams.update({"figure.dpi": 80, "legend.fontsize": 8, "figure.autolayout": True})

# %% [markdown]
# ## The model
#
# Each population $i$ is summarised by the fraction $S_i$ of its NMDA channels that are open,
# which decays in $\tau_S = 100$ ms and is driven by the population's rate $H(x_i)$:
#
# $$
# \frac{dS_i}{dt} = -\frac{S_i}{\tau_S} + (1 - S_i)\,\gamma H(x_i), \qquad
# H(x) = \frac{a x - b}{1 - e^{-d(a x - b)}},
# $$
# $$
# x_1 = J_{N,11} S_1 - J_{N,12} S_2 + I_0 + J_{A,\mathrm{ext}}\,\mu_0 (1 + c'/100) + I_{\mathrm{noise},1},
# $$
#
# and symmetrically for $x_2$ (with $1 - c'/100$). $H$ is the input–output function of a
# population of leaky integrate-and-fire cells ($a = 270$ Hz/nA, $b = 108$ Hz, $d = 0.154$ s),
# $\gamma = 0.641$, $J_{N,11} = 0.2609$ nA is the effective self-excitation and
# $J_{N,12} = 0.0497$ nA the effective cross-inhibition, $I_0 = 0.3255$ nA the background and
# $J_{A,\mathrm{ext}} = 5.2 \cdot 10^{-4}$ nA/Hz the stimulus coupling. The noise currents are
# Ornstein–Uhlenbeck processes ($\tau_{AMPA} = 2$ ms, $\sigma_{\mathrm{noise}} = 0.02$ nA). This is
# the simplified form of the paper's Appendix, without recurrent AMPA currents. The model is the
# core's `neurorepro.models.wong_wang`: `ww.gating_field(t, Gating(S1, S2), params)`
# is the noise-free planar field drawn, solved and continued below, `ww.deterministic_step` its
# RK4 step and `ww.step` the Euler–Maruyama step of the noisy model. Time is in ms, so $\gamma H$
# [Hz] enters as $\gamma H/1000$ per ms.
#
# **Closed forms.** Setting $dS_i/dt = 0$ gives $S_i = \gamma\tau_S H(x_i)/(1 + \gamma\tau_S H(x_i))$:
# a steady state is where each population's gating balances its own rate. At $c' = 0$ the
# model is symmetric under $S_1 \leftrightarrow S_2$, so a symmetric steady state $S_1 = S_2 = S$
# with input $x$ has a Jacobian $\begin{pmatrix} A & B \\ B & A \end{pmatrix}$ with
# $A = -1/\tau_S - \gamma H + (1 - S)\gamma H'(x) J_{N,11}$ and $B = -(1 - S)\gamma H'(x) J_{N,12}$:
# its eigenvectors are $S_1 + S_2$ (eigenvalue $A + B$) and $S_1 - S_2$ (eigenvalue $A - B$,
# the larger, since cross-inhibition amplifies differences). Along the symmetric branch $x$ is
# a convenient parameter: $S(x)$ from the balance above and
# $\mu_0(x) = (x - (J_{N,11} - J_{N,12}) S(x) - I_0)/J_{A,\mathrm{ext}}$; the branch has a
# pitchfork wherever $A - B$ crosses zero.

# %%
# the model's parameters (the core's defaults) with a stimulus of strength mu0 [Hz] and coherence [%]
def stimulus(mu0, coherence=0.0, **changes):
    return ww.Params(mu0=mu0, coherence=coherence, **changes)


grid = np.linspace(0.0, 0.8, n_grid)
newton_starts = ww.Gating(*(jnp.asarray(axis.ravel()) for axis in np.meshgrid(grid, grid)))


# Newton from every grid point; dS/dt is ~1e-3 per ms, hence the tight residual tolerance
def steady_states(params):
    return nr.analysis.fixed_points(ww.gating_field, newton_starts, params, tol=1e-15)


# S at which dS/dt = 0 for an input current x [nA]: γτ_S H / (1 + γτ_S H)
def gating_balance(x, p):
    g = p.gamma * p.tau_S * ww.firing_rate(x, p) / 1000.0
    return g / (1.0 + g)


# (A + B, A − B) [1/ms]: eigenvalues along S1 + S2 and S1 − S2 of the symmetric state with input x [nA]
def symmetric_eigenvalues(x, p):
    gain = (1.0 - gating_balance(x, p)) * p.gamma * jax.grad(ww.firing_rate)(x, p) / 1000.0
    decay = -1.0 / p.tau_S - p.gamma * ww.firing_rate(x, p) / 1000.0
    return decay + gain * (p.J_N11 - p.J_N12), decay + gain * (p.J_N11 + p.J_N12)


# μ0 [Hz] of the symmetric steady state (c′ = 0) whose populations receive the input x [nA]
def symmetric_mu0(x, p):
    return (x - (p.J_N11 - p.J_N12) * gating_balance(x, p) - p.I_0) / p.J_ext


# %% [markdown]
# ## The phase planes: multistability without a stimulus, a saddle between two choices with one
#
# We solve for the steady states from a 16 × 16 grid of starts with Newton's method
# (`nr.analysis.fixed_points`, which also classifies them from the eigenvalues of the Jacobian)
# in three situations: no stimulus; $\mu_0 = 30$ Hz at zero coherence; and
# $\mu_0 = 30$ Hz with a bias, $c' = 6.4$ %.

# %%
planes = {"no stimulus": stimulus(0.0), "c′ = 0": stimulus(mu0_stimulus),
          f"c′ = {coherence:g} %": stimulus(mu0_stimulus, coherence)}
states = {name: steady_states(params) for name, params in planes.items()}
for (name, fp), params in zip(states.items(), planes.values()):
    for y, kind, eigenvalues, r1, r2 in zip(fp.flat, fp.kind, fp.eigenvalues, *ww.rates(fp.y, params)):
        print(f"{name:12s} S = ({y[0]:.4f}, {y[1]:.4f})  rates ({r1:5.2f}, {r2:5.2f}) Hz  {kind:12s}  "
              f"eigenvalues {np.round(1000 * eigenvalues.real, 3)} /s")
balance_error = max(np.abs(fp.flat.T - gating_balance(np.stack(ww.synaptic_inputs(*fp.flat.T, params)), params))
                    .max() for fp, params in zip(states.values(), planes.values()))
print(f"largest |S − γτ_S H/(1 + γτ_S H)| over all steady states: {balance_error:.1e}")

# %% [markdown]
# Without a stimulus there are five steady states: the spontaneous state (both populations at
# 1.8 Hz), two decision states (one population at 20 Hz, the other nearly silent), all three
# stable, and two saddles between them: a decision, once made, is held in working memory. At
# $\mu_0 = 30$ Hz the spontaneous state and the two saddles have merged into one saddle on the
# diagonal, and only the two decision states (30 Hz against 0.9 Hz) are left as attractors.
#
# **Trials.** Each trial starts in the spontaneous state of the unstimulated network (placed
# exactly on the diagonal, $S_1 = S_2$ to the last bit), and the stimulus stays on for 3 s. The
# noise-free trial is an RK4 run of the planar field; the noisy trials are Euler–Maruyama runs
# of the full model with its two noise currents (`ww.step`), 20 of them in one `jax.vmap` over
# keys of `nr.simulate`. We also draw the saddle's unstable manifold: the two noise-free runs
# that start $10^{-3}$ from the saddle along its unstable eigenvector.

# %%
save_gating = lambda y: jnp.stack([y.S1, y.S2])  # noqa: E731  (S1, S2) every 10 steps
n_steps = round(trial_duration / dt)
spontaneous = np.full(2, states["no stimulus"].flat[2].mean())


# trials of `step` (noise-free: ww.deterministic_step, noisy: ww.step) from a batch of starts, one key each,
# in one vmapped run -> [trial, sample, (S1, S2)]
@functools.partial(jax.jit, static_argnums=0)
def trajectories(step, starts, keys, params):
    run = lambda y0, key: nr.simulate(step, y0, params, dt=dt, n_steps=n_steps, save=save_gating,  # noqa: E731
                                      save_every=10, key=key)
    return jax.vmap(run)(starts, keys).saved


keys, runs = jax.random.split(jax.random.key(seed), n_trials), {}
noisy_starts = ww.State(*(np.full(n_trials, S) for S in (*spontaneous, 0.0, 0.0)))  # noise currents at 0
for name, params in list(planes.items())[1:]:
    saddle, (values, vectors) = states[name].flat[1], np.linalg.eig(states[name].jacobian[1])
    unstable = 1e-3 * vectors[:, np.argmax(values.real)]  # 1e-3 along the unstable eigenvector
    starts = ww.Gating(*np.stack([spontaneous, saddle + unstable, saddle - unstable]).T)
    free = np.asarray(trajectories(ww.deterministic_step, starts, keys[:3], params))
    runs[name] = dict(noise_free=free[0], manifold=np.concatenate([free[1, ::-1], saddle[None], free[2]]),
                      noisy=np.asarray(trajectories(ww.step, noisy_starts, keys, params)))

fig, axes = plt.subplots(1, 3, figsize=(15, 5))
for ax, (name, params) in zip(axes, planes.items()):
    nr.plots.phase_plane(ww.gating_field, ww.Gating(0.1, 0.1), params, (0, 0.8), (0, 0.8), ax,
                         fixed_points=states[name], labels=("S1", "S2"), density=0.8)
    if name in runs:
        for path in runs[name]["noisy"]:
            ax.plot(*path.T, lw=0.6, alpha=0.7, color="tab:red" if path[-1, 0] > path[-1, 1] else "tab:blue")
        ax.plot(*runs[name]["manifold"].T, color="tab:purple", lw=2.5, alpha=0.6, label="unstable manifold")
        ax.plot(*runs[name]["noise_free"].T, color="k", lw=2, label="noise-free trial")
    ax.set_title(f"μ0 = {params.mu0:g} Hz, c′ = {params.coherence:g} %")
    ax.legend(loc="upper right")
plt.show()

# %%
for name, run in runs.items():
    ends, points, attractors = run["noisy"][:, -1], run["noisy"].reshape(-1, 2), states[name].flat[[0, 2]]
    run["decided"] = int(np.sum(np.linalg.norm(ends[:, None] - attractors, axis=-1).min(axis=1) < 0.05))
    committed = points[np.abs(points[:, 0] - points[:, 1]) > 0.2]  # past |S1 − S2| = 0.2
    run["to_manifold"] = np.median(np.linalg.norm(committed[:, None] - run["manifold"], axis=-1).min(axis=1))
    print(f"{name}: population 1 wins {np.sum(ends[:, 0] > ends[:, 1])} of {n_trials}, {run['decided']} end"
          f" within 0.05 of an attractor; past |S1 − S2| = 0.2 the median distance to the unstable manifold"
          f" is {run['to_manifold']:.4f}; the noise-free trial ends at {np.round(run['noise_free'][-1], 5)}")

# %% [markdown]
# At $c' = 0$ the noise-free trial climbs the diagonal, the saddle's stable manifold, and stops
# at the saddle: by symmetry nothing can push it off, and without noise the network never
# decides. Noise decides, about half the trials each way. The trials leave the neighbourhood of
# the saddle along its unstable manifold, on which they then ride to the attractor: the
# commitment is a one-dimensional process along that manifold. With a bias of 6.4 % the saddle moves
# towards population 2's side, the noise-free trial ends in population 1's attractor (the
# correct choice), and so do most noisy trials; errors remain.
#
# **The symmetric saddle in closed form.** At $c' = 0$ its eigenvectors should be the sum and
# the difference of $S_1$ and $S_2$ and its eigenvalues $A \pm B$ above. Its stable eigenvalue
# also sets how fast the noise-free trial approaches it: the decay rate of the distance $u$ to
# the saddle is $\lambda_s + O(u)$, which we extrapolate to $u = 0$ (a quadratic fit over the
# trial's last second).

# %%
symmetric = states["c′ = 0"]
saddle_values, saddle_vectors = np.linalg.eig(symmetric.jacobian[1])
closed_form = np.array(symmetric_eigenvalues(ww.synaptic_inputs(*symmetric.flat[1], planes["c′ = 0"])[0],
                                             planes["c′ = 0"]))
eigen_error = np.abs(np.sort(saddle_values.real) - np.sort(closed_form)).max()
# each eigenvector's largest |v · (1, ±1)/√2| is 1 if it is parallel to S1 + S2 or S1 − S2
eigen_alignment = np.abs(np.abs(saddle_vectors.T @ [[1, 1], [1, -1]]).max(axis=1) / np.sqrt(2) - 1).max()
free = runs["c′ = 0"]["noise_free"]
off_diagonal = np.abs(free[:, 0] - free[:, 1]).max()
distance = np.linalg.norm(free - symmetric.flat[1], axis=1)[-201:]  # to the saddle, over the last second
decay_rates = 1000 * np.diff(np.log(distance)) / (10 * dt)  # [1/s], between samples
approach_rate = np.polyfit(np.sqrt(distance[1:] * distance[:-1]), decay_rates, 2)[-1]  # extrapolated to 0
print(f"saddle eigenvalues {1000 * saddle_values.real} /s, (A + B, A − B) {1000 * closed_form} /s;")
print(f"eigenvectors off (1, ±1)/√2 by {eigen_alignment:.1e}; noise-free trial: largest |S1 − S2| "
      f"{off_diagonal}, its distance to the saddle decays at {approach_rate:.6f} /s")

# %% [markdown]
# ## The bifurcation diagram against the stimulus strength
#
# `nr.analysis.continuation` follows the steady states as $\mu_0$ grows from 0 to 80 Hz, by
# pseudo-arclength (so it goes round folds), from the three kinds of steady state at
# $\mu_0 = 0$: the spontaneous state, a saddle and a decision state. It locates by bisection
# the folds (turning points in $\mu_0$) and the branch points, where another branch crosses:
# here the pitchforks of the symmetric branch. We check the pitchforks against the closed form,
# the roots of $A - B$ along the symmetric branch in its parameter $x$, which we find with the
# same Newton's method (`nr.analysis.fixed_points` on the one-variable function $A - B$).
# (Steps: the arclength mixes $S$, of order 0.1, with $\mu_0$, of order 10 Hz, so the folds are
# sharp corners of the branches; with steps of at most 1 the continuation goes round them.)

# %%
no_stimulus = stimulus(0.0)
branches = [nr.analysis.continuation(ww.gating_field, ww.Gating(*start), no_stimulus, "mu0", mu0_max, step=0.2,
                                     max_step=1.0) for start in states["no stimulus"].flat[2:]]
folds = [point for branch in branches for point in branch.bifurcations if point.kind == "fold"]
branch_points = np.array([point.parameter for point in branches[0].bifurcations if point.kind == "branch"])
antisymmetric = lambda t, x, p: symmetric_eigenvalues(x, p)[1]  # noqa: E731  A − B as a "vector field" in x
x_starts = jnp.linspace(0.34, 0.52, 19)  # inputs [nA] of the symmetric states from μ0 = 0 to 80 Hz
pitchfork_x = nr.analysis.fixed_points(antisymmetric, x_starts, no_stimulus, tol=1e-14).flat[:, 0]
pitchfork_mu0 = np.array([symmetric_mu0(x, no_stimulus) for x in pitchfork_x])
fold_eigenvalue = max(np.abs(nr.analysis.eigenvalues(nr.analysis.jacobian(ww.gating_field, ww.Gating(*point.y),
                                                                          stimulus(point.parameter)))).min()
                      for point in folds)  # the eigenvalue closest to zero
print(f"pitchforks: closed form μ0 = {pitchfork_mu0} Hz; branch points of the continued spontaneous branch "
      f"μ0 = {branch_points} Hz")
print(f"folds (continuation): μ0 = {[round(p.parameter, 4) for p in folds]} Hz at S = "
      f"{[np.round(p.y, 4) for p in folds]}, smallest |eigenvalue| there {fold_eigenvalue:.1e} /ms")

fig, ax = plt.subplots(figsize=(10, 5))
for branch in branches:
    for S in branch.y.T:  # each branch and its mirror image S1 ↔ S2
        ax.plot(branch.parameter, np.where(branch.stable, S, np.nan), "k-", lw=1.5)
        ax.plot(branch.parameter, np.where(branch.stable, np.nan, S), "k--", lw=1)
ax.plot(pitchfork_mu0, gating_balance(pitchfork_x, no_stimulus), "o", color="tab:green", label="pitchforks")
ax.plot(np.repeat([p.parameter for p in folds], 2), np.ravel([p.y for p in folds]), "s", color="tab:red",
        label="folds")
ax.axvline(mu0_stimulus, color="0.6", lw=0.8, ls=":")
ax.set(xlabel="μ0 (Hz)", ylabel="S1 of the steady states", xlim=(0, mu0_max),
       title="Steady states against μ0 at c′ = 0 (solid: stable, dashed: unstable; mirror images included)")
ax.legend()
plt.show()

# %% [markdown]
# Four regimes follow one another. Up to the first pitchfork the spontaneous state is stable
# together with the two decision states: a weak stimulus is not enough to force a decision.
# There the two saddles merge into the spontaneous state, which becomes a saddle: every trial
# now ends in a decision. This is the decision-making range; it contains our
# $\mu_0 = 30$ Hz (dotted). At the second pitchfork the symmetric state becomes stable again,
# with both populations strongly active, and two new saddles separate it from the decision
# states, which vanish with them at the folds: a very strong stimulus drives both populations
# and no choice is made.
#
# **Two modes of decision making.** The persistent decision states at $\mu_0 = 0$ need enough
# self-excitation. Continuing a decision state in $J_{N,11}$ (the other parameters unchanged)
# finds the fold below which it no longer exists; with $J_{N,11} = 0.24$ nA, below that fold,
# we check that the stimulus still creates two decision attractors.

# %%
memory_branch = nr.analysis.continuation(ww.gating_field, ww.Gating(*states["no stimulus"].flat[-1]),
                                         no_stimulus, "J_N11", 0.2, step=0.01, max_step=0.05)
weak = {mu0: steady_states(stimulus(mu0, J_N11=J_N11_weak)).kind for mu0 in (0.0, mu0_stimulus)}
memory_folds = [round(p.parameter, 4) for p in memory_branch.bifurcations if p.kind == "fold"]
print(f"persistent states at μ0 = 0 end at a fold at J_N11 = {memory_folds} nA; with J_N11 = {J_N11_weak} nA"
      f" the steady states are {weak}")

# %% [markdown]
# ## Fixed and slow points by minimising the speed (Sussillo & Barak 2013)
#
# Newton's method needs good starts and finds nothing but exact roots. Sussillo and Barak
# instead minimise the squared speed $q(S) = \tfrac12 |F(S)|^2$ of the flow $F$ from many
# starts: its zeros are the fixed points, saddles included (which no simulation can find, since
# trajectories leave them), and its small local minima with $q > 0$ are slow points, where the
# flow nearly stops. Linearising there tells how the network computes. The older gallery ran
# this on the decision model with BrainPy's `SlowPointFinder`; we run `nr.analysis.slow_points`
# (Adam, from `optax`, on all starts at once) from 400 random starts at $\mu_0 = 30$ Hz and
# $c' = 0$, with a learning rate decaying from $10^{-2}$ by 0.998 per step, and compare the
# points that reach $q < 10^{-20}$ (ms⁻²) with Newton's.

# %%
decision = planes["c′ = 0"]
random_starts = jax.random.uniform(jax.random.key(seed + 1), (n_slow_starts, 2))
found = nr.analysis.slow_points(ww.gating_field, ww.Gating(*random_starts.T), decision, n_steps=n_descent_steps,
                                optimizer=optax.adam(optax.exponential_decay(learning_rate, 1, learning_decay)))
converged = found.q < 1e-20
to_newton = np.linalg.norm(found.flat[converged][:, None] - symmetric.flat, axis=-1)
slow_vs_newton = max(to_newton.min(axis=1).max(), to_newton.min(axis=0).max())  # both ways: none missed
print(f"{converged.sum()} of {n_slow_starts} starts reach q < 1e-20, at the points (linearised there):")
for point in np.unique(np.round(found.flat[converged], 5), axis=0):
    jacobian = nr.analysis.jacobian(ww.gating_field, ww.Gating(*point), decision)
    print(f"  S = {point}: {nr.analysis.classify(nr.analysis.eigenvalues(jacobian))}")
print(f"largest distance between them and Newton's fixed points, either way: {slow_vs_newton:.1e}; the other "
      f"{(~converged).sum()} starts are still moving (q up to {found.q[~converged].max():.0e}), all within "
      f"{np.abs(found.flat[~converged] - symmetric.flat[1]).max():.3f} of the saddle")

S1_grid, S2_grid = np.meshgrid(np.linspace(0, 1, 200), np.linspace(0, 1, 200))
field = jax.vmap(ww.gating_field, (None, 0, None))(0.0, ww.Gating(S1_grid.ravel(), S2_grid.ravel()), decision)
fig, ax = plt.subplots(figsize=(7.5, 6.5))
image = ax.pcolormesh(S1_grid, S2_grid, np.log10(np.hypot(*field)).reshape(S1_grid.shape), shading="auto")
fig.colorbar(image, ax=ax, label="log10 |dS/dt| (per ms)")
ax.plot(*runs["c′ = 0"]["manifold"].T, color="tab:red", lw=2, label="unstable manifold of the saddle")
ax.plot(*found.flat[~converged].T, "o", mfc="none", mec="orange", ms=6, label="still moving (q > 1e-20)")
ax.plot(*found.flat[converged].T, "*", color="k", ms=14, mec="w", label="slow points with q < 1e-20")
ax.set(xlim=(0, 1), ylim=(0, 1), xlabel="S1", ylabel="S2",
       title="Speed of the flow at μ0 = 30 Hz, c′ = 0, and its fixed and slow points")
ax.legend(loc="upper right")
plt.show()

# %% [markdown]
# All converged points are Newton's three fixed points, to ~$10^{-8}$, saddle included, and the
# linearisation there classifies them as before. The starts that have not converged are still
# creeping into the saddle along the diagonal, its stable direction, where $q$ is flattest
# ($|\lambda| = 2.6$ s⁻¹ there, against 4.3 s⁻¹ along the unstable direction). The same slow
# direction shows as the dark valley that runs up the diagonal into the saddle: there trials
# integrate the stimulus before they commit, approaching the saddle along $S_1 + S_2$, then
# leave it along its unstable eigenvector $S_1 - S_2$ and ride the unstable manifold, as the
# noisy trials above did, to an attractor.
#
# **The older gallery's parameter set.** The BrainPy gallery's example used other values
# ($J_{N,11} = 0.3725$ nA, $J_{N,12} = 0.1137$ nA, $J_{A,\mathrm{ext}} = 1.17\cdot10^{-3}$ nA/Hz,
# $I_0 = 0.3297$ nA, $\tau_S = 60$ ms, $\mu_0 = 20$ Hz, $c' = 50$ %; it does not say where they
# come from) and printed three fixed points with eight decimals and their final losses. We
# compare Newton's roots with them: the tolerance is half a unit of the last printed digit plus
# the distance the gallery's own residual allows, $2\sqrt{\text{loss}}/\sigma_{\min}(J)$ (a loss
# in s⁻², whether a sum or a mean of squares, means a speed of at most $2\sqrt{\text{loss}}$ s⁻¹).

# %%
gallery = stimulus(20.0, 50.0, J_N11=0.3725, J_N12=0.1137, J_ext=0.00117, I_0=0.3297, tau_S=60.0)
gallery_points = {(0.70045189, 0.00486431): 2.16451334e-30, (0.01394651, 0.65738904): 1.51498296e-28,
                  (0.28276323, 0.40635171): 3.08194113e-16}  # printed fixed point: its loss [s⁻²]
gallery_fp, gallery_claims = steady_states(gallery), []
for printed, loss in gallery_points.items():
    k = int(np.argmin(np.linalg.norm(gallery_fp.flat - printed, axis=1)))
    tolerance = 5e-9 + 2 * np.sqrt(loss) / (1000 * np.linalg.svd(gallery_fp.jacobian[k])[1].min())  # σ in 1/s
    gallery_claims += [claim(f"gallery {gallery_fp.kind[k]} {printed}: S{i + 1}", gallery_fp.flat[k, i], value,
                             "BrainPy gallery, decision model, SlowPointFinder (printed)", kind="secondary",
                             abs_tol=tolerance) for i, value in enumerate(printed)]

# %% [markdown]
# ## Replication check

# %%
abstract, decision_kinds = "Wong & Wang 2006, abstract", ["stable node", "saddle", "stable node"]
five_states = states["no stimulus"].kind == decision_kinds[:2] * 2 + decision_kinds[:1]
two_modes = weak == {0.0: ["stable node"], mu0_stimulus: decision_kinds}
one_saddle = all(states[name].kind == decision_kinds for name in runs)
decided = sum(run["decided"] for run in runs.values())
separates = all(sorted(np.linalg.norm(run["manifold"][[0, -1], None] - states[name].flat[[0, 2]], axis=-1)
                       .argmin(axis=1)) == [0, 1] for name, run in runs.items())
claims = [
    claim("no stimulus: spontaneous and both decision states stable (5 states, 2 saddles)", five_states, True,
          f"{abstract}: attractor states for working memory", kind="qualitative"),
    claim(f"J_N11 = {J_N11_weak} nA: only the spontaneous state at μ0 = 0, two choices at 30 Hz", two_modes,
          True, f"{abstract}: winner-take-all without attractor states for working memory", kind="qualitative"),
    claim(f"μ0 = 30 Hz, c′ = 0 and {coherence:g} %: two attractors and one saddle", one_saddle, True,
          f"{abstract}: an unstable saddle between the two basins", kind="qualitative"),
    claim("the saddle's unstable manifold ends in the two different attractors", separates, True,
          f"{abstract}: the saddle separates the basins of attraction", kind="qualitative"),
    claim("noisy trials ending in a decision attractor, both coherences", decided, 2 * n_trials,
          f"{abstract}: winner-take-all competition", kind="qualitative"),
    claim("c′ = 0: trials past |S1 − S2| = 0.2 on the unstable manifold (median distance < 0.02)",
          bool(runs["c′ = 0"]["to_manifold"] < 0.02), True, f"{abstract}: decision near the saddle",
          kind="qualitative"),
    claim("steady states: S = γτ_S H/(1 + γτ_S H)", balance_error, 0.0, "dS/dt = 0", kind="identity",
          abs_tol=1e-12),
    claim("c′ = 0 saddle: eigenvalues = A ± B [1/ms]", eigen_error, 0.0, "symmetric Jacobian (above)",
          kind="identity", abs_tol=1e-12),
    claim("c′ = 0 saddle: eigenvectors along S1 + S2 and S1 − S2", eigen_alignment, 0.0, "symmetry",
          kind="identity", abs_tol=1e-12),
    claim("c′ = 0 noise-free trial: stays on the diagonal, largest |S1 − S2|", off_diagonal, 0.0,
          "symmetry S1 ↔ S2", kind="identity"),
    claim("c′ = 0 noise-free trial: approach rate to the saddle [1/s]", approach_rate,
          1000 * saddle_values.real.min(), "stable eigenvalue of the saddle", kind="identity", rel_tol=1e-5),
    claim("continuation's branch points = closed-form pitchforks: largest |Δμ0| [Hz]", np.abs(branch_points -
          pitchfork_mu0).max() if len(branch_points) == 2 else np.inf, 0.0, "A − B = 0", kind="identity",
          abs_tol=1e-8),
    claim("zero eigenvalue at the continuation's fold [1/ms]", fold_eigenvalue, 0.0, "fold: det J = 0",
          kind="identity", abs_tol=1e-8),
    claim("slow points (Adam on q) = Newton's fixed points, all found: largest distance", slow_vs_newton, 0.0,
          "q = 0 exactly at the fixed points", kind="identity", abs_tol=1e-6),
    *gallery_claims,
]
report(claims)
