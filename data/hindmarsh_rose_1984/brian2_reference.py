"""Reference firing statistics of the Hindmarsh-Rose (1984) model, computed with Brian 2.

The notebook papers/analysis/hindmarsh_rose_1984 checks the spike counts and periods of its own
runs against this independent simulator run of the same equations and protocol: the model
x' = y - a x^3 + b x^2 - z + I, y' = c - d x^2 - y, z' = r (s (x - x_R) - z) with a = 1, b = 3,
c = 1, d = 5, s = 4, x_R = -1.6, r = 0.001 (the values of the Brian 2 example
examples/frompapers/Hindmarsh_Rose_1984.py, which reproduces Fig. 6 of the paper), started at
x = x_R, y = c - d x_R^2, z = 0, with the constant currents I = 0.4, 2 and 4 of that example.
Brian 2's fourth-order Runge-Kutta with dt = 0.005 time units (the notebook uses 0.01), 6000
time units; a spike is an upward crossing of x = 1 (time interpolated linearly), and spikes
closer than 50 time units belong to one burst.

    pip install brian2
    python data/hindmarsh_rose_1984/brian2_reference.py > data/hindmarsh_rose_1984/brian2_reference.json
"""

import json

import brian2 as b2
import numpy as np

CURRENTS = [0.4, 2.0, 4.0]
DURATION = 6000.0  # time units (the model's time is dimensionless; Brian runs it in ms)
BURST_GAP = 50.0   # a silence longer than this separates two bursts


def upward_crossings(x, t, threshold):
    k = np.flatnonzero((x[:-1] < threshold) & (x[1:] >= threshold)) + 1
    return t[k - 1] + (threshold - x[k - 1]) * (t[k] - t[k - 1]) / (x[k] - x[k - 1])


def simulate():
    b2.start_scope()
    b2.defaultclock.dt = 0.005 * b2.ms
    unit = 1 * b2.ms
    equations = """dx/dt = (y - a*x**3 + b*x**2 - z + I) / unit : 1
                   dy/dt = (c - d*x**2 - y) / unit : 1
                   dz/dt = r*(s*(x - x_R) - z) / unit : 1
                   I : 1 (constant)"""
    namespace = dict(a=1.0, b=3.0, c=1.0, d=5.0, s=4.0, x_R=-1.6, r=0.001, unit=unit)
    cells = b2.NeuronGroup(len(CURRENTS), equations, method="rk4", namespace=namespace)
    cells.x, cells.y, cells.z, cells.I = -1.6, 1.0 - 5.0 * 1.6**2, 0.0, CURRENTS
    monitor = b2.StateMonitor(cells, "x", record=True)
    b2.run(DURATION * unit, namespace=namespace)
    t = np.asarray(monitor.t / unit)
    results = []
    for k, current in enumerate(CURRENTS):
        spikes = upward_crossings(np.asarray(monitor.x[k]), t, 1.0)
        starts = np.flatnonzero(np.diff(spikes, prepend=-np.inf) > BURST_GAP)
        bursts = np.split(spikes, starts[1:])
        results.append({"I": current, "n_spikes": len(spikes),
                        "spikes_per_burst": [len(burst) for burst in bursts],
                        "burst_starts": [float(burst[0]) for burst in bursts],
                        "last_isi": float(spikes[-1] - spikes[-2]) if len(spikes) > 1 else None})
    return results


if __name__ == "__main__":
    print(json.dumps({"source": __doc__.strip().splitlines()[0], "brian2_version": b2.__version__,
                      "dt": 0.005, "duration": DURATION, "runs": simulate()}, indent=2))
