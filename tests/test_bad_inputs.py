"""Every public entry point, given each kind of bad value, stops with a clear error that names the
argument (and its allowed range) — before any work is done, never by clamping or rounding."""

from typing import NamedTuple

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import neurorepro as nr
from neurorepro import connectivity, delay, fractional, inputs, measures
from neurorepro.models import lif
from neurorepro.replication import claim, report


class Cell(NamedTuple):
    v: jax.Array
    spike: jax.Array


def leak(state, params, clock):
    v = state.v + clock.dt * (params["E"] - state.v) / params["tau"]
    return Cell(v=v, spike=v > 0.0)


STATE = Cell(v=jnp.zeros(10), spike=jnp.zeros(10, bool))
PARAMS = {"E": jnp.ones(10), "tau": 10.0}
KEY = jax.random.key(0)
SPIKES = nr.Spikes(i=np.array([0, 1], np.int32), t=np.array([1.0, 2.0]), n=2)


def run(**changes):
    options = dict(duration=1.0, dt=0.1)
    options.update(changes)
    state, params = options.pop("state", STATE), options.pop("params", PARAMS)
    return nr.run(leak, state, params, **options)


def sweep(**changes):
    options = dict(duration=1.0, dt=0.1)
    options.update(changes)
    params = options.pop("params", {"E": jnp.ones((3, 10)), "tau": jnp.full(3, 10.0)})
    return nr.sweep(leak, STATE, params, **options)


def simulate(**changes):
    options = dict(dt=0.1, n_steps=10)
    options.update(changes)
    return nr.simulate(leak, STATE, PARAMS, **options)


def int_state_into_exponential_euler():
    field = lambda t, y, args: -y  # noqa: E731
    nr.simulate(nr.make_step(field, "exponential_euler"), jnp.arange(3), dt=0.1, n_steps=2)


