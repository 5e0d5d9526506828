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
# # Bouchacourt & Buschman (2019): A flexible model of working memory
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/attractors/bouchacourt_buschman_2019_flexible_wm.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/attractors/bouchacourt_buschman_2019_flexible_wm.ipynb)
#
# Bouchacourt, F. & Buschman, T. J. (2019). A flexible model of working memory. *Neuron*
# 103(1), 147–160.e8. [doi:10.1016/j.neuron.2019.04.020](https://doi.org/10.1016/j.neuron.2019.04.020)
#
# Classic models hold a memory in an attractor tuned to its content, so they can hold only what
# they were built for. Bouchacourt and Buschman propose instead that structured "sensory"
# networks (here 8 rings of 512 neurons, each with centre–surround connections too weak to
# sustain activity on their own) are randomly and reciprocally connected to one shared,
# unstructured "random" network of 1024 neurons. A stimulus shown to a ring leaves a bump of
# activity; the bump drives a random pattern in the random network, which projects back onto
# the same ring neurons and keeps the bump alive after the stimulus is gone. Since nothing in
# the random connections is tuned to the content, any input, on any ring, can be held — the
# flexibility. The price is interference: every memory uses the same random neurons, so the
# feedback each ring receives mixes in the patterns of all the other items held. The more items,
# the more memories drift (less precise) and die out (forgotten): the capacity of the network
# is limited.
#
# **Claims reproduced** (each with the kind of evidence it rests on, as in the table at the end)
# 1. *Qualitative* — the network maintains an arbitrary input: a single item, at a random angle
#    on a random ring, is held through the 800 ms delay in every trial (abstract: "the network
#    maintains any arbitrary input").
# 2. *Qualitative* — the memories are maintained through the random network: with its feedback
#    onto the sensory rings removed, no item survives the delay (abstract: representations are
#    maintained "through random recurrent connections between two layers of neurons").
# 3. *Qualitative* — interference limits capacity: the fraction of items held falls from one
#    item to eight, by more than three standard errors (abstract: the overlapping random
#    connections lead "to interference between representations and limiting the memory capacity
#    of the network"). The number of items held grows only slowly with load, to about four of
#    eight.
# 4. *Secondary* — memories become less precise with load: the mean error of the decoded angle
#    of the items still held at loads 5–8 exceeds that of single items by more than two standard
#    errors (Adam et al. 2019, the commentary on the paper in the same journal: one item is
#    remembered "precisely, with few errors"; with several, "representations begin to interfere
#    in the random network").
# 5. *Identity* — the feed-forward and feedback weights are balanced exactly: a volley in which
#    every sensory (random) neuron spikes once gives no net input to any random (sensory) neuron.
#
# **Why no published number or figure read-off.** The copies of the paper we could search hold
# its abstract and highlights only, which state the results above in words; the text of its
# Results and STAR Methods and its figures (where the memories held and their errors are
# plotted against load) could not be consulted. We therefore compare no number with the paper
# and read nothing off its figures: the parameters come from the authors' own simplified code
# (github.com/buschman-lab/FlexibleWorkingMemory, `FlexibleWM.py`, read for equations and values
# only), and the claims are the paper's statements in words, each checked over many trials with
# its standard error.

