"""Thin matplotlib helpers for the figures notebooks repeat: rasters (with E/I populations and
the population rate), traces with spike marks, phase planes with nullclines and fixed points,
and orbit diagrams. Each draws on the given axes (or the current ones) and returns them."""

from __future__ import annotations

from collections.abc import Callable

import matplotlib.pyplot as plt
import numpy as np

from .monitors import Rate, Spikes, Trace

EXCITATORY, INHIBITORY = "tab:red", "tab:blue"


def _axes(ax):
    return plt.gca() if ax is None else ax


def raster(spikes: Spikes, ax=None, offset: int = 0, markersize: float = 1.0, color="k", **kwargs):
    """Dot raster of spike times [ms] (x) against neuron index (y)."""
    ax = _axes(ax)
    kwargs.setdefault("marker", ".")
    ax.plot(spikes.t, spikes.i + offset, ls="none", markersize=markersize, color=color, **kwargs)
    ax.set(xlabel="time (ms)", ylabel="neuron")
    return ax


def ei_raster(spikes: Spikes, n_excitatory: int, rate: Rate | None = None, *, shown=(200, 50),
              axes=None, smooth: float = 2.0, markersize: float = 1.5, title: str | None = None):
    """Raster of the first ``shown[0]`` excitatory (red) and ``shown[1]`` inhibitory (blue)
    neurons of a network whose excitatory neurons come first, over the population rate
    smoothed with a Gaussian of ``smooth`` ms (when ``rate`` is given). ``axes``: (raster, rate)
    axes, or None for a new figure. Returns the axes."""
    from .measures import smoothed_rate

    if axes is None:
        _, axes = plt.subplots(2 if rate is not None else 1, 1, figsize=(10, 6 if rate is not None else 4.5),
                               sharex=True, squeeze=False, gridspec_kw=dict(height_ratios=[3, 1][:2 if rate is not None else 1]))
        axes = axes[:, 0]
    shown_e, shown_i = shown
    ax = axes[0]
    raster(spikes.subset(0, shown_e), ax, markersize=markersize, color=EXCITATORY)
    raster(spikes.subset(n_excitatory, n_excitatory + shown_i), ax, offset=shown_e,
           markersize=markersize, color=INHIBITORY)
    ax.axhline(shown_e, color="0.5", lw=0.5)
    ax.set(ylabel="neuron (excitatory | inhibitory)", ylim=(0, shown_e + shown_i), title=title)
    if rate is not None:
        ax.set_xlabel("")
        dt = rate.t[1] - rate.t[0]
        axes[1].plot(rate.t, smoothed_rate(rate.rate, dt, width=smooth), color="k", lw=0.8)
        axes[1].set(xlabel="time (ms)", ylabel="rate (Hz)", xlim=(0, rate.t[-1]))
    return axes


def traces(trace: Trace, ax=None, labels=None, ylabel="v (mV)", spikes=None, spike_height=None,
           xlabel="time (ms)", time_scale: float = 1.0, **kwargs):
    """Recorded variables against time [ms], one line per monitored element. ``spikes``: spike
    times per element (a list of arrays), drawn as vertical strokes from the trace's top up to
    ``spike_height`` (default: the largest value plus a tenth of the range) — for models whose
    reset happens within the step, so the recorded trace never shows the spike. ``time_scale``
    multiplies the times (1e-3: seconds), ``xlabel`` names the axis; a legend only with ``labels``."""
    ax = _axes(ax)
    values = trace.values.reshape(len(trace.t), -1)
    lines = []
    for j in range(values.shape[1]):
        (line,) = ax.plot(time_scale * trace.t, values[:, j], label=None if labels is None else labels[j],
                          **kwargs)
        lines.append(line)
    if spikes is not None:
        top = np.nanmax(values)
        height = top + 0.1 * (top - np.nanmin(values)) if spike_height is None else spike_height
        for line, times in zip(lines, spikes):
            ax.vlines(time_scale * np.asarray(times), top, height, color=line.get_color(),
                      lw=line.get_linewidth())
    ax.set(xlabel=xlabel, ylabel=ylabel)
    if labels is not None:
        ax.legend(frameon=False)
    return ax


def phase_plane(vector_field: Callable, y_like, args, xlim, ylim, ax=None, *, nullclines: bool = True,
                fixed_points=None, trajectories=(), streamlines: bool = True, density: float = 1.0,
                labels=("x", "y"), t=0.0):
    """Phase plane of a planar system ``f(t, y, args)`` (state ``y_like``: any pytree of two
    scalars, its first variable on x): streamlines, nullclines (x-nullcline solid, y-nullcline
    dashed), fixed points (a :class:`neurorepro.analysis.FixedPoints`: filled if stable, open
    otherwise) and trajectories (arrays [time, 2]). ``labels`` name the axes; the legend's
    nullclines take their variable names without the units ("V (mV)" → "V-nullcline")."""
    import re

    import jax.numpy as jnp

    from .analysis import nullclines as find_nullclines
    from .analysis._flat import flatten
    from .analysis.nullclines import field_on_grid

    ax = _axes(ax)
    if streamlines:
        _, z, _ = flatten(vector_field, y_like, t)
        x, y = np.meshgrid(np.linspace(*xlim, 30), np.linspace(*ylim, 30))
        grid = jnp.asarray(np.stack([x.ravel(), y.ravel()], axis=1), z.dtype)
        field = np.asarray(field_on_grid(vector_field, y_like, grid, args, t)).reshape(30, 30, 2)
        ax.streamplot(x, y, field[..., 0], field[..., 1], density=density, color="0.75", linewidth=0.6)
    if nullclines:
        names = [re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*$", "", label) for label in labels]
        x_null, y_null = find_nullclines(vector_field, y_like, args, xlim, ylim, t=t)
        for k, curve in enumerate(x_null):
            ax.plot(*curve.T, color="C0", lw=1.5, label=f"{names[0]}-nullcline" if k == 0 else None)
        for k, curve in enumerate(y_null):
            ax.plot(*curve.T, color="C1", lw=1.5, ls="--", label=f"{names[1]}-nullcline" if k == 0 else None)
    for path in trajectories:
        path = np.asarray(path)
        ax.plot(path[:, 0], path[:, 1], color="k", lw=1.0)
    if fixed_points is not None:
        for point, stable in zip(fixed_points.flat, fixed_points.stable):
            ax.plot(*point[:2], "o", ms=7, mec="k", mfc="k" if stable else "w", zorder=5)
    ax.set(xlim=xlim, ylim=ylim, xlabel=labels[0], ylabel=labels[1])
    return ax


def orbit_diagram(parameter_values, values, ax=None, *, markersize: float = 0.3, color="k",
                  xlabel="parameter", ylabel="x", **kwargs):
    """Orbit diagram: every recorded value (``values[k]`` for ``parameter_values[k]``, any
    number per parameter) as a dot above its parameter."""
    ax = _axes(ax)
    xs = np.concatenate([np.full(np.size(v), p) for p, v in zip(parameter_values, values)])
    ys = np.concatenate([np.ravel(v) for v in values])
    ax.scatter(xs, ys, s=markersize, color=color, lw=0, **kwargs)
    ax.set(xlabel=xlabel, ylabel=ylabel)
    return ax
