import pytest

from ombudsman_discourse.keywords.plots import plot_dispersion, plot_keyness, plot_rights_collocates, plot_rights_types
from ombudsman_discourse.keywords.stage import keyword_tables
from ombudsman_discourse.report.figure_files import save_figure


@pytest.fixture(scope="module")
def tables(seed):
    return keyword_tables(seed)


def test_keyness_figure_shows_top_words_with_bands(seed, tables):
    fig = plot_keyness(tables["keyness"], seed.meta.interview_id, top=10)
    ax = fig.axes[0]
    assert len(ax.patches) == 10
    labels = [t.get_text() for t in ax.get_yticklabels()]
    key = tables["keyness"].set_index("word")
    ratios = [key.loc[w, "log_ratio"] for w in labels]
    assert ratios == sorted(ratios)  # the strongest at the top
    assert not key.loc[labels, "stopword"].any() and key.loc[labels, "in_reference"].all()
    hatched = {label for label, bar in zip(labels, ax.patches) if bar.get_hatch()}
    assert hatched == {w for w in labels if key.loc[w, "capitalised"]} and "kazakhstan" in hatched
    assert ax.get_legend().get_title().get_text() == "G² band"


def test_dispersion_figure_marks_every_question(seed, tables):
    fig = plot_dispersion(seed.tokens, tables["dispersion"], seed.meta.interview_id)
    ax = fig.axes[0]
    assert [t.get_text().strip() for t in ax.texts] == ["Q1", "Q2", "Q3", "Q4"]
    assert ax.get_yticklabels()[0].get_text().startswith("rights (DP ")


def test_rights_figures(seed, tables):
    types = plot_rights_types(tables["rights_types"], seed.meta.interview_id)
    assert types.axes[0].get_yticklabels()[-1].get_text() == "human rights"  # largest at the top
    coll = plot_rights_collocates(tables["rights_collocates"], seed.meta.interview_id)
    labels = [t.get_text() for t in coll.axes[0].get_yticklabels()]
    assert labels[-1] == tables["rights_collocates"].iloc[0]["collocate"] == "commissioner"  # strongest at the top
    assert "human" not in labels  # part of the node "human rights", not its collocate


def test_empty_tables_give_a_sentence_not_an_empty_chart(seed, tables):
    fig = plot_rights_types(tables["rights_types"].head(0), "x")
    assert fig.axes[0].texts[0].get_text() == "The answers name no rights."
    fig = plot_dispersion(seed.tokens, tables["dispersion"].head(0), "x")
    assert "No keyword" in fig.axes[0].texts[0].get_text()


def test_keyword_figures_are_byte_stable(seed, tables, tmp_path):
    a = save_figure(plot_keyness(tables["keyness"], "x"), tmp_path / "a.png").read_bytes()
    b = save_figure(plot_keyness(tables["keyness"], "x"), tmp_path / "b.png").read_bytes()
    assert a == b