# %% tags=["parameters"]
n_pools = 8            # sensory networks (rings), one per item
n_sensory = 512        # neurons per sensory network
n_random = 1024        # neurons of the random network
tau = 10.0             # synaptic time constant [ms]
fI_slope = 0.4         # slope of the f-I function (dimensionless)
ring_amplitude = 2.0   # A: amplitude of the excitatory and of the inhibitory part of the ring weights
k_excitation = 1.0     # k1: width parameter of the excitatory part
k_inhibition = 0.25    # k2: width parameter of the inhibitory surround
ring_baseline = 0.28   # λ: baseline of the ring weights
gamma = 0.35           # probability of a connection between a sensory and a random neuron
alpha = 2.1            # feed-forward weight parameter (sensory -> random), before balancing
beta = 0.2             # feedback weight parameter (random -> sensory), before balancing
weight_scale = 1000.0  # factor multiplying alpha and beta
stimulus_strength = 10.0  # peak input of a stimulus
stimulus_width = 16.0     # σ of the Gaussian stimulus profile [neurons] (512 / 32)
stimulus_on, stimulus_off = 100.0, 200.0  # stimulus period [ms]
readout_time = 1000.0     # end of the delay, when the memories are read out [ms]
activity_threshold = 3.0  # a ring holds a memory if its population vector exceeds this [Hz]
dt = 1.0               # time step [ms] (the authors' code: 0.1 ms; see "Numerics")
single_item_trials = 32  # trials of load 1, the reference of the precision comparison (hence more)
trials_per_load = 8    # trials of each load 2, ..., n_pools
control_trials = 6     # one-item trials with the random network's feedback removed
seed = 0               # network, stimuli and spikes

# %%
# Installs neurorepro when running on Colab or Kaggle; does nothing locally.
import os
import subprocess
import sys

if "google.colab" in sys.modules or "KAGGLE_KERNEL_RUN_TYPE" in os.environ:
    INSTALL = "neurorepro @ git+https://github.com/neurorepro/neurorepro@main"
    subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", INSTALL])

# %%
from dataclasses import dataclass
from typing import NamedTuple

import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.replication import claim, report

plt.rcParams.update({"figure.dpi": 80, "figure.autolayout": True, "legend.fontsize": 8})

# %% [markdown]
# ## The model
#
# Every neuron $i$ has one synaptic variable $S_i$ that decays with $\tau = 10$ ms and jumps by
# $W_{ji}$ when a presynaptic neuron $j$ spikes; it fires as a Poisson process at the rate
#
# $$r_i = \frac{0.4}{\tau}\left(1 + \tanh\!\left(0.4\,(S_i + S^{\rm ext}_i) - 3\right)\right),$$
#
# between 0.1 Hz at rest and 80 Hz. The neurons of a sensory ring sit at angles
# $\theta_k = 2\pi k / 512$ and connect with the centre–surround weights
# $W_{kl} = \lambda + A e^{k_1(\cos(\theta_k-\theta_l)-1)} - A e^{k_2(\cos(\theta_k-\theta_l)-1)}$
# (no self-connection), too weak for a ring to hold a bump on its own. Each sensory neuron $i$
# and random neuron $j$ are connected, both ways, with probability $\gamma = 0.35$
# ($C_{ij} = 1$). The feed-forward weight is $1000\,\alpha / \sum_i C_{ij}$ and the feedback
# weight $1000\,\beta / \sum_j C_{ij}$, and both are then *balanced*: from the weights onto
# every random neuron their mean over all 4096 sensory neurons is subtracted (so every sensory
# neuron not connected to it inhibits it), and likewise for the weights onto every sensory
# neuron from the 1024 random neurons. A uniform level of activity therefore has no net effect;
# only patterns do. The random network has no connections of its own, the rings none between
# them.
#
# A stimulus at angle $\phi$ is a Gaussian bump $S^{\rm ext}$ of height 10 and width
# σ = 16 neurons (cut at 3σ, minus its mean over the ring) given to one ring from 100 to 200 ms.
# At 1000 ms a ring holds a memory if its population vector
# $\frac{1}{512}\sum_k r_k e^{i\theta_k}$ is longer than 3 Hz, and its angle is the decoded
# memory. All of this, equations and values, is the authors' code (`FlexibleWM.py`).
#
# **In the toolkit.** The synaptic variables decay as a vector field, `synaptic_decay`, which
# exponential Euler integrates exactly; the Poisson spikes and the jumps they cause are the event
# map `poisson_spikes`, applied after each step as in Brian 2's schedule (state update, threshold,
# synapses); `nr.make_step` joins the two. Spikes are sparse (a few tens of the 5120 neurons per
# millisecond), so `synaptic_jumps` adds up only the weight rows of the neurons that spiked
# (`spike_sum`, exact: it takes as many passes as there are spikes). The balance subtracts the
# same amount from every target, $1000\,\alpha/4096$ per sensory spike and $1000\,\beta/1024$ per
# random spike, so it is added as one number per step.
#
# **Numerics.** The authors' code steps by 0.1 ms. We step by `dt` = 1 ms, ten times fewer
# steps, and draw each step's spikes at the rates of the middle of the step, $S$ averaged
# between its start and its end: the expected spike count of a step is then that of the
# continuous-time Poisson process to second order. With the rates of the end of the step (the
# order of Brian 2's schedule) each jump would be felt only after decaying for a whole step,
# which costs 0.5 % of every synaptic effect at 0.1 ms but 5 % at 1 ms, and near the edge of
# persistence that matters: at 1 ms the fraction of items held at load 8 dropped from 0.48 to
# 0.24. With mid-step rates, one network run at 0.1 ms and at 1 ms holds the same fractions of
# items within about one standard error at every load (runs made while preparing this notebook:
# loads 1–8 at 0.1 ms, 8 trials each: 1.00, 1.00, 0.83, 0.69, 0.57, 0.62, 0.45, 0.41; at 1 ms,
# 16 trials each: 1.00, 0.97, 0.92, 0.78, 0.68, 0.60, 0.54, 0.48). Spurious memories (bumps on
# rings never stimulated) were about twice as frequent at 0.1 ms (0.25 per trial against 0.13),
# a difference of about two standard errors that we did not pursue. Set `dt = 0.1` to run at the
# authors' step (ten times longer).

