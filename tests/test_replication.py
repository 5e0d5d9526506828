"""The replication check passes true claims and raises on false ones."""

import math

import pytest

from neurorepro.replication import ReplicationFailed, claim, counts, report


def test_claims_pass_and_fail_as_stated():
    P = dict(kind="published")
    assert claim("abs", 1.05, 1.0, "s", abs_tol=0.1, **P).passed
    assert not claim("abs", 1.2, 1.0, "s", abs_tol=0.1, **P).passed
    assert claim("rel", 105.0, 100.0, "s", rel_tol=0.1, **P).passed
    assert not claim("rel", 111.0, 100.0, "s", rel_tol=0.1, **P).passed
    assert claim("range", 5, (3, 7), "s", **P).passed
    assert not claim("range", 8, (3, 7), "s", **P).passed
    assert claim("exact", 3, 3, "s", **P).passed
    assert not claim("exact", 4, 3, "s", **P).passed
    assert not claim("nan", math.nan, 1.0, "s", abs_tol=10.0, **P).passed


def test_report_prints_table_counts_and_raises_on_failure(capsys):
    report([claim("good", 1.0, 1.0, "Fig. 1", kind="figure", abs_tol=0.1)])
    out = capsys.readouterr().out
    assert "figure         1 of 1   reproduced" in out
    assert "summary: published 1/1 · other checks 0/0 · stated non-reproductions 0" in out
    with pytest.raises(ReplicationFailed, match="not reproduced: bad"):
        report([claim("good", 1.0, 1.0, "Fig. 1", kind="figure", abs_tol=0.1),
                claim("bad", 2.0, 1.0, "Fig. 2", kind="figure", abs_tol=0.1)])
    out = capsys.readouterr().out
    assert "NO" in out and "Fig. 2" in out


def test_a_stated_non_reproduction_is_counted_not_raised_and_never_goes_stale(capsys):
    stated = claim("period", 5.6, 5.1, "Table 2", kind="published", rel_tol=0.01,
                   not_reproduced="we find 5.6 ms")
    identity = claim("x = x", 1.0, 1.0, "closed form", kind="identity")
    report([stated, identity])
    out = capsys.readouterr().out
    assert stated.outcome == "not reproduced" and "- period: we find 5.6 ms" in out
    assert "summary: published 0/1 · other checks 1/1 · stated non-reproductions 1" in out
    assert counts([stated, identity])["published"] == {"compared": 1, "reproduced": 0, "not_reproduced": 1}
    now_passes = claim("period", 5.1, 5.1, "Table 2", kind="published", rel_tol=0.01, not_reproduced="was 5.6")
    with pytest.raises(ReplicationFailed, match="now passes"):
        report([now_passes])


def test_claim_arguments_are_checked():
    with pytest.raises(ValueError, match="range takes no"):
        claim("x", 1.0, (0, 2), "s", kind="published", abs_tol=0.1)
    with pytest.raises(ValueError, match="abs_tol must be >= 0"):
        claim("x", 1.0, 1.0, "s", kind="published", abs_tol=-1.0)
    with pytest.raises(ValueError, match="kind must be one of published, figure"):
        claim("x", 1.0, 1.0, "s", kind="paper")
    with pytest.raises(TypeError, match="kind"):
        claim("x", 1.0, 1.0, "s")
    with pytest.raises(ValueError, match="must name its figure"):
        claim("x", 1.0, 1.0, "Table 1", kind="figure")
    with pytest.raises(ValueError, match="must name its data file"):
        claim("x", 1.0, 1.0, "Brian 2", kind="reference")
    with pytest.raises(ValueError, match="not_reproduced must be a non-empty reason"):
        claim("x", 1.0, 1.0, "s", kind="published", not_reproduced=" ")
    with pytest.raises(ValueError, match="at least one claim"):
        report([])


def test_reference_data_are_found_in_the_checkout_and_the_repository_is_configured():
    import tomllib
    from pathlib import Path

    from neurorepro import reference

    summary = reference.load_json("brette_2007_coba/brian2_reference.json")["summary"]
    assert summary["rate_excitatory_hz"]["mean"] > 0
    config = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())["tool"]["neurorepro"]
    assert (reference.REPOSITORY, reference.BRANCH) == (config["repository"], config["branch"])
    assert reference._local("no/such/file.json") is None
