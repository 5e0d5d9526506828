"""The replication check passes true claims and raises on false ones."""

import math

import pytest

from neurorepro.replication import ReplicationFailed, claim, report


def test_claims_pass_and_fail_as_stated():
    assert claim("abs", 1.05, 1.0, "s", abs_tol=0.1).passed
    assert not claim("abs", 1.2, 1.0, "s", abs_tol=0.1).passed
    assert claim("rel", 105.0, 100.0, "s", rel_tol=0.1).passed
    assert not claim("rel", 111.0, 100.0, "s", rel_tol=0.1).passed
    assert claim("range", 5, (3, 7), "s").passed
    assert not claim("range", 8, (3, 7), "s").passed
    assert claim("exact", 3, 3, "s").passed
    assert not claim("exact", 4, 3, "s").passed
    assert not claim("nan", math.nan, 1.0, "s", abs_tol=10.0).passed


def test_report_prints_table_and_raises_on_failure(capsys):
    report([claim("good", 1.0, 1.0, "Fig. 1", abs_tol=0.1)])
    assert "1 of 1 claims reproduced" in capsys.readouterr().out
    with pytest.raises(ReplicationFailed, match="not reproduced: bad"):
        report([claim("good", 1.0, 1.0, "Fig. 1", abs_tol=0.1), claim("bad", 2.0, 1.0, "Fig. 2", abs_tol=0.1)])
    out = capsys.readouterr().out
    assert "NO" in out and "Fig. 2" in out


def test_claim_arguments_are_checked():
    with pytest.raises(ValueError, match="range takes no"):
        claim("x", 1.0, (0, 2), "s", abs_tol=0.1)
    with pytest.raises(ValueError, match="abs_tol must be >= 0"):
        claim("x", 1.0, 1.0, "s", abs_tol=-1.0)
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