# %%
class State(NamedTuple):
    sensory: jax.Array  # S of the sensory neurons, ring by ring [n_pools * n_sensory]
    random: jax.Array   # S of the random neurons [n_random]


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class Params:
    ring: jax.Array         # ring weights [n_sensory + 1, n_sensory] (last row zero: padding)
    to_random: jax.Array    # C, int8 0/1 [n_pools * n_sensory + 1, n_random]
    to_sensory: jax.Array   # C transposed, int8 0/1 [n_random + 1, n_pools * n_sensory]
    feedforward: jax.Array  # 1000 α / Σ_i C_ij, per random neuron
    feedback: jax.Array     # 1000 β / Σ_j C_ij, per sensory neuron
    stimulus: jax.Array     # S_ext while the stimulus is on [n_pools * n_sensory]
    with_random: jax.Array  # 1: the random network projects back onto the rings; 0: it does not


def firing_rate(S):
    """The f-I function [spikes/ms]."""
    return 0.4 / tau * (1.0 + jnp.tanh(fI_slope * S - 3.0))


def synaptic_decay(t, y, p):
    return State(-y.sensory / tau, -y.random / tau)


def spike_sum(spikes, per_pass, rows_of):
    """Σ of rows_of(j) over the neurons j that spiked; rows_of takes per_pass neuron indices
    (padded with spikes.size) and returns the sum of their rows. As many passes as needed."""
    # running spike count: a cumulative sum as matrix products over blocks of 32 (faster on CPU than jnp.cumsum)
    blocks = spikes.astype(jnp.float32).reshape(-1, 32) @ jnp.triu(jnp.ones((32, 32)))
    count = (blocks + (jnp.cumsum(blocks[:, -1]) - blocks[:, -1])[:, None]).reshape(-1)
    ranks = jnp.arange(1, per_pass + 1, dtype=jnp.float32)

    def one_pass(carry):
        done, total = carry
        neurons = jnp.searchsorted(count, done + ranks)  # the (done + 1)-th, (done + 2)-th, ... to spike
        return done + per_pass, jax.tree.map(jnp.add, total, rows_of(neurons))

    zero = jax.tree.map(jnp.zeros_like, jax.eval_shape(rows_of, jnp.arange(per_pass)))
    return jax.lax.while_loop(lambda carry: carry[0] < count[-1], one_pass, (0.0, zero))[1]


