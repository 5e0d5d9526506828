"""Event-driven spike propagation and transmission delays.

:func:`propagate` returns, for every postsynaptic neuron, the summed weight of the synapses
from the presynaptic neurons that spiked: ``spikes @ W`` for the weight matrix W, computed by
visiting only the rows of the neurons that spiked, so its cost grows with spikes × fan-out.
The spiking rows are visited in passes of ``max_events`` rows (a static shape, padded): a step
with few spikes costs one pass, a step with many spikes takes as many passes as it needs, so
the result is always exact. Under ``vmap`` (a sweep) the passes run until every entry is done.

:func:`transmit` adds delays with a ring buffer of ``max_delay + 1`` rows: a spike emitted in
step i through a synapse of delay d (steps) is delivered in step i + d.
"""

from __future__ import annotations

from typing import NamedTuple

import jax
import jax.numpy as jnp

from .connectivity import Connectivity

DEFAULT_EVENTS_PER_PASS = 32
_BLOCK = 32


def _inclusive_sum(x: jax.Array) -> jax.Array:
    """Inclusive cumulative sum of a 1-D float32 array of small non-negative integers.

    Computed as triangular matrix products over blocks of 32, recursing over the block totals:
    on CPU this is several times faster than ``jnp.cumsum``, which XLA lowers to a
    reduce-window. Exact while the total stays below 2**24.
    """
    n = x.shape[0]
    if n <= _BLOCK:
        return jnp.tril(jnp.ones((n, n), x.dtype)) @ x
    blocks = -(-n // _BLOCK)
    within = jnp.pad(x, (0, blocks * _BLOCK - n)).reshape(blocks, _BLOCK) @ jnp.triu(jnp.ones((_BLOCK, _BLOCK), x.dtype))
    totals = within[:, -1]
    offsets = _inclusive_sum(totals) - totals
    return (within + offsets[:, None]).reshape(-1)[:n]


class _SpikeIndex(NamedTuple):
    """Spikes counted in blocks of 32 neurons, to find the k-th spike without a full scan."""

    words: jax.Array    # uint32[blocks, 8]: the spike flags as bytes (0/1), four to a word
    counts: jax.Array   # int32[blocks], spikes per block
    totals: jax.Array   # int32[blocks], running total of counts (inclusive)
    n: int


def _index_spikes(spikes: jax.Array) -> _SpikeIndex:
    n = spikes.shape[0]
    blocks = -(-n // _BLOCK)
    flags = jnp.pad(spikes, (0, blocks * _BLOCK - n)).astype(jnp.uint8)
    # four 0/1 bytes to a 32-bit word (little-endian, as on every platform jax runs on:
    # byte j of word w is neuron 4w + j), so a word's set bits count its spikes
    words = jax.lax.bitcast_convert_type(flags.reshape(blocks, _BLOCK // 4, 4), jnp.uint32)
    counts = jnp.sum(jax.lax.population_count(words), axis=1, dtype=jnp.int32).astype(jnp.int32)
    if n < 2**24:  # float32 sums of counts are exact
        totals = _inclusive_sum(counts.astype(jnp.float32)).astype(jnp.int32)
    else:
        totals = jnp.cumsum(counts, dtype=jnp.int32)
    return _SpikeIndex(words, counts, totals, n)


def _kth_spikes(index: _SpikeIndex, k: jax.Array) -> jax.Array:
    """Neuron index of the (k + 1)-th spike for each entry of ``k`` (n where there is none).

    A binary search over the blocks' running totals finds the block, running counts over its
    eight words the word, and over the word's four bytes the neuron: the work grows with
    len(k) × log(blocks), not with n.
    """
    blocks = index.counts.shape[0]
    block = jnp.searchsorted(index.totals, k, side="right", method="scan_unrolled").astype(jnp.int32)
    found = block < blocks
    block = jnp.minimum(block, blocks - 1)
    rank = k - (index.totals[block] - index.counts[block])       # among the block's spikes
    words = index.words[block]                                    # [len(k), 8]
    in_word = jax.lax.population_count(words).astype(jnp.int32)
    running = jnp.cumsum(in_word, axis=1)
    word = jnp.minimum(jnp.sum(running <= rank[:, None], axis=1, dtype=jnp.int32), _BLOCK // 4 - 1)

    def at_word(x):
        return jnp.take_along_axis(x, word[:, None], axis=1)[:, 0]

    rank = rank - (at_word(running) - at_word(in_word))           # among the word's spikes
    flag = [((at_word(words) >> (8 * j)) & 1).astype(jnp.int32) for j in range(3)]
    byte = ((flag[0] <= rank).astype(jnp.int32) + (flag[0] + flag[1] <= rank)
            + (flag[0] + flag[1] + flag[2] <= rank))
    rows = jnp.where(found, block * _BLOCK + word * 4 + byte, index.n)
    # written out through a scatter, which XLA does not fuse: otherwise the gathers that use
    # ``rows`` recompute it for every synapse (XLA:CPU drops optimization barriers)
    return jnp.zeros_like(rows).at[jnp.arange(rows.shape[0])].set(rows)


def _spiking_rows(spikes: jax.Array, size: int) -> jax.Array:
    """Indices of the True entries of ``spikes`` in order, padded to ``size`` with len(spikes)
    (what ``jnp.nonzero(spikes, size=size, fill_value=n)`` returns, computed faster)."""
    return _kth_spikes(_index_spikes(spikes), jnp.arange(size, dtype=jnp.int32))


def _add_rows(conn: Connectivity, rows, out, slot_of_delay=None):
    """Add the weights of presynaptic ``rows`` (rows equal to n_pre are padding) into ``out``.

    ``out`` is float[n_post], or float[depth, n_post] with ``slot_of_delay`` mapping each
    synapse's delay to its row.
    """
    targets = jnp.take(conn.targets, rows, axis=0, mode="fill", fill_value=conn.n_post)
    if conn.weights.ndim == 0:  # homogeneous: no per-synapse gather
        weights = conn.weights.astype(out.dtype)
    else:
        weights = jnp.take(conn.weights.astype(out.dtype), rows, axis=0, mode="fill", fill_value=0)
    if slot_of_delay is None:
        return out.at[targets].add(jnp.broadcast_to(weights, targets.shape), mode="drop")
    delays = jnp.take(jnp.broadcast_to(conn.delays, conn.targets.shape), rows, axis=0,
                      mode="fill", fill_value=0)
    slots = jnp.where(targets < conn.n_post, slot_of_delay(delays), out.shape[0])
    return out.at[slots, targets].add(jnp.broadcast_to(weights, targets.shape), mode="drop")


def _over_spiking_rows(spikes, max_events, add, out, n_pre):
    """``add(rows, out)`` over the rows of the spiking neurons, ``max_events`` rows a pass."""
    spikes = spikes.astype(bool)
    per_pass = DEFAULT_EVENTS_PER_PASS if max_events is None else int(max_events)
    if per_pass < 1:
        raise ValueError(f"max_events must be an integer >= 1, got {max_events!r}")
    if per_pass >= n_pre:
        return add(jnp.where(spikes, jnp.arange(n_pre), n_pre), out)
    index = _index_spikes(spikes)
    count = index.totals[-1]
    ranks = jnp.arange(per_pass, dtype=jnp.int32)

    def one_pass(carry):
        first, out = carry
        return first + per_pass, add(_kth_spikes(index, first + ranks), out)

    _, out = jax.lax.while_loop(lambda carry: carry[0] < count, one_pass, (jnp.int32(0), out))
    return out


def propagate(conn: Connectivity, spikes: jax.Array, max_events: int | None = None) -> jax.Array:
    """Σ_j spikes[j] W[j, :], float[n_post], ignoring delays.

    ``max_events``: spiking presynaptic neurons handled per pass (default 32); a step with
    more spikes takes more passes. Size it near the usual number of spikes per step.
    """
    if spikes.shape != (conn.n_pre,):
        raise ValueError(f"spikes must have shape ({conn.n_pre},), got {spikes.shape}")
    out = jnp.zeros(conn.n_post, jnp.result_type(conn.weights))
    return _over_spiking_rows(spikes, max_events, lambda rows, out: _add_rows(conn, rows, out), out, conn.n_pre)


def delay_buffer(conn: Connectivity, dtype=None) -> jax.Array:
    """An empty ring buffer for ``conn``: float[max_delay + 1, n_post]."""
    max_delay = int(jnp.max(conn.delays)) if conn.delays.size else 0
    return jnp.zeros((max_delay + 1, conn.n_post), dtype or jnp.result_type(float))


def transmit(conn: Connectivity, spikes: jax.Array, buffer: jax.Array, i,
             max_events: int | None = None) -> tuple[jax.Array, jax.Array]:
    """Schedule the spikes emitted in step ``i`` and deliver what arrives in step ``i``.

    Returns ``(arriving, buffer)``: ``arriving`` is float[n_post], the summed weights of the
    spikes emitted in step i - d through synapses of delay d (d = 0 included); ``buffer`` is
    the updated ring buffer from :func:`delay_buffer`.
    """
    if spikes.shape != (conn.n_pre,):
        raise ValueError(f"spikes must have shape ({conn.n_pre},), got {spikes.shape}")
    depth = buffer.shape[0]
    buffer = _over_spiking_rows(
        spikes, max_events,
        lambda rows, out: _add_rows(conn, rows, out, lambda d: (i + d) % depth),
        buffer, conn.n_pre,
    )
    now = i % depth
    arriving = buffer[now]
    return arriving, buffer.at[now].set(0.0)
