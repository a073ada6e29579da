from ombudsman_discourse.framing.plots import (
    plot_actor_claim_heatmap,
    plot_evaluation_arc,
    plot_rights_domains,
    plot_stance_per_answer,
)
from ombudsman_discourse.report.figure_files import save_figure


def test_framing_figures_show_their_data(seed_tables, seed_analysis):
    codebook = seed_analysis.codebook
    claim_types, actors = codebook.labels("claim_type"), codebook.labels("actor")
    heat = plot_actor_claim_heatmap(seed_tables["actor_claims"], claim_types, "x").axes[0]
    assert len(heat.texts) == len(actors) * len(claim_types)
    domains = plot_rights_domains(seed_tables["rights_domains"], "x").axes[0]
    assert len(domains.patches) == len(codebook.labels("rights_domain"))
    arc = plot_evaluation_arc(seed_tables["claims"], "x").axes[0]
    assert [t.get_text() for t in arc.texts] == ["Q1", "Q2", "Q3", "Q4"]
    stance = plot_stance_per_answer(seed_tables["stance"], codebook.labels("stance"), "x").axes[0]
    assert stance.get_xticklabels()[-1].get_text() == "whole interview"
    assert len(stance.patches) == len(codebook.labels("stance")) * len(seed_tables["stance"])


def test_silent_domains_are_labelled(seed_tables):
    domains = seed_tables["rights_domains"].assign(sentences=[3, 0, 0, 1, 2, 5])
    texts = [t.get_text() for t in plot_rights_domains(domains, "x").axes[0].texts]
    assert texts.count("not invoked") == 2


def test_empty_claims_give_a_sentence(seed_tables):
    fig = plot_evaluation_arc(seed_tables["claims"].head(0), "x")
    assert "no interviewee sentences" in fig.axes[0].texts[0].get_text()


def test_framing_figures_are_byte_stable(seed_tables, seed_analysis, tmp_path):
    claim_types = seed_analysis.codebook.labels("claim_type")
    draw = lambda: plot_actor_claim_heatmap(seed_tables["actor_claims"], claim_types, "x")  # noqa: E731
    assert save_figure(draw(), tmp_path / "a.png").read_bytes() == save_figure(draw(), tmp_path / "b.png").read_bytes()
