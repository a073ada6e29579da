"""Rows of a table where a condition holds, at the cost of the few columns needed.

An interview's tables are short (tens of sentences, a few thousand tokens) and some are wide (the claims table
has a hundred columns); pandas' boolean indexing goes through machinery that costs more than the analysis
that follows. A pass that only walks the rows takes them as tuples (:func:`tuples_with`, :func:`records`); a
table is taken by position (:func:`rows_where`) or built once from whole columns (:func:`table_of`).
"""

from collections import namedtuple
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import pandas as pd


def rows_where(table: pd.DataFrame, mask, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """The rows of ``table`` where the boolean ``mask`` holds, with ``columns`` (default: all) in that order and
    their dtypes kept, numbered 0, 1, ... (as ``table[mask][columns].reset_index(drop=True)``)."""
    keep = np.asarray(mask, dtype=bool)
    if columns is None:
        return table.take(np.flatnonzero(keep)).reset_index(drop=True)
    names = list(columns)  # a few columns of a wide table: built from their arrays alone
    return pd.DataFrame({c: table[c].array[keep] for c in names}, columns=names)


def rows_with(table: pd.DataFrame, column: str, values, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """The rows of ``table`` whose ``column`` is one of ``values`` (a string or a collection), as :func:`rows_where`."""
    wanted = {values} if isinstance(values, str) else set(values)
    return rows_where(table, [v in wanted for v in table[column].tolist()], columns)


def tuples_with(table: pd.DataFrame, column: str, values, columns: Sequence[str]) -> list[tuple]:
    """The rows of ``table`` whose ``column`` is one of ``values``, each as a tuple of its ``columns``' values."""
    wanted = {values} if isinstance(values, str) else set(values)
    rows = zip(table[column].tolist(), *(table[c].tolist() for c in columns))
    return [row[1:] for row in rows if row[0] in wanted]


@lru_cache(maxsize=64)
def _record(columns: tuple[str, ...]) -> type:
    return namedtuple("Row", columns, rename=True)


def records(table: pd.DataFrame) -> list[tuple]:
    """The rows of ``table`` as named tuples (``row.sentences``), like ``itertuples(index=False)`` but with the
    tuple type made once per set of columns, which costs pandas more than a short table's rows."""
    row = _record(tuple(table.columns))
    return [row(*values) for values in zip(*(table[c].tolist() for c in table.columns))]


def table_of(rows: list[tuple], columns: Sequence[str], integers: Sequence[str] = ()) -> pd.DataFrame:
    """A table of ``rows`` (tuples in ``columns`` order) with the ``integers`` columns as nullable integers
    (``Int64``, <NA> where missing): ``pd.DataFrame(rows, columns=columns)`` then ``astype("Int64")``, built once
    from whole columns (a later ``astype`` costs more than the table)."""
    names = list(columns)
    if not rows:  # columns of no type yet (object), as pandas makes them
        return pd.DataFrame(rows, columns=names).astype(dict.fromkeys(integers, "Int64"))
    data = {c: pd.array(list(v), dtype="Int64") if c in integers else list(v) for c, v in zip(names, zip(*rows))}
    return pd.DataFrame(data, columns=names)
