"""Connectivity builders, event-driven propagation against a dense product, delays, synapses."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import neurorepro as nr
from neurorepro import connectivity, synapses


def random_spikes(seed, n, p):
    return jax.random.bernoulli(jax.random.key(seed), p, (n,))


@pytest.mark.parametrize("max_events", [None, 3, 40, 1000])
def test_event_driven_propagation_equals_dense_product(max_events):
    conn = connectivity.fixed_probability(jax.random.key(0), 300, 200, 0.1)
    weights = jax.random.normal(jax.random.key(1), conn.targets.shape)  # per-synapse weights
    conn = connectivity.with_weights(conn, weights)
    dense = conn.to_dense()
    for seed, p in [(2, 0.0), (3, 0.02), (4, 0.3), (5, 1.0)]:
        spikes = random_spikes(seed, 300, p)
        np.testing.assert_allclose(nr.propagate(conn, spikes, max_events), spikes @ dense, atol=1e-12)


def test_homogeneous_weights_and_indegree_builder():
    conn = connectivity.fixed_indegree(jax.random.key(0), 500, 100, 30, weight=0.25)
    dense = np.asarray(conn.to_dense())
    np.testing.assert_allclose(dense.sum(axis=0), 30 * 0.25)  # every target gets exactly k inputs
    spikes = random_spikes(6, 500, 0.1)
    np.testing.assert_allclose(nr.propagate(conn, spikes, max_events=80), spikes @ dense, atol=1e-12)


@pytest.mark.parametrize("per_synapse", [False, True])
def test_combined_projections_equal_separate_propagation(per_synapse):
    n_post = 150
    exc = connectivity.fixed_probability(jax.random.key(0), 120, n_post, 0.1, weight=0.5)
    inh = connectivity.fixed_indegree(jax.random.key(1), 30, n_post, 4, weight=-2.0)
    if per_synapse:
        exc = connectivity.with_weights(exc, jax.random.normal(jax.random.key(2), exc.targets.shape))
    combined = nr.combine(exc, inh)
    assert (combined.n_pre, combined.n_post) == (150, 2 * n_post)
    for seed, p in [(3, 0.0), (4, 0.05), (5, 0.5)]:
        spikes = random_spikes(seed, 150, p)
        got = nr.propagate(combined, spikes, max_events=4).reshape(2, n_post)
        np.testing.assert_allclose(got[0], spikes[:120] @ exc.to_dense(), atol=1e-12)
        np.testing.assert_allclose(got[1], spikes[120:] @ inh.to_dense(), atol=1e-12)
    with pytest.raises(ValueError, match="share n_post"):
        nr.combine(exc, connectivity.all_to_all(3, 7))


def test_combined_projections_keep_their_delays():
    exc = connectivity.with_delays(connectivity.all_to_all(2, 3, 1.0), 0.2, 0.1)  # 2 steps
    inh = connectivity.all_to_all(1, 3, -1.0)                                      # no delay
    combined = nr.combine(exc, inh)
    buffer = nr.delay_buffer(combined)
    received = []
    for i in range(4):
        spikes = jnp.array([i == 0, False, i == 0])
        arriving, buffer = nr.transmit(combined, spikes, buffer, i)
        received.append(np.asarray(arriving).reshape(2, 3))
    np.testing.assert_array_equal([r[0, 0] for r in received], [0, 0, 1, 0])
    np.testing.assert_array_equal([r[1, 0] for r in received], [-1, 0, 0, 0])


def test_fixed_probability_has_the_binomial_number_of_synapses():
    n_pre, n_post, p = 2000, 1500, 0.02
    conn = connectivity.fixed_probability(jax.random.key(3), n_pre, n_post, p)
    mean, sd = n_pre * n_post * p, np.sqrt(n_pre * n_post * p * (1 - p))
    assert abs(conn.n_synapses - mean) < 5 * sd
    # no duplicate targets in a row, and every target in range
    targets = np.asarray(conn.targets)
    for row in targets[:50]:
        real = row[row < n_post]
        assert len(np.unique(real)) == len(real)
    # out-degrees are Binomial(n_post, p): their variance matches n p (1 - p)
    degrees = np.asarray(conn.mask.sum(axis=1))
    assert np.var(degrees) == pytest.approx(n_post * p * (1 - p), rel=0.15)


def test_all_to_all_and_autapses():
    np.testing.assert_array_equal(connectivity.all_to_all(3, 4, 2.0).to_dense(), np.full((3, 4), 2.0))
    no_self = connectivity.all_to_all(5, 5, autapses=False).to_dense()
    np.testing.assert_array_equal(no_self, 1.0 - np.eye(5))
    sparse = connectivity.fixed_probability(jax.random.key(1), 50, 50, 0.5, autapses=False)
    assert np.all(np.diag(sparse.to_dense()) == 0)
    indegree = connectivity.fixed_indegree(jax.random.key(1), 20, 20, 10, autapses=False)
    assert np.all(np.diag(indegree.to_dense()) == 0)


def test_from_pairs_keeps_per_synapse_values():
    conn = connectivity.from_pairs([0, 0, 2], [1, 3, 1], 3, 4, weights=[0.5, 1.5, -2.0], delays=[1, 0, 2])
    expected = np.zeros((3, 4))
    expected[0, 1], expected[0, 3], expected[2, 1] = 0.5, 1.5, -2.0
    np.testing.assert_array_equal(conn.to_dense(), expected)


@pytest.mark.parametrize("delay_ms", [0.0, 0.1, 0.5, 2.0])
def test_homogeneous_delay_shifts_input_by_exactly_the_delay(delay_ms):
    dt = 0.1
    conn = connectivity.fixed_probability(jax.random.key(0), 40, 30, 0.3, weight=1.0)
    delayed = connectivity.with_delays(conn, delay_ms, dt)
    d = int(round(delay_ms / dt))
    spike_trains = jax.random.bernoulli(jax.random.key(1), 0.1, (60, 40))

    def step(buffer, inputs):
        i, spikes = inputs
        arriving, buffer = nr.transmit(delayed, spikes, buffer, i, max_events=8)
        return buffer, arriving

    _, received = jax.lax.scan(step, nr.delay_buffer(delayed), (jnp.arange(60), spike_trains))
    received = np.asarray(received)
    undelayed = np.asarray(jax.vmap(lambda s: nr.propagate(conn, s))(spike_trains))
    np.testing.assert_allclose(received[d:], undelayed[: len(undelayed) - d], atol=1e-12)
    assert np.all(received[:d] == 0)


def test_per_synapse_delays_deliver_each_spike_at_its_own_delay():
    dt = 0.5
    pre, post = [0, 0, 1], [0, 1, 1]
    conn = connectivity.from_pairs(pre, post, 2, 2, weights=[1.0, 2.0, 4.0])
    conn = connectivity.with_delays(conn, np.array([[0.0, 1.5], [2.5, 0.0]]), dt)  # 0, 3 | 5 steps
    buffer = nr.delay_buffer(conn)
    arrivals = []
    for i in range(8):
        spikes = jnp.array([i == 0, i == 1])
        arriving, buffer = nr.transmit(conn, spikes, buffer, i)
        arrivals.append(np.asarray(arriving))
    arrivals = np.asarray(arrivals)
    expected = np.zeros((8, 2))
    expected[0, 0] = 1.0  # 0 -> 0, delay 0
    expected[3, 1] = 2.0  # 0 -> 1, delay 3 steps
    expected[6, 1] = 4.0  # 1 -> 1, emitted at step 1, delay 5 steps
    np.testing.assert_array_equal(arrivals, expected)


def test_exponential_synapse_decays_exactly():
    g = synapses.exponential(jnp.array(2.0), tau=5.0, dt=1.0, arriving=0.5)
    assert float(g) == pytest.approx(2.0 * np.exp(-0.2) + 0.5)
    assert float(synapses.conductance_current(10.0, 0.0, -60.0)) == pytest.approx(600.0)


@pytest.mark.parametrize("builder, message", [
    (lambda: connectivity.fixed_probability(jax.random.key(0), 10, 10, 1.5), r"p must lie in \[0, 1\]"),
    (lambda: connectivity.fixed_probability(jax.random.key(0), 10, 10, -0.1), r"p must lie in \[0, 1\]"),
    (lambda: connectivity.fixed_probability(jax.random.key(0), 0, 10, 0.1), "n_pre must be an integer >= 1"),
    (lambda: connectivity.fixed_indegree(jax.random.key(0), 10, 10, -1), "k must be an integer >= 0"),
    (lambda: connectivity.with_delays(connectivity.all_to_all(2, 2), -1.0, 0.1), "delay must be finite and >= 0 ms"),
    (lambda: connectivity.with_delays(connectivity.all_to_all(2, 2), 1.0, 0.0), "dt must be a finite number > 0"),
    (lambda: connectivity.from_pairs([0], [1], 2, 2, delays=[-1]), "delays must be >= 0 steps"),
    (lambda: connectivity.from_pairs([0, 1], [1], 2, 2), "pre and post must be 1-D arrays of one length"),
    (lambda: connectivity.with_weights(connectivity.all_to_all(2, 3), jnp.ones(4)), "weights must be a scalar or shaped"),
    (lambda: nr.propagate(connectivity.all_to_all(2, 3), jnp.ones(3, bool)), r"spikes must have shape \(2,\)"),
])
def test_bad_network_input_raises_clear_errors(builder, message):
    with pytest.raises(ValueError, match=message):
        builder()


def test_propagation_under_vmap_takes_as_many_passes_as_the_busiest_entry():
    conn = connectivity.fixed_probability(jax.random.key(0), 200, 150, 0.1, weight=0.5)
    spikes = jnp.stack([random_spikes(1, 200, 0.01), random_spikes(2, 200, 0.5), jnp.zeros(200, bool)])
    batched = jax.vmap(lambda s: nr.propagate(conn, s, max_events=8))(spikes)
    np.testing.assert_allclose(batched, spikes @ conn.to_dense(), atol=1e-12)
    with pytest.raises(ValueError, match="max_events must be an integer >= 1"):
        nr.propagate(conn, spikes[0], max_events=0)


@pytest.mark.parametrize("n", [1, 5, 32, 33, 1000, 4097, 40_000])
def test_spiking_rows_equal_nonzero(n):
    from neurorepro.propagation import _spiking_rows

    for p in (0.0, 0.01, 0.5, 1.0):
        spikes = random_spikes(n, n, p)
        for size in (1, 7, n + 3):
            np.testing.assert_array_equal(_spiking_rows(spikes, size), jnp.nonzero(spikes, size=size, fill_value=n)[0])


@pytest.mark.parametrize("neuron, synapse", [("lif", "conductance"), ("lif", "current"),
                                             ("hh_traub", "conductance")])
def test_ei_network_step_equals_a_dense_reference(neuron, synapse):
    """The recipe against the equations written out with a dense weight matrix: exponential
    Euler of the membrane with the synaptic current inside the field, exact synaptic decay,
    spikes arriving one step later."""
    from dataclasses import replace

    from neurorepro import ei_network, integrators, models

    model = getattr(models, neuron)
    n_e, n_i = 160, 40
    n = n_e + n_i
    w_e, w_i = (6.0, 67.0) if synapse == "conductance" else (150.0, -800.0)
    conn = ei_network.connect(jax.random.key(0), jax.random.key(1), n_e, n_i, w_e, w_i, p=0.1)
    neuron_params = model.Params(I=jnp.linspace(100.0, 400.0, n)) if neuron == "lif" else model.Params()
    params = ei_network.Params(neuron=neuron_params, synapses=conn)
    v0 = -60.0 + 12.0 * jax.random.uniform(jax.random.key(2), (n,))
    spiking = model.init(v0) if neuron == "lif" else model.init(v0, neuron_params)
    state = ei_network.State(spiking, 10.0 * jnp.ones(n), 30.0 * jnp.ones(n))
    step = ei_network.make_step(model, synapse, spikes_per_pass=7)
    dense = np.asarray(conn.to_dense())  # [n_pre, 2 n]: columns n.. are the inhibitory targets

    def reference(state, clock):
        def field(t, y, _):
            current = (state.x_e * (params.E_e - y.v) + state.x_i * (params.E_i - y.v)
                       if synapse == "conductance" else state.x_e + state.x_i)
            return model.vector_field(t, y, replace(neuron_params, I=neuron_params.I + current))

        y = integrators.exponential_euler(field, clock.t, state.neuron.y, clock.dt, None)
        y, spike = model.event(state.neuron.y, y, neuron_params, clock)
        arriving = spike.astype(float) @ dense
        decay_e, decay_i = np.exp(-clock.dt / params.tau_e), np.exp(-clock.dt / params.tau_i)
        return ei_network.State(nr.Spiking(y, spike), state.x_e * decay_e + arriving[:n],
                                state.x_i * decay_i + arriving[n:])

    expected, total_spikes = state, 0
    for i in range(300):
        clock = nr.Clock(t=i * 0.05, dt=0.05, i=i)
        state, expected = step(state, params, clock), reference(expected, clock)
        np.testing.assert_array_equal(state.neuron.spike, expected.neuron.spike)
        for a, b in zip(jax.tree.leaves(state), jax.tree.leaves(expected)):
            np.testing.assert_allclose(a, b, rtol=1e-9, atol=1e-9)
        total_spikes += int(state.neuron.spike.sum())
    assert total_spikes > 20  # the comparison covers spikes and their arrival
