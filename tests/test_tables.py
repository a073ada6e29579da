import pandas as pd
import pytest

from ombudsman_discourse.tables import write_tables


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
