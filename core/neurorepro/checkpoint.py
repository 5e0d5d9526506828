"""Checkpoints of a long run: its state, key and step saved atomically, so that an interrupted
run resumes bit for bit.

A checkpoint is a folder: ``checkpoint.npz`` (the state's leaves, the step reached, and a
description of the run it belongs to) and ``records/`` (the monitors' records, appended as the
run goes; see :mod:`neurorepro.records`). ``checkpoint.npz`` is written to a temporary file,
flushed and renamed over the old one (``os.replace`` is atomic), after the records it counts
are flushed: a crash at any moment leaves the previous checkpoint or the new one, never half of
one, and rows the records gained after it are dropped on resume.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np

FILE = "checkpoint.npz"


def fingerprint(tree) -> str:
    """A hash of a pytree's structure, shapes, dtypes and values (typed keys by their data)."""
    digest = hashlib.sha256(str(jax.tree.structure(tree)).encode())
    for leaf in jax.tree.leaves(tree):
        if isinstance(leaf, jax.Array) and jnp.issubdtype(leaf.dtype, jax.dtypes.prng_key):
            leaf = jax.random.key_data(leaf)
        leaf = np.asarray(leaf)
        digest.update(f"{leaf.shape}{leaf.dtype}".encode())
        digest.update(np.ascontiguousarray(leaf).tobytes())
    return digest.hexdigest()


def save(folder: Path, state, done: int, run: dict, committed: dict) -> None:
    """Write the checkpoint of ``state`` after ``done`` steps of the run described by ``run``."""
    leaves = {}
    for k, leaf in enumerate(jax.tree.leaves(state)):
        if isinstance(leaf, jax.Array) and jnp.issubdtype(leaf.dtype, jax.dtypes.prng_key):
            leaves[f"key{k}"] = np.asarray(jax.random.key_data(leaf))
        else:
            leaves[f"leaf{k}"] = np.asarray(leaf)
    about = json.dumps({"run": run, "done": done, "committed": committed})
    temporary = folder / (FILE + ".tmp")
    with open(temporary, "wb") as handle:
        np.savez(handle, about=np.array(about), **leaves)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, folder / FILE)


def load(folder: Path, like_state, run: dict):
    """The state, steps done and record lengths of the checkpoint in ``folder``, after checking
    that it belongs to the run described by ``run`` (with a state shaped like ``like_state``)."""
    with np.load(folder / FILE) as stored:
        about = json.loads(str(stored["about"]))
        differ = [f"{name} ({about['run'].get(name)!r} there, {value!r} here)"
                  for name, value in run.items() if about["run"].get(name) != value]
        if differ:
            raise ValueError(f"the checkpoint in {folder} belongs to another run: {', '.join(differ)}; "
                             f"use another checkpoint folder for this run, or remove that one")
        leaves = []
        for k, leaf in enumerate(jax.tree.leaves(like_state)):
            if isinstance(leaf, jax.Array) and jnp.issubdtype(leaf.dtype, jax.dtypes.prng_key):
                leaves.append(jax.random.wrap_key_data(jnp.asarray(stored[f"key{k}"]),
                                                       impl=jax.random.key_impl(leaf)))
            else:
                leaves.append(jnp.asarray(stored[f"leaf{k}"]))
    return jax.tree.unflatten(jax.tree.structure(like_state), leaves), about["done"], about["committed"]
