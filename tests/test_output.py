import os

import pandas as pd
import pytest

from ombudsman_discourse.output import StageOutput, staged, write_outputs, write_tables
from ombudsman_discourse.text.plots import plot_structure

from .conftest import SEED


def test_all_targets_appear_together_with_usual_permissions(tmp_path):
    targets = [tmp_path / "a.txt", tmp_path / "sub" / "b.txt"]
    with staged(targets) as temporary:
        for tmp, text in zip(temporary, ("one", "two")):
            tmp.write_text(text)
        assert not any(t.exists() for t in targets)  # nothing in place before the block ends
    assert [t.read_text() for t in targets] == ["one", "two"]
    umask = os.umask(0)
    os.umask(umask)
    assert (targets[0].stat().st_mode & 0o777) == 0o666 & ~umask


def test_failure_leaves_old_files_and_no_temporaries(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), staged([target, tmp_path / "b.txt"]) as temporary:
        temporary[0].write_text("new")
        raise RuntimeError("half-way")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


class Unwritable(pd.DataFrame):
    def to_csv(self, *args, **kwargs):
        raise OSError("disk full")


def test_tables_are_written_with_lf_and_no_index(tmp_path):
    write_tables({"a": pd.DataFrame({"x": [1, 2], "y": ["p", "q"]})}, tmp_path)
    assert (tmp_path / "a.csv").read_bytes() == b"x,y\n1,p\n2,q\n"


def test_a_failure_leaves_the_folder_as_it_was(tmp_path):
    (tmp_path / "a.csv").write_text("old\n", encoding="utf-8")
    with pytest.raises(OSError, match="disk full"):
        write_tables({"a": pd.DataFrame({"x": [1]}), "b": Unwritable({"x": [1]})}, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]
    assert (tmp_path / "a.csv").read_text(encoding="utf-8") == "old\n"


def test_the_writer_writes_tables_and_draws_figures_only_when_asked(seed, tmp_path):
    drawn = []

    def draw():
        drawn.append(1)
        return plot_structure(seed.paragraphs)

    output = StageOutput({"t": pd.DataFrame({"x": [1]})}, {"01_interview_structure.png": draw})
    written = write_outputs(output, tmp_path / "r", None)
    assert list(written.tables) == ["t"] and written.figures == {} and drawn == []
    written = write_outputs(output, tmp_path / "r", tmp_path / "f", svg=False)
    assert drawn == [1] and sorted(p.name for p in (tmp_path / "f").iterdir()) == ["01_interview_structure.png"]
    merged = output | StageOutput({"u": pd.DataFrame()})
    assert list(merged.tables) == ["t", "u"] and list(merged.figures) == ["01_interview_structure.png"]


def test_analyze_and_the_notebook_stages_write_the_same_bytes(seed, tmp_path):
    """The command line's writer and a notebook's (each stage written on its own) give identical tables."""
    from ombudsman_discourse.analysis import analyze
    from ombudsman_discourse.report.notebook import start

    done = analyze(SEED, out=tmp_path / "cli", figures=False)
    run = start(SEED, output=tmp_path / "nb")
    for name, stage in done.stages.items():
        written = write_outputs(StageOutput(stage.tables), run.results, None)
        for table, path in written.tables.items():
            assert path.read_bytes() == done.written.tables[table].read_bytes(), (name, table)