CASES = [
    # run: time arguments
    ("run dt = 0", lambda: run(dt=0.0), ValueError, r"dt must be a finite number > 0, got 0.0"),
    ("run dt < 0", lambda: run(dt=-0.1), ValueError, r"dt must be a finite number > 0"),
    ("run dt = nan", lambda: run(dt=float("nan")), ValueError, r"dt must be a finite number > 0, got nan"),
    ("run dt = inf", lambda: run(dt=float("inf")), ValueError, r"dt must be a finite number > 0, got inf"),
    ("run dt a string", lambda: run(dt="0.1"), TypeError, r"dt must be a number, got '0.1'"),
    ("run dt an array", lambda: run(dt=np.array([0.1, 0.2])), TypeError, r"dt must be a number"),
    ("run duration < dt", lambda: run(duration=0.05), ValueError, r"duration must be a finite number >= dt"),
    ("run duration = inf", lambda: run(duration=float("inf")), ValueError, r"duration must be a finite number"),
    ("run duration None", lambda: run(duration=None), TypeError, r"duration must be a number, got None"),
    ("run duration off the grid", lambda: run(duration=1.06), ValueError,
     r"duration must be a whole number of steps of dt = 0.1 ms, got 1.06 ms = 10.6 steps; use 1.1 ms"),
    ("run t0 < 0", lambda: run(t0=-1.0), ValueError, r"t0 must be a finite number >= 0"),
    ("run t0 off the grid", lambda: run(t0=0.05), ValueError, r"t0 must be a whole number of steps"),
    ("run too many steps", lambda: run(duration=1e9, dt=0.1), ValueError, r"fewer than 2\*\*31 steps"),
    # run: keys, chunks, monitors, inputs
    ("run key an int", lambda: run(key=42), TypeError, r"key must be a typed jax.random key .* got 42"),
    ("run key a raw uint32 key", lambda: run(key=jax.random.PRNGKey(0)), TypeError, r"key must be a typed"),
    ("run chunk_steps = 0", lambda: run(chunk_steps=0), ValueError, r"chunk_steps must be an integer >= 1"),
    ("run chunk_steps = 1.5", lambda: run(chunk_steps=1.5), ValueError, r"chunk_steps must be an integer >= 1"),
    ("run chunk_steps a string", lambda: run(chunk_steps="5"), TypeError, r"chunk_steps must be an integer"),
    ("run monitor not a monitor", lambda: run(monitors={"v": "v"}), TypeError,
     r"monitors\['v'\] must be a SpikeMonitor, StateMonitor or RateMonitor"),
    ("run monitor of no variable", lambda: run(monitors={"w": nr.StateMonitor("w")}), KeyError,
     r"state has no variable 'w'"),
    ("run monitor index too large", lambda: run(monitors={"v": nr.StateMonitor("v", indices=[5000])}),
     IndexError, r"monitor 'v': indices must lie in \[0, 10\) for 'v' of 10 elements, got \[5000\]"),
    ("run monitor index negative", lambda: run(monitors={"v": nr.StateMonitor("v", indices=[-1])}),
     IndexError, r"indices must lie in \[0, 10\)"),
    ("run spike monitor index too large", lambda: run(monitors={"s": nr.SpikeMonitor("spike", indices=[12, 13])}),
     IndexError, r"got \[12, 13\]"),
    ("run spike monitor on a float", lambda: run(monitors={"s": nr.SpikeMonitor("v")}), TypeError,
     r"SpikeMonitor records spikes, a boolean variable; 'v' is float"),
    ("run rate monitor on a float", lambda: run(monitors={"r": nr.RateMonitor("v")}), TypeError,
     r"RateMonitor records spikes"),
    ("run rate monitor of no neurons", lambda: run(state=Cell(jnp.zeros(0), jnp.zeros(0, bool)),
                                                   params={"E": jnp.ones(0), "tau": 10.0},
                                                   monitors={"r": nr.RateMonitor("spike")}),
     ValueError, r"has no neurons to take a rate of"),
    ("run inputs too short", lambda: run(inputs=jnp.zeros(5)), ValueError,
     r"inputs must have one entry per step along axis 0: 10 steps, got lengths \[5\]"),
    ("run max_memory negative", lambda: run(max_memory=-1), ValueError, r"max_memory must be a number of bytes > 0"),
    ("run record_to a number", lambda: run(record_to=42), TypeError, r"record_to must be a folder path"),
    ("run checkpoint a number", lambda: run(checkpoint=42), TypeError, r"checkpoint must be a folder path"),
    ("run checkpoint_every alone", lambda: run(checkpoint_every=1.0), ValueError,
     r"checkpoint_every needs checkpoint=folder"),
    ("run resume alone", lambda: run(resume=True), ValueError, r"resume=True needs checkpoint=folder"),
    # run: a step that cannot run on the given state and params
    ("run params of the wrong length", lambda: run(params={"E": jnp.ones(7), "tau": 10.0}), TypeError,
     r"step\(state, params, clock\) fails on this state and these params .*params: E float\d+\[7\]"),
    ("run step changing a dtype", lambda: run(state=Cell(jnp.zeros(10, jnp.int32), jnp.zeros(10, bool))),
     TypeError, r"step must return every state variable with the shape and dtype it was given \(v: int32\[10\]"),
    ("int32 state into exponential Euler", int_state_into_exponential_euler, TypeError,
     r"state variable 'y' is int\d+: a vector field's variables must be floating-point"),
    # sweep
    ("sweep batch_keys with one key", lambda: sweep(key=KEY, batch_keys=True), TypeError,
     r"key must be an array of 3 typed jax.random keys, one per entry"),
    ("sweep params of two batch sizes", lambda: sweep(params={"E": jnp.ones((3, 10)), "tau": jnp.ones(2)}),
     ValueError, r"must all carry the same leading batch axis"),
    ("sweep param_axes of another structure", lambda: sweep(param_axes={"E": 0}), ValueError,
     r"param_axes must have the structure of params"),
    ("sweep param_axes not 0/None", lambda: sweep(param_axes={"E": 1, "tau": 0}), ValueError,
     r"with 0 or None at every leaf"),
    ("sweep batch_state of the wrong size", lambda: nr.sweep(
        leak, Cell(jnp.zeros((2, 10)), jnp.zeros((2, 10), bool)), {"E": jnp.ones((3, 10)), "tau": jnp.ones(3)},
        duration=1.0, dt=0.1, batch_state=True), ValueError, r"batch_state=True needs every leaf of state"),
    ("sweep batch_inputs of the wrong size", lambda: sweep(inputs=jnp.zeros((2, 10)), batch_inputs=True),
     ValueError, r"batch_inputs=True needs inputs shaped \[entry, step, ...\] with 3 entries"),
    # simulate
    ("simulate n_steps = 0", lambda: simulate(n_steps=0), ValueError, r"n_steps must be an integer >= 1"),
    ("simulate n_steps and duration", lambda: simulate(duration=1.0), ValueError, r"give n_steps or duration, not both"),
    ("simulate neither", lambda: simulate(n_steps=None), ValueError, r"give n_steps or duration"),
    ("simulate save_every not dividing", lambda: simulate(save_every=3), ValueError,
     r"n_steps must be a multiple of save_every = 3"),
    ("simulate save a string", lambda: simulate(save="v"), TypeError, r"save must be None, a function"),
    ("simulate key an int", lambda: simulate(key=42), TypeError, r"key must be a typed jax.random key"),
    # steps and integrators
    ("make_step unknown method", lambda: nr.make_step(lambda t, y, a: -y, "rk5"), ValueError,
     r"method must be one of \['euler', 'exponential_euler', 'heun', 'rk2', 'rk4'\], got 'rk5'"),
    ("make_step noise with rk4", lambda: nr.make_step(lambda t, y, a: -y, "rk4", noise=lambda t, y, a: y),
     ValueError, r"method must be 'euler'"),
    # connectivity
    ("fixed_probability p > 1", lambda: connectivity.fixed_probability(KEY, 10, 10, 1.5), ValueError,
     r"p must lie in \[0, 1\], got 1.5"),
    ("fixed_probability p < 0", lambda: connectivity.fixed_probability(KEY, 10, 10, -0.1), ValueError,
     r"p must lie in \[0, 1\]"),
    ("fixed_probability n_pre = 0", lambda: connectivity.fixed_probability(KEY, 0, 10, 0.1), ValueError,
     r"n_pre must be an integer >= 1, got 0"),
    ("fixed_probability n_post = 2.5", lambda: connectivity.fixed_probability(KEY, 10, 2.5, 0.1), ValueError,
     r"n_post must be an integer >= 1, got 2.5"),
    ("fixed_indegree k < 0", lambda: connectivity.fixed_indegree(KEY, 10, 10, -1), ValueError,
     r"k must be an integer >= 0, got -1"),
    ("fixed_indegree no autapses across populations", lambda: connectivity.fixed_indegree(
        KEY, 10, 5, 2, autapses=False), ValueError, r"autapses=False needs n_pre == n_post"),
    ("all_to_all n_post = 0", lambda: connectivity.all_to_all(3, 0), ValueError, r"n_post must be an integer >= 1"),
    ("with_weights of the wrong shape", lambda: connectivity.with_weights(connectivity.all_to_all(3, 4),
                                                                          np.ones(5)), ValueError,
     r"weights must be a scalar or shaped \(3, 1\) or \(3, 4\), got \(5,\)"),
    ("with_delays negative", lambda: connectivity.with_delays(connectivity.all_to_all(3, 4), -1.0, 0.1),
     ValueError, r"delay must be finite and >= 0 ms"),
    ("with_delays off the grid", lambda: connectivity.with_delays(connectivity.all_to_all(3, 4), 0.15, 0.1),
     ValueError, r"delay must be whole steps of dt = 0.1 ms, got \[0.15\] ms"),
    # delays of a DDE
    ("delay.init delay off the grid", lambda: delay.init(1.0, delays=(1.05,), dt=0.1), ValueError,
     r"delays must be whole multiples of dt = 0.1 and at least 2 dt"),
    ("delay.init delay of one step", lambda: delay.init(1.0, delays=(0.1,), dt=0.1), ValueError,
     r"at least 2 dt"),
    ("delay.init dt = 0", lambda: delay.init(1.0, delays=(1.0,), dt=0.0), ValueError, r"dt must be a finite number > 0"),
    ("delay.step unknown method", lambda: delay.step(lambda t, y, yd, a: -yd[0], 0.0,
                                                     delay.init(1.0, (1.0,), 0.1), 0.1, method="rk2"),
     ValueError, r"method must be one of \['euler', 'heun', 'rk4'\]"),
    # inputs
    ("poisson rate < 0", lambda: inputs.poisson_spikes(KEY, -5.0, 0.1, (10,)), ValueError,
     r"rate \* dt must lie in \[0, 1000\] Hz·ms"),
    ("poisson rate * dt > 1", lambda: inputs.poisson_spikes(KEY, 20_000.0, 0.1, (10,)), ValueError,
     r"one spike per step at most"),
    ("sections of two lengths", lambda: inputs.sections([1.0, 2.0], [10.0]), ValueError,
     r"values and durations must be 1-D of one length"),
    ("sections negative duration", lambda: inputs.sections([1.0], [-10.0]), ValueError, r"durations must be >= 0 ms"),
    ("ramp backwards", lambda: inputs.ramp(10.0, 5.0, 0.0, 1.0), ValueError, r"t_stop must be > t_start = 10.0"),
    # fractional order
    ("fractional alpha < 0", lambda: fractional.grunwald_letnikov(lambda t, y, a: -y, 0.0, fractional.init(
        jnp.ones(2), 5), 0.1, -0.5), ValueError, r"alpha \(the fractional order\) must lie in \(0, 1\], got -0.5"),
    ("fractional alpha > 1", lambda: fractional.grunwald_letnikov(lambda t, y, a: -y, 0.0, fractional.init(
        jnp.ones(2), 5), 0.1, 1.5), ValueError, r"must lie in \(0, 1\]"),
    ("fractional memory = 0", lambda: fractional.init(jnp.ones(2), 0), ValueError, r"memory must be an integer >= 1"),
    # measures
    ("firing_rates duration = 0", lambda: measures.firing_rates(SPIKES, 0.0), ValueError,
     r"duration must be a finite number > 0"),
    ("isi_cv min_spikes = 1", lambda: measures.isi_cv(SPIKES, 1), ValueError, r"min_spikes must be an integer >= 2"),
    ("smoothed_rate width < 0", lambda: measures.smoothed_rate(np.ones(10), 0.1, -1.0), ValueError,
     r"width must be a finite number > 0"),
    # the replication check
    ("claim of no kind", lambda: claim("x", 1.0, 1.0, "s", kind="paper"), ValueError, r"kind must be one of"),
    ("claim negative tolerance", lambda: claim("x", 1.0, 1.0, "s", kind="identity", rel_tol=-0.1), ValueError,
     r"rel_tol must be >= 0"),
    ("report of no claims", lambda: report([]), ValueError, r"report needs at least one claim"),
    # models
    ("lif step with a bad method", lambda: nr.make_step(lif.vector_field, "rk45"), ValueError, r"method must be one of"),
]


@pytest.mark.parametrize("call, error, message", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_a_clear_error(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_the_table_covers_at_least_seventy_cases():
    assert len(CASES) >= 70
