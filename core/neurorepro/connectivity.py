"""Sparse connectivity in a padded per-presynaptic-neuron layout, and its builders.

Row ``j`` of ``targets`` lists the postsynaptic neurons of presynaptic neuron ``j``; rows are
padded to the largest out-degree with the index ``n_post``, which propagation drops. Weights
and delays are either one value for every synapse (homogeneous) or arrays shaped like
``targets``. This layout lets spike propagation visit only the rows of neurons that spiked.
All randomness comes from an explicit ``jax.random`` key.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field, replace

import jax
import jax.numpy as jnp
import numpy as np

from . import _validate


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class Connectivity:
    """Synapses from ``n_pre`` to ``n_post`` neurons.

    targets: int32[n_pre, K], padded with ``n_post``.
    weights: scalar, float[n_pre, 1] (one weight for all synapses of each presynaptic neuron)
        or float[n_pre, K] (units of the synaptic variable they increment).
    delays: scalar or int32[n_pre, K], in steps (see :func:`with_delays`).
    """

    targets: jax.Array
    weights: jax.Array
    delays: jax.Array
    n_pre: int = field(metadata=dict(static=True))
    n_post: int = field(metadata=dict(static=True))

    @property
    def mask(self) -> jax.Array:
        """True where ``targets`` holds a real synapse rather than padding."""
        return self.targets < self.n_post

    @property
    def n_synapses(self) -> int:
        return int(jnp.sum(self.mask))

    def to_dense(self) -> jax.Array:
        """The weight matrix W[pre, post] (summing multiple synapses between one pair)."""
        weights = jnp.broadcast_to(self.weights, self.targets.shape) * self.mask
        rows = jnp.broadcast_to(jnp.arange(self.n_pre)[:, None], self.targets.shape)
        dense = jnp.zeros((self.n_pre, self.n_post), weights.dtype)
        return dense.at[rows, self.targets].add(weights, mode="drop")


def _finish(targets, n_pre, n_post, weight, autapses):
    # on the host: builders run once, and eager device ops would each compile first
    targets = np.asarray(targets)
    if not autapses:
        if n_pre != n_post:
            raise ValueError("autapses=False needs n_pre == n_post (one population onto itself)")
        targets = np.where(targets == np.arange(n_pre)[:, None], n_post, targets)
    targets = jnp.asarray(targets, jnp.int32)
    return Connectivity(targets=targets, weights=jnp.asarray(weight, dtype=jnp.result_type(float)),
                        delays=jnp.asarray(0, jnp.int32), n_pre=n_pre, n_post=n_post)


def fixed_probability(key: jax.Array, n_pre: int, n_post: int, p: float, weight=1.0,
                      autapses: bool = True) -> Connectivity:
    """Each of the n_pre × n_post possible synapses exists independently with probability ``p``.

    The targets of each presynaptic neuron are drawn as a Bernoulli process along the
    postsynaptic index (geometric gaps between successive targets), so memory grows with the
    number of synapses, not with n_pre × n_post.
    """
    n_pre, n_post = _validate.count("n_pre", n_pre), _validate.count("n_post", n_post)
    p = _validate.probability("p", p)
    if p == 0.0:
        return _finish(np.full((n_pre, 0), n_post), n_pre, n_post, weight, True)
    mean = n_post * p
    capacity = min(n_post, math.ceil(mean + 8.0 * math.sqrt(mean * (1.0 - p)) + 16))
    targets, width, overflow = _bernoulli_targets(key, p, n_pre, n_post, capacity)
    if bool(overflow):
        raise RuntimeError("fixed_probability: a row exceeded its drawn capacity; use another key")
    return _finish(np.asarray(targets)[:, :int(width)], n_pre, n_post, weight, autapses)


@functools.partial(jax.jit, static_argnums=(2, 3, 4))
def _bernoulli_targets(key, p, n_pre, n_post, capacity):
    """Targets of each row (padded with n_post), the widest row, and whether a row ran out of
    its ``capacity`` draws before passing n_post; one compiled call."""
    gaps = jax.random.geometric(key, p, (n_pre, capacity), dtype=jnp.int32)
    positions = jnp.cumsum(gaps, axis=1) - 1
    in_range = positions < n_post
    overflow = (capacity < n_post) & jnp.any(positions[:, -1] < n_post)
    width = jnp.max(jnp.sum(in_range, axis=1))
    return jnp.where(in_range, positions, n_post), width, overflow


def from_pairs(pre, post, n_pre: int, n_post: int, weights=1.0, delays=0) -> Connectivity:
    """Connectivity from explicit synapse lists ``pre[s] -> post[s]`` (host-side arrays).

    ``weights`` and ``delays`` (in steps) are scalars or per-synapse arrays aligned with the
    pairs.
    """
    pre, post = np.asarray(pre, np.int64), np.asarray(post, np.int64)
    if pre.shape != post.shape or pre.ndim != 1:
        raise ValueError(f"pre and post must be 1-D arrays of one length, got {pre.shape} and {post.shape}")
    if pre.size and (pre.min() < 0 or pre.max() >= n_pre or post.min() < 0 or post.max() >= n_post):
        raise ValueError(f"pre must lie in [0, {n_pre}) and post in [0, {n_post})")
    order = np.argsort(pre, kind="stable")
    counts = np.bincount(pre, minlength=n_pre)
    width = int(counts.max()) if pre.size else 0
    slot = np.arange(pre.size) - np.repeat(np.cumsum(counts) - counts, counts)
    rows = pre[order]

    def scatter(values, fill, dtype):
        values = np.asarray(values)
        if values.ndim == 0:
            return jnp.asarray(values, dtype)
        if values.shape != pre.shape:
            raise ValueError(f"per-synapse values must have shape {pre.shape}, got {values.shape}")
        table = np.full((n_pre, width), fill, dtype)
        table[rows, slot] = values[order]
        return jnp.asarray(table)

    delays_checked = np.asarray(delays)
    if np.any(delays_checked < 0):
        raise ValueError(f"delays must be >= 0 steps, got minimum {delays_checked.min()}")
    return Connectivity(
        targets=scatter(post, n_post, np.int32),
        weights=scatter(weights, 0.0, jnp.result_type(float)),
        delays=scatter(delays, 0, np.int32),
        n_pre=n_pre, n_post=n_post,
    )


def fixed_indegree(key: jax.Array, n_pre: int, n_post: int, k: int, weight=1.0,
                   autapses: bool = True) -> Connectivity:
    """Every postsynaptic neuron receives exactly ``k`` synapses from uniformly drawn sources.

    Sources are drawn with replacement (multapses allowed, as NEST's default); with
    ``autapses=False`` a self-source is redrawn.
    """
    n_pre, n_post = _validate.count("n_pre", n_pre), _validate.count("n_post", n_post)
    k = _validate.count("k", k, minimum=0)
    post = jnp.repeat(jnp.arange(n_post), k)
    if autapses:
        pre = jax.random.randint(key, (n_post * k,), 0, n_pre)
    else:
        if n_pre != n_post or n_pre < 2:
            raise ValueError("autapses=False needs n_pre == n_post >= 2")
        # draw from the n_pre - 1 other neurons, skipping the neuron itself
        pre = jax.random.randint(key, (n_post * k,), 0, n_pre - 1)
        pre = jnp.where(pre >= post, pre + 1, pre)
    conn = from_pairs(np.asarray(pre), np.asarray(post), n_pre, n_post)
    return replace(conn, weights=jnp.asarray(weight, dtype=jnp.result_type(float)))


def all_to_all(n_pre: int, n_post: int, weight=1.0, autapses: bool = True) -> Connectivity:
    """Every presynaptic neuron connects to every postsynaptic neuron."""
    n_pre, n_post = _validate.count("n_pre", n_pre), _validate.count("n_post", n_post)
    targets = jnp.broadcast_to(jnp.arange(n_post), (n_pre, n_post))
    return _finish(targets, n_pre, n_post, weight, autapses)


def with_weights(conn: Connectivity, weights) -> Connectivity:
    """The same synapses with new weights: a scalar, one per presynaptic neuron
    (float[n_pre, 1]) or an array shaped like ``conn.targets``."""
    weights = jnp.asarray(weights, dtype=jnp.result_type(float))
    if weights.ndim and weights.shape not in ((conn.n_pre, 1), conn.targets.shape):
        raise ValueError(f"weights must be a scalar or shaped ({conn.n_pre}, 1) or "
                         f"{conn.targets.shape}, got {weights.shape}")
    return replace(conn, weights=weights)


def combine(*projections: Connectivity) -> Connectivity:
    """Projections from consecutive presynaptic populations, each onto its own synaptic
    variable of the same ``n_post`` neurons, as one connectivity.

    The presynaptic neurons are those of ``projections`` in order (as in a spike vector
    ``concatenate([spikes_0, spikes_1, ...])``), and the postsynaptic side holds one block of
    ``n_post`` per projection: ``propagate(combined, spikes).reshape(len(projections), n_post)``
    gives each projection's input, equal to propagating each one separately, at the cost of a
    single pass over the spiking neurons. A network of excitatory and inhibitory neurons that
    drive g_e and g_i is the usual case.
    """
    if not projections:
        raise ValueError("combine needs at least one projection")
    n_post = projections[0].n_post
    if any(p.n_post != n_post for p in projections):
        raise ValueError(f"projections must share n_post, got {[p.n_post for p in projections]}")
    shared_delay = (all(p.delays.ndim == 0 for p in projections)
                    and len({int(p.delays) for p in projections}) == 1)
    return _combine(projections, shared_delay)


@functools.partial(jax.jit, static_argnums=1)
def _combine(projections: tuple[Connectivity, ...], shared_delay: bool) -> Connectivity:
    n_post, blocks = projections[0].n_post, len(projections)
    width = max(p.targets.shape[1] for p in projections)

    def pad(x, fill):
        return jnp.pad(x, ((0, 0), (0, width - x.shape[1])), constant_values=fill)

    targets = jnp.concatenate([
        pad(jnp.where(p.mask, p.targets + b * n_post, blocks * n_post), blocks * n_post)
        for b, p in enumerate(projections)
    ]).astype(jnp.int32)
    dtype = jnp.result_type(*(p.weights for p in projections))
    if all(p.weights.ndim == 0 or p.weights.shape[1] == 1 for p in projections):
        weights = jnp.concatenate([jnp.broadcast_to(p.weights, (p.n_pre, 1)).astype(dtype)
                                   for p in projections])
    else:
        weights = jnp.concatenate([pad(jnp.broadcast_to(p.weights, p.targets.shape).astype(dtype), 0)
                                   for p in projections])
    if shared_delay:
        delays = projections[0].delays
    else:
        delays = jnp.concatenate([pad(jnp.broadcast_to(p.delays, p.targets.shape), 0)
                                  for p in projections]).astype(jnp.int32)
    return Connectivity(targets=targets, weights=weights, delays=delays,
                        n_pre=sum(p.n_pre for p in projections), n_post=blocks * n_post)


def with_delays(conn: Connectivity, delay, dt: float) -> Connectivity:
    """The same synapses with transmission delays ``delay`` [ms] (scalar or per synapse), each a
    whole number of steps of ``dt`` [ms] (to 1e-9 relative): a delay off the grid is refused,
    never rounded silently (round drawn delays yourself: ``np.round(delay / dt) * dt``)."""
    dt = _validate.positive("dt", dt)
    delay = np.asarray(delay, dtype=float)
    if np.any(~np.isfinite(delay)) or np.any(delay < 0):
        raise ValueError(f"delay must be finite and >= 0 ms, got minimum {np.min(delay)!r}")
    if delay.ndim and delay.shape != conn.targets.shape:
        raise ValueError(f"delay must be a scalar or shaped {conn.targets.shape}, got {delay.shape}")
    steps = np.rint(delay / dt)
    off = np.abs(steps * dt - delay) > 1e-9 * np.maximum(delay, dt)
    if np.any(off):
        raise ValueError(f"delay must be whole steps of dt = {dt:g} ms, got {delay[off].ravel()[:3].tolist()} ms; "
                         f"round drawn delays explicitly (np.round(delay / dt) * dt)")
    return replace(conn, delays=jnp.asarray(steps, jnp.int32))
