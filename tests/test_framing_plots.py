from ombudsman_discourse.framing.plots import (
    plot_actor_claim_heatmap,
    plot_acts,
    plot_evaluation_arc,
    plot_frames,
    plot_rights,
    plot_stance_per_answer,
)
from ombudsman_discourse.report.figure_files import save_figure


def families(codebook, rights):
    return {f: label for f, label in codebook.families.items() if (rights["family"] == f).any()}


def test_framing_figures_show_their_data(seed_tables, seed_analysis):
    codebook = seed_analysis.codebook
    claim_types, actors = codebook.labels("claim_type"), codebook.labels("actor")
    heat = plot_actor_claim_heatmap(seed_tables["actor_claims"], claim_types, "x").axes[0]
    assert len(heat.texts) == len(actors) * len(claim_types)
    rights = seed_tables["rights"]
    ax = plot_rights(rights, families(codebook, rights), "x").axes[0]
    assert len(ax.patches) == len(codebook.labels("right"))  # one bar per right, silences at zero
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert all(name in labels for name in rights["name"]) and "civil and political rights" in labels
    frames = plot_frames(seed_tables["frames"], "x").axes[0]
    assert len(frames.patches) == len(codebook.labels("frame"))
    assert "economy and development" in [t.get_text() for t in frames.get_yticklabels()]
    arc = plot_evaluation_arc(seed_tables["claims"], "x").axes[0]
    assert [t.get_text() for t in arc.texts] == ["Q1", "Q2", "Q3", "Q4"]
    stance = plot_stance_per_answer(seed_tables["stance"], codebook.labels("stance"), "x").axes[0]
    assert stance.get_xticklabels()[-1].get_text() == "whole interview"
    assert len(stance.patches) == len(codebook.labels("stance")) * len(seed_tables["stance"])


def test_silent_rights_are_labelled(seed_tables, seed_analysis):
    rights = seed_tables["rights"]
    texts = [t.get_text() for t in plot_rights(rights, families(seed_analysis.codebook, rights), "x").axes[0].texts]
    assert texts.count("never invoked") == int((rights["sentences"] == 0).sum())
    done = rights.assign(sentences=0, achievement=0, problem=0, commitment=0)
    done.loc[0, ["sentences", "achievement", "problem"]] = [3, 1, 2]
    texts = [t.get_text() for t in plot_rights(done, families(seed_analysis.codebook, done), "x").axes[0].texts]
    assert "3  (1 achievement, 2 problem)" in texts


def test_acts_figure_places_each_act(seed_tables):
    acts = seed_tables["acts"].assign(sentences=0, home=0, abroad=0, both=0, unplaced=0)
    fig = plot_acts(acts, "x")
    assert "No sentence states a violation act" in fig.axes[0].texts[0].get_text()
    acts.loc[0, ["sentences", "home", "abroad", "both", "unplaced"]] = [4, 2, 2, 1, 1]
    ax = plot_acts(acts, "x").axes[0]
    widths = [p.get_width() for p in ax.patches]  # at home only, both, abroad only, not placed
    assert widths == [1, 1, 1, 1]


def test_empty_claims_give_a_sentence(seed_tables):
    fig = plot_evaluation_arc(seed_tables["claims"].head(0), "x")
    assert "no interviewee sentences" in fig.axes[0].texts[0].get_text()


def test_framing_figures_are_byte_stable(seed_tables, seed_analysis, tmp_path):
    claim_types = seed_analysis.codebook.labels("claim_type")
    draw = lambda: plot_actor_claim_heatmap(seed_tables["actor_claims"], claim_types, "x")  # noqa: E731
    assert save_figure(draw(), tmp_path / "a.png").read_bytes() == save_figure(draw(), tmp_path / "b.png").read_bytes()
