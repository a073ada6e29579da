import pytest

from ombudsman_discourse.report.figure_files import figure_image, save_figure
from ombudsman_discourse.text.plots import plot_structure


def test_structure_figure_is_byte_stable(seed, tmp_path):
    first = save_figure(plot_structure(seed.paragraphs), tmp_path / "a.png").read_bytes()
    second = save_figure(plot_structure(seed.paragraphs), tmp_path / "b.png").read_bytes()
    assert first == second and first.startswith(b"\x89PNG")
    assert b"Software" not in first and b"Creation" not in first


def test_png_gets_a_byte_stable_svg_copy(seed, tmp_path):
    save_figure(plot_structure(seed.paragraphs), tmp_path / "a.png")
    save_figure(plot_structure(seed.paragraphs), tmp_path / "b.png")
    a, b = (tmp_path / "a.svg").read_bytes(), (tmp_path / "b.svg").read_bytes()
    assert a == b and a.startswith(b"<?xml")
    assert b"<dc:date>" not in a and b"Matplotlib v" not in a


def test_svg_copy_can_be_switched_off(seed, tmp_path):
    save_figure(plot_structure(seed.paragraphs), tmp_path / "a.png", svg_copy=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png"]


def test_svg_alone_and_unknown_suffix(seed, tmp_path):
    svg = save_figure(plot_structure(seed.paragraphs), tmp_path / "a.svg").read_text(encoding="utf-8")
    assert "<dc:date>" not in svg and sorted(p.name for p in tmp_path.iterdir()) == ["a.svg"]
    with pytest.raises(ValueError, match=r"must end in \.png or \.svg"):
        save_figure(plot_structure(seed.paragraphs), tmp_path / "a.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.svg"]


def test_structure_figure_shows_every_paragraph_and_numbers_questions(seed):
    fig = plot_structure(seed.paragraphs)
    ax = fig.axes[0]
    assert len(ax.patches) == len(seed.paragraphs)
    assert [t.get_text() for t in ax.texts] == ["Q1", "Q2", "Q3", "Q4"]
    assert ax.get_ylabel() == "words per paragraph"


def test_figure_image_shows_the_saved_file_at_design_size(seed, tmp_path):
    fig = plot_structure(seed.paragraphs)
    path = save_figure(fig, tmp_path / "a.png")
    image = figure_image(path)
    assert image.data == path.read_bytes()
    assert image.width == round(fig.get_figwidth() * 100)  # 150 dpi pixels shown at 100 px per inch
    assert image.alt == "Figure a.png"  # not a report figure: its name
    named = figure_image(save_figure(fig, tmp_path / "01_interview_structure.png"))
    assert named.alt.startswith("Bar chart: words per paragraph")
    with pytest.raises(ValueError, match="not a PNG"):
        figure_image(save_figure(fig, tmp_path / "b.svg"))
