"""Thin matplotlib helpers: raster, traces, phase portrait. Each draws on ``ax`` and returns it."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from .monitors import Spikes, Trace


def _axes(ax):
    return plt.gca() if ax is None else ax


def raster(spikes: Spikes, ax=None, offset: int = 0, markersize: float = 1.0, color="k", **kwargs):
    """Dot raster of spike times [ms] (x) against neuron index (y)."""
    ax = _axes(ax)
    ax.plot(spikes.t, spikes.i + offset, ".", markersize=markersize, color=color, **kwargs)
    ax.set(xlabel="time (ms)", ylabel="neuron")
    return ax


def traces(trace: Trace, ax=None, labels=None, ylabel="v (mV)", **kwargs):
    """Recorded variables against time [ms], one line per monitored element."""
    ax = _axes(ax)
    values = trace.values.reshape(len(trace.t), -1)
    for j in range(values.shape[1]):
        ax.plot(trace.t, values[:, j], label=None if labels is None else labels[j], **kwargs)
    ax.set(xlabel="time (ms)", ylabel=ylabel)
    if labels is not None:
        ax.legend(frameon=False)
    return ax


def phase_portrait(vector_field, xlim, ylim, ax=None, trajectories=(), density: float = 1.0,
                   resolution: int = 30, labels=("x", "y"), **kwargs):
    """Streamlines of a planar field ``(x, y) -> (dx/dt, dy/dt)`` and optional trajectories
    (each an array [time, 2])."""
    ax = _axes(ax)
    x, y = np.meshgrid(np.linspace(*xlim, resolution), np.linspace(*ylim, resolution))
    u, v = (np.asarray(c) for c in vector_field(x, y))
    ax.streamplot(x, y, u, v, density=density, color="0.7", linewidth=0.6, **kwargs)
    for path in trajectories:
        path = np.asarray(path)
        ax.plot(path[:, 0], path[:, 1], lw=1.2)
    ax.set(xlim=xlim, ylim=ylim, xlabel=labels[0], ylabel=labels[1])
    return ax
