"""Outputs go under the folder the caller names, the environment's, or the current directory; data files come
from the installed package."""

from pathlib import Path

from ombudsman_discourse import paths


def test_the_output_root_is_the_callers_then_the_environments_then_here(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.OUTPUT_VARIABLE, raising=False)
    assert paths.output_root() == Path(".")
    assert paths.results_dir("x") == Path("results/x") and paths.figures_dir("x") == Path("figures/x")
    monkeypatch.setenv(paths.OUTPUT_VARIABLE, str(tmp_path))
    assert paths.report_dir("x") == tmp_path / "report" / "x"
    assert paths.results_dir("x", "elsewhere") == Path("elsewhere/results/x")


def test_relative_names_a_file_under_the_root_without_machine_folders(tmp_path):
    assert paths.relative(tmp_path / "figures" / "x" / "a.png", tmp_path) == "figures/x/a.png"
    assert paths.relative("/somewhere/else/a.png", tmp_path) == "a.png"


def test_data_files_are_read_from_the_package():
    assert "rights_claim" in paths.data_text("codebook", "cues.yml")
    assert "the" in paths.data_words("stopwords.txt")
    assert all(not w.startswith("#") and w == w.strip() for w in paths.data_words("abbreviations.txt"))
