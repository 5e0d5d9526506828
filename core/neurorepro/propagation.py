"""Event-driven spike propagation and transmission delays.

:func:`propagate` returns, for every postsynaptic neuron, the summed weight of the synapses
from the presynaptic neurons that spiked: ``spikes @ W`` for the weight matrix W, computed by
visiting only the rows of the neurons that spiked, so its cost grows with spikes × fan-out.
The number of spiking neurons visited this way is capped by ``max_events`` (a static shape);
a step with more spikes takes the full pass over all rows instead, so the result is always
exact.

:func:`transmit` adds delays with a ring buffer of ``max_delay + 1`` rows: a spike emitted in
step i through a synapse of delay d (steps) is delivered in step i + d.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp

from .connectivity import Connectivity


def _add_rows(conn: Connectivity, rows, out, slot_of_delay=None):
    """Add the weights of presynaptic ``rows`` (rows equal to n_pre are padding) into ``out``.

    ``out`` is float[n_post], or float[depth, n_post] with ``slot_of_delay`` mapping each
    synapse's delay to its row.
    """
    targets = jnp.take(conn.targets, rows, axis=0, mode="fill", fill_value=conn.n_post)
    weights = jnp.take(jnp.broadcast_to(conn.weights, conn.targets.shape).astype(out.dtype),
                       rows, axis=0, mode="fill", fill_value=0)
    if slot_of_delay is None:
        return out.at[targets].add(weights, mode="drop")
    delays = jnp.take(jnp.broadcast_to(conn.delays, conn.targets.shape), rows, axis=0,
                      mode="fill", fill_value=0)
    slots = jnp.where(targets < conn.n_post, slot_of_delay(delays), out.shape[0])
    return out.at[slots, targets].add(weights, mode="drop")


def _over_spiking_rows(spikes, max_events, add, n_pre):
    """``add(rows)`` over the rows of the spiking neurons, event-driven up to ``max_events``."""
    spikes = spikes.astype(bool)
    all_rows = lambda: add(jnp.where(spikes, jnp.arange(n_pre), n_pre))  # noqa: E731
    if max_events is None or max_events >= n_pre:
        return all_rows()
    rows = jnp.nonzero(spikes, size=max_events, fill_value=n_pre)[0]
    return jax.lax.cond(jnp.sum(spikes) <= max_events, lambda: add(rows), all_rows)


def propagate(conn: Connectivity, spikes: jax.Array, max_events: int | None = None) -> jax.Array:
    """Σ_j spikes[j] W[j, :], float[n_post], ignoring delays.

    ``max_events``: how many spiking presynaptic neurons a step is expected to hold at most
    (None = n_pre). Steps beyond it stay exact, at the cost of a full pass.
    """
    if spikes.shape != (conn.n_pre,):
        raise ValueError(f"spikes must have shape ({conn.n_pre},), got {spikes.shape}")
    out = jnp.zeros(conn.n_post, jnp.result_type(conn.weights))
    return _over_spiking_rows(spikes, max_events, lambda rows: _add_rows(conn, rows, out), conn.n_pre)


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
        lambda rows: _add_rows(conn, rows, buffer, lambda d: (i + d) % depth),
        conn.n_pre,
    )
    now = i % depth
    arriving = buffer[now]
    return arriving, buffer.at[now].set(0.0)
