"""Dispersion, known answers worked by hand.

Parts of 10, 10 and 20 tokens, the word 2, 0 and 2 times: s = (.25, .25, .5), v = (.5, 0, .5);
DP = 0.5(.25 + .25 + 0) = 0.25; DP_norm = 0.25 / (1 - .25) = 0.3333. Relative frequencies
(.2, 0, .1): mean .1, population sd sqrt(.02/3) = .08165, V = .8165, D = 1 - .8165/sqrt 2 = .4226.
"""

import pandas as pd
import pytest

from ombudsman_discourse.keywords.dispersion import dispersion_table, gries_dp, juilland_d


def test_uneven_case():
    dp, dp_norm = gries_dp([2, 0, 2], [10, 10, 20])
    assert dp == pytest.approx(0.25) and dp_norm == pytest.approx(1 / 3)
    assert juilland_d([2, 0, 2], [10, 10, 20]) == pytest.approx(0.42265, abs=1e-5)


def test_even_spread():
    assert gries_dp([3, 3], [50, 50]) == (0.0, 0.0)
    assert juilland_d([3, 3], [50, 50]) == pytest.approx(1.0)


def test_table_over_parts():
    words = pd.DataFrame({"lower": ["a", "x", "a", "y", "x", "x"], "part": [0, 0, 1, 1, 2, 2]})
    table = dispersion_table(words, ["a", "missing"], part="part").set_index("word")
    assert table.loc["a", "frequency"] == 2 and table.loc["a", "parts_with_word"] == 2
    # s = 1/3 each, v = (.5, .5, 0): DP = 0.5(1/6 + 1/6 + 1/3) = 1/3
    assert table.loc["a", "dp"] == pytest.approx(1 / 3)
    assert table.loc["missing", "frequency"] == 0 and pd.isna(table.loc["missing", "dp"])
