import numpy as np
import pandas as pd
import pytest

from ombudsman_discourse.rows import records, rows_where, rows_with, table_of, tuples_with


@pytest.fixture
def table():
    return pd.DataFrame(
        {
            "sentence_id": [0, 1, 2, 3, 4],
            "turn_id": pd.array([pd.NA, 1, 1, 2, 2], dtype="Int64"),
            "role": ["title", "answer", "question", "answer", "answer"],
            "text": ["A", "B", "C", "D", "E"],
            "flag": [True, False, True, True, False],
        },
        index=[10, 11, 12, 13, 14],  # not 0, 1, ...: the helpers renumber as reset_index(drop=True) does
    )


def test_rows_where_is_the_boolean_filter_renumbered(table):
    mask = table["flag"].to_numpy()
    expected = table[mask].reset_index(drop=True)
    pd.testing.assert_frame_equal(rows_where(table, mask), expected)
    pd.testing.assert_frame_equal(rows_where(table, mask, ["text", "turn_id"]), expected[["text", "turn_id"]])
    pd.testing.assert_frame_equal(rows_where(table, np.zeros(5, bool)), table.iloc[:0].reset_index(drop=True))


def test_rows_with_one_value_or_several(table):
    assert rows_with(table, "role", "answer")["text"].tolist() == ["B", "D", "E"]
    assert rows_with(table, "role", ("title", "question"), ["text"])["text"].tolist() == ["A", "C"]
    assert rows_with(table, "role", "caption").empty


def test_tuples_with_gives_the_columns_asked_in_order(table):
    assert tuples_with(table, "role", "answer", ("text", "sentence_id")) == [("B", 1), ("D", 3), ("E", 4)]
    assert tuples_with(table, "role", "lead", ("text",)) == []


def test_records_are_itertuples_without_the_index(table):
    assert records(table) == list(table.itertuples(index=False))
    assert records(table)[3].text == "D"
    assert records(table.iloc[:0]) == []


def test_table_of_is_a_frame_of_tuples_with_nullable_integers():
    rows = [(0, 1, "a", 0.5, True), (1, pd.NA, "b", 1.5, False)]
    columns = ["id", "turn_id", "text", "score", "flag"]
    expected = pd.DataFrame(rows, columns=columns).astype({"turn_id": "Int64"})
    pd.testing.assert_frame_equal(table_of(rows, columns, integers=("turn_id",)), expected)
    empty = pd.DataFrame([], columns=columns).astype({"turn_id": "Int64"})
    pd.testing.assert_frame_equal(table_of([], columns, integers=("turn_id",)), empty)