def synaptic_jumps(sensory, random, p):
    """The jumps of S caused by one step's spikes (bool vectors)."""
    def from_sensory(neurons):  # onto the neuron's own ring, and onto the random network
        ring = jax.nn.one_hot(neurons // n_sensory, n_pools).T @ p.ring[neurons % n_sensory]
        return ring.reshape(-1), p.to_random[neurons].sum(0, dtype=jnp.int32)

    ring_input, random_input = spike_sum(sensory, 32, from_sensory)
    feedback = spike_sum(random, 16, lambda neurons: p.to_sensory[neurons].sum(0, dtype=jnp.int32))
    feedback = p.feedback * feedback - random.sum() * weight_scale * beta / n_random
    random_input = p.feedforward * random_input - sensory.sum() * weight_scale * alpha / sensory.size
    return State(ring_input + p.with_random * feedback, random_input)


def poisson_spikes(y_start, y, p, clock):
    """Event map: spikes drawn at the rates of the middle of the step, then their jumps."""
    middle = jax.tree.map(lambda start, end: 0.5 * (start + end), y_start, y)
    stimulus = jnp.where((clock.t >= stimulus_on) & (clock.t < stimulus_off), p.stimulus, 0.0)
    rates = State(firing_rate(middle.sensory + stimulus), firing_rate(middle.random))
    spikes = State(*(jax.random.uniform(key, rate.shape) < rate * clock.dt
                     for key, rate in zip(jax.random.split(clock.key), rates)))
    jumps = synaptic_jumps(*spikes, p)
    return State(y.sensory + jumps.sensory, y.random + jumps.random), jnp.concatenate(spikes)


step = nr.make_step(synaptic_decay, "exponential_euler", event=poisson_spikes)

# %% [markdown]
# ## The network and the trials
#
# One network (connections drawn from `seed`) serves every trial, as in the authors' code. A
# trial of load $L$ shows stimuli at independent, uniformly random angles to $L$ rings chosen at
# random; the synaptic variables start uniform in [0, 0.01]. `single_item_trials` trials of load
# 1 (more than of the other loads, for they are the reference of the precision comparison below),
# `trials_per_load` trials of each load 2–8 and `control_trials` one-item trials without the
# random network's feedback run as one batch: `jax.vmap` over the trials of one `nr.simulate`,
# compiled once by `jax.jit`. Each trial
# records, every millisecond, the population vector of every ring and the spikes of every 8th
# sensory and every 4th random neuron (for the rasters).

# %%
key_network, key_cues, key_rings, key_runs = jax.random.split(jax.random.key(seed), 4)
connected = np.asarray(jax.random.bernoulli(key_network, gamma, (n_pools * n_sensory, n_random)))
angles = 2 * np.pi * np.arange(n_sensory) / n_sensory
cosine = np.cos(angles[:, None] - angles[None, :]) - 1.0
ring = ring_baseline + ring_amplitude * (np.exp(k_excitation * cosine) - np.exp(k_inhibition * cosine))
np.fill_diagonal(ring, 0.0)
with_zero_row = lambda matrix, dtype: jnp.asarray(np.vstack([matrix, np.zeros(matrix.shape[1])]), dtype)
network = dict(ring=with_zero_row(ring, jnp.float32), to_random=with_zero_row(connected, jnp.int8),
               to_sensory=with_zero_row(connected.T, jnp.int8),
               feedforward=jnp.asarray(weight_scale * alpha / connected.sum(0), jnp.float32),
               feedback=jnp.asarray(weight_scale * beta / connected.sum(1), jnp.float32))


def stimulus_profile(cue):
    """S_ext of one ring for a stimulus at angle cue: a Gaussian cut at 3σ, minus its mean."""
    distance = np.abs(np.angle(np.exp(1j * (angles - cue)))) * n_sensory / (2 * np.pi)  # [neurons]
    bump = np.where(distance <= 3 * stimulus_width, np.exp(-distance**2 / (2 * stimulus_width**2)), 0.0)
    return stimulus_strength * (bump - bump.mean())


load = np.concatenate([np.ones(single_item_trials, int), np.repeat(np.arange(2, n_pools + 1), trials_per_load),
                       np.ones(control_trials, int)])
with_random = np.arange(load.size) < load.size - control_trials
cue = np.asarray(jax.random.uniform(key_cues, (load.size, n_pools), maxval=2 * np.pi))
permutation = jax.vmap(lambda key: jax.random.permutation(key, n_pools))
ring_rank = np.asarray(permutation(jax.random.split(key_rings, load.size)))
loaded = ring_rank < load[:, None]  # the load rings of each trial, chosen at random
stimuli = np.stack([np.concatenate([stimulus_profile(c) * on for c, on in zip(cues, ons)])
                    for cues, ons in zip(cue, loaded)])
shown = np.r_[0:n_pools * n_sensory:8, n_pools * n_sensory:n_pools * n_sensory + n_random:4]


def trial(stimulus, with_random, key):
    key_sensory, key_random, key_spikes = jax.random.split(key, 3)
    start = State(0.01 * jax.random.uniform(key_sensory, (n_pools * n_sensory,)),
                  0.01 * jax.random.uniform(key_random, (n_random,)))
    rates = lambda s: 1000.0 * firing_rate(s.y.sensory).reshape(n_pools, n_sensory)  # [Hz]
    saved = {"vector": lambda s: (rates(s) * jnp.exp(1j * angles)).mean(-1), "raster": lambda s: s.spike[shown]}
    return nr.simulate(step, nr.Spiking(start, jnp.zeros(n_pools * n_sensory + n_random, bool)),
                       Params(**network, stimulus=stimulus, with_random=with_random),
                       dt=dt, duration=readout_time, key=key_spikes, save=saved).saved


runs = jax.jit(jax.vmap(trial))(jnp.asarray(stimuli, jnp.float32), jnp.asarray(with_random, jnp.float32),
                                jax.random.split(key_runs, load.size))
vector, raster = np.asarray(runs["vector"]), np.asarray(runs["raster"])  # [trial, ms, ring], [trial, ms, neuron]
held = np.abs(vector[:, -1]) > activity_threshold  # [trial, ring]: a memory at the end of the delay
error = np.degrees(np.angle(vector[:, -1] * np.exp(-1j * cue)))  # decoded minus shown angle [deg]
print(f"{load.size} trials; at {readout_time:.0f} ms {held[loaded].sum()} of the {loaded.sum()} items shown are "
      f"held, and {held[~loaded].sum()} rings never stimulated hold a (spurious) memory")

# %% [markdown]
# ## Fig. 1 — encoding and maintenance of six items
#
# The paper's Fig. 1 shows a trial in which six of the eight rings receive a stimulus (the
# load the authors' code names for it). Here is the first trial of load 6 of our batch. During
# the stimulus (grey band) each stimulated ring fires in a bump centred on its cue (red
# triangles), and the random network, nearly silent before, answers with a pattern of its own.
# After the stimulus some bumps persist to the end of the delay, carried by the random network,
# while others fade: six items are more than the random network can support. The bottom panel
# follows the length of each ring's population vector, which decides at 1000 ms whether the ring
# still holds its memory (dashed: 3 Hz).

# %%
example = np.flatnonzero(with_random & (load == 6))[0]
time = dt * np.arange(1, vector.shape[1] + 1)
n_shown = n_pools * n_sensory // 8


def recorded(columns, spacing):
    """The example trial's recorded spikes in columns, as nr Spikes numbered like the network's neurons."""
    steps, neurons = np.nonzero(raster[example][:, columns])
    return nr.monitors.Spikes(i=spacing * neurons, t=time[steps], n=spacing * (columns.stop - columns.start))


fig, axes = plt.subplots(3, 1, figsize=(10, 9), sharex=True, gridspec_kw=dict(height_ratios=[1, 3, 1.4]))
nr.plots.raster(recorded(slice(n_shown, raster.shape[2]), 4), axes[0], markersize=1.0, color="0.3")
axes[0].set(xlabel="", ylabel="random neuron",
            title=f"Trial {example}: rings {np.flatnonzero(loaded[example])} stimulated")
nr.plots.raster(recorded(slice(0, n_shown), 8), axes[1], markersize=1.0, color="C0")
for r in range(n_pools):
    axes[1].axhline(r * n_sensory, color="0.8", lw=0.6)
    style = dict(color=f"C{r}", lw=1.2, label=f"ring {r}") if loaded[example, r] else dict(color="0.7", lw=0.8)
    axes[2].plot(time, np.abs(vector[example, :, r]), **style)
    if loaded[example, r]:
        axes[1].plot(stimulus_off + 20, (r + cue[example, r] / (2 * np.pi)) * n_sensory, "<", color="C3")
axes[1].set(xlabel="", ylabel="sensory neuron (ring × 512 + position)", ylim=(0, n_pools * n_sensory))
axes[2].axhline(activity_threshold, color="k", ls="--", lw=0.8)
axes[2].set(xlabel="time (ms)", ylabel="|population vector| (Hz)", xlim=(0, readout_time))
axes[2].legend(ncol=6, loc="upper right")
for ax in axes:
    ax.axvspan(stimulus_on, stimulus_off, color="0.9", zorder=0)
plt.show()

# %% [markdown]
# ## Maintenance needs the random network
#
# One-item trials with and without the random network's feedback onto the rings (without it the
# feed-forward half still runs). Without it the bump collapses as soon as the stimulus ends: the
# ring's own centre–surround connections cannot sustain it. With it, the item is held.

# %%
stimulated = np.abs(vector[np.arange(load.size), :, ring_rank.argmin(1)])  # the ring of the first item
fig, ax = plt.subplots(figsize=(8, 3.5))
cases = [(with_random & (load == 1), "C0", "with the random network"), (~with_random, "C3", "rings alone")]
for chosen, color, label in cases:
    ax.plot(time, stimulated[chosen].T, color=color, lw=0.6, alpha=0.6)
    ax.plot([], [], color=color, label=f"{label} ({chosen.sum()} trials)")
ax.axhline(activity_threshold, color="k", ls="--", lw=0.8)
ax.axvspan(stimulus_on, stimulus_off, color="0.9", zorder=0)
ax.set(xlabel="time (ms)", ylabel="|population vector| (Hz)", title="One item: the stimulated ring")
ax.legend()
plt.show()

# %% [markdown]
# ## Memories held, and their precision, against load
#
# For each load: the fraction of the items shown that are still held at the end of the delay
# (binomial standard error over the items), the number of items held per trial (standard error
# over the trials), and the absolute error of the decoded angle of the items held (standard error
# over those items). One or two items are (nearly) always held; beyond, more and more are lost,
# and the number held grows only slowly, to about four at load 8: each added item adds more
# interference in the random network than memory. The items that survive are also less precise
# at high load, though the difference is small next to the spread of single errors.

# %%
loads = np.arange(1, n_pools + 1)
items = [loaded & (with_random & (load == L))[:, None] for L in loads]
fraction = np.array([held[chosen].mean() for chosen in items])
fraction_se = np.sqrt(fraction * (1 - fraction) / [chosen.sum() for chosen in items])
mean_and_se = lambda groups: (np.array([g.mean() for g in groups]), [g.std(ddof=1) / np.sqrt(g.size) for g in groups])
number, number_se = mean_and_se([(held & loaded)[with_random & (load == L)].sum(1) for L in loads])
errors = [np.abs(error[held & chosen]) for chosen in items]
error_mean, error_se = mean_and_se(errors)
fig, axes = plt.subplots(1, 3, figsize=(13, 3.8))
for ax, values, se, label in zip(axes, [fraction, number, error_mean], [fraction_se, number_se, error_se],
                                 ["fraction of items held", "items held per trial", "|decoded − shown angle| (deg)"]):
    ax.errorbar(loads, values, se, marker="o", capsize=3)
    ax.set(xlabel="load (items shown)", ylabel=label)
axes[0].set_ylim(0, 1.05)
axes[1].plot(loads, loads, color="0.7", ls=":", label="every item held")
axes[1].legend()
plt.show()
for L, f, n, n_se, e, e_se, e_items in zip(loads, fraction, number, number_se, error_mean, error_se, errors):
    print(f"load {L}: fraction held {f:.2f}, items held {n:.2f} ± {n_se:.2f}, "
          f"|error| {e:.1f} ± {e_se:.1f} deg ({e_items.size} items)")
print(f"spurious memories (rings never stimulated): {held[with_random[:, None] & ~loaded].sum()} "
      f"in {with_random.sum()} trials")

# %% [markdown]
# ## Replication check
#
# Each statement of the paper becomes a measurement over the trials above. Claim 3 compares the
# fraction of items held at load 1 and at load 8 (the drop must exceed three standard errors);
# claim 4 the mean absolute error of the items held at load 1 and at loads 5–8 (the rise must
# exceed two). Claim 5 feeds the model's own `synaptic_jumps` a volley in which every sensory
# (random) neuron spikes once: by the balance, no random (sensory) neuron may receive any net
# input, to float32 rounding.
#
# **The precision comparison needs many trials.** The error of the items held grows with load by
# only a few degrees (from about 10° for one item), which the variability of single errors
# (about 10°) hides unless the groups are large: hence the 32 one-item trials. In runs made while
# preparing this notebook with 32 trials of every load, on the networks of seeds 1 and 2, the
# mean error went from 10.1 ± 1.3° and 8.4 ± 1.1° at load 1 to 18.5 ± 1.6° and 16.0 ± 1.6° at
# load 8; subsamples of those runs with 10 trials of every load pass the comparison only 58 %
# and 75 % of the time. So the trend is the model's, but it is modest; what grows steeply with
# load is forgetting (claim 3).

# %%
def rise(a, b):
    """Mean of b minus mean of a, and its standard error."""
    return b.mean() - a.mean(), np.sqrt(a.var(ddof=1) / a.size + b.var(ddof=1) / b.size)


fraction_drop, fraction_drop_se = rise(held[items[-1]].astype(float), held[items[0]].astype(float))
error_rise, error_rise_se = rise(errors[0], np.concatenate(errors[4:]))
print(f"fraction held, load 1 − load {n_pools}: {fraction_drop:.2f} ± {fraction_drop_se:.2f}; "
      f"|error|, loads 5–8 − load 1: {error_rise:.1f} ± {error_rise_se:.1f} deg")
volley = jax.jit(synaptic_jumps)
params = Params(**network, stimulus=jnp.zeros(n_pools * n_sensory), with_random=jnp.float32(1.0))
all_sensory = volley(jnp.ones(n_pools * n_sensory, bool), jnp.zeros(n_random, bool), params).random
all_random = volley(jnp.zeros(n_pools * n_sensory, bool), jnp.ones(n_random, bool), params).sensory
abstract = "Bouchacourt & Buschman 2019, abstract"
claims = [
    claim("one item at a random angle: held to the end of the delay in every trial", bool(held[items[0]].all()),
          True, f"{abstract}: 'the network maintains any arbitrary input'", kind="qualitative"),
    claim("rings without the random network's feedback: items held", int(held[~with_random].sum()), 0,
          f"{abstract}: maintained 'through random recurrent connections between two layers'", kind="qualitative"),
    claim(f"fraction held falls from load 1 to load {n_pools} (by > 3 SE)", bool(fraction_drop > 3 * fraction_drop_se),
          True, f"{abstract}: interference 'limiting the memory capacity of the network'", kind="qualitative"),
    claim("items held are less precise at loads 5–8 than alone (error up by > 2 SE)",
          bool(error_rise > 2 * error_rise_se), True, "Adam et al. 2019, Neuron 103:184, Fig. 1 legend",
          kind="secondary"),
    claim("uniform sensory volley: largest net input to a random neuron", float(jnp.abs(all_sensory).max()), 0.0,
          "balance of the feed-forward weights", kind="identity", abs_tol=1e-2),
    claim("uniform random volley: largest net input to a sensory neuron", float(jnp.abs(all_random).max()), 0.0,
          "balance of the feedback weights", kind="identity", abs_tol=1e-2),
]
report(claims)
