from ombudsman_discourse.claims.plots import plot_claim_types_by_turn, plot_evidence_by_claim_type
from ombudsman_discourse.report.figure_files import save_figure


def test_claim_figures_show_their_data(seed_tables, seed_analysis):
    claim_types = seed_analysis.codebook.labels("claim_type")
    by_turn = seed_tables["claims_by_turn"]
    bars = plot_claim_types_by_turn(by_turn, claim_types, "x").axes[0].patches
    assert sum(b.get_height() for b in bars) == seed_tables["claims"][claim_types].to_numpy().sum()
    assert len(bars) == len(by_turn) * len(claim_types)
    kinds = seed_analysis.codebook.labels("evidence")
    ax = plot_evidence_by_claim_type(seed_tables["evidence_by_claim_type"], kinds, "x").axes[0]
    assert ax.get_xlabel() == "% of the claim type's sentences"
    assert [t.get_text() for t in ax.get_yticklabels()] == [c.replace("_", " ") for c in claim_types]
    assert len(ax.lines) == len(kinds)  # one set of dots per kind of evidence, from the codebook


def test_empty_coding_gives_a_sentence(seed_tables, seed_analysis):
    claim_types = seed_analysis.codebook.labels("claim_type")
    fig = plot_claim_types_by_turn(seed_tables["claims_by_turn"].head(0), claim_types, "x")
    assert "no interviewee sentences" in fig.axes[0].texts[0].get_text()


def test_claim_figures_are_byte_stable(seed_tables, seed_analysis, tmp_path):
    claim_types = seed_analysis.codebook.labels("claim_type")
    draw = lambda: plot_claim_types_by_turn(seed_tables["claims_by_turn"], claim_types, "x")  # noqa: E731
    assert save_figure(draw(), tmp_path / "a.png").read_bytes() == save_figure(draw(), tmp_path / "b.png").read_bytes()
