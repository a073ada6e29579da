from ombudsman_discourse.figures import save_figure
from ombudsman_discourse.plots import plot_structure


def test_structure_figure_is_byte_stable(seed, tmp_path):
    first = save_figure(plot_structure(seed.paragraphs), tmp_path / "a.png").read_bytes()
    second = save_figure(plot_structure(seed.paragraphs), tmp_path / "b.png").read_bytes()
    assert first == second and first.startswith(b"\x89PNG")
    assert b"Software" not in first and b"Creation" not in first


def test_structure_figure_shows_every_paragraph_and_numbers_questions(seed):
    fig = plot_structure(seed.paragraphs)
    ax = fig.axes[0]
    assert len(ax.patches) == len(seed.paragraphs)
    assert [t.get_text() for t in ax.texts] == ["Q1", "Q2", "Q3", "Q4"]
    assert ax.get_ylabel() == "words per paragraph"


def test_svg_has_no_date(seed, tmp_path):
    svg = save_figure(plot_structure(seed.paragraphs), tmp_path / "a.svg").read_text(encoding="utf-8")
    assert "<dc:date>" not in svg
