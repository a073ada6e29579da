import pytest

from ombudsman_discourse.claim_plots import (
    plot_actor_claim_heatmap,
    plot_claim_types_by_turn,
    plot_evaluation_arc,
    plot_evidence_by_claim_type,
    plot_rights_domains,
    plot_stance_per_answer,
)
from ombudsman_discourse.claim_stage import claim_tables
from ombudsman_discourse.figures import save_figure


@pytest.fixture(scope="module")
def tables(seed):
    return claim_tables(seed)


def test_claim_figures_show_their_data(tables):
    claims = tables["claims"]
    bars = plot_claim_types_by_turn(claims, "x").axes[0].patches
    assert (
        sum(b.get_height() for b in bars)
        == claims[["achievement", "commitment", "recognition", "attribution", "problem", "cooperation"]]
        .to_numpy()
        .sum()
    )
    heat = plot_actor_claim_heatmap(tables["actor_claims"], "x").axes[0]
    assert len(heat.texts) == 8 * 6
    domains = plot_rights_domains(tables["rights_domains"], "x").axes[0]
    assert len(domains.patches) == 6
    arc = plot_evaluation_arc(claims, "x").axes[0]
    assert [t.get_text() for t in arc.texts] == ["Q1", "Q2", "Q3", "Q4"]
    stance = plot_stance_per_answer(tables["stance"], "x").axes[0]
    assert stance.get_xticklabels()[-1].get_text() == "whole interview"
    assert plot_evidence_by_claim_type(claims, "x").axes[0].get_xlabel() == "% of the claim type's sentences"


def test_silent_domains_are_labelled(tables):
    domains = tables["rights_domains"].assign(sentences=[3, 0, 0, 1, 2, 5])
    texts = [t.get_text() for t in plot_rights_domains(domains, "x").axes[0].texts]
    assert texts.count("not invoked") == 2


def test_empty_claims_give_a_sentence(tables):
    fig = plot_evaluation_arc(tables["claims"].head(0), "x")
    assert "no interviewee sentences" in fig.axes[0].texts[0].get_text()


def test_claim_figures_are_byte_stable(tables, tmp_path):
    a = save_figure(plot_actor_claim_heatmap(tables["actor_claims"], "x"), tmp_path / "a.png").read_bytes()
    b = save_figure(plot_actor_claim_heatmap(tables["actor_claims"], "x"), tmp_path / "b.png").read_bytes()
    assert a == b
