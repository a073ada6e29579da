"""Known-answer cases for the keyness statistics, worked out by hand (values to 4 decimals).

Case 1, a=10, c=1,000, b=100, d=100,000: E1 = 1000*110/101000 = 1.08911, E2 = 108.91089;
  G2 = 2[10 ln(10/1.08911) + 100 ln(100/108.91089)] = 2[22.17199 - 8.53573] = 27.2725;
  Log Ratio = log2(0.01/0.001) = log2 10 = 3.3219; %DIFF = (10,000 - 1,000) * 100 / 1,000 = 900.
Case 2, a=5, c=2,000, b=0, d=1,000,000 (absent from the reference): E1 = 0.00998;
  G2 = 2 * 5 ln(5/0.00998) = 2 * 5 * 6.21661 = 62.1661; Log Ratio with b -> 0.5:
  log2((5/2000)/(0.5/1e6)) = log2 5000 = 12.2877; %DIFF undefined.
Case 3, a=1, c=1,000, b=300, d=100,000 (less frequent in the target): G2 = 2[1 ln(1/2.98020)
  + 300 ln(300/298.01980)] = 2[-1.09199 + 1.98675] = 1.7895; Log Ratio = log2(1/3) = -1.5850;
  %DIFF = (1,000 - 3,000) * 100 / 3,000 = -66.6667.

Case 1 as a full 2x2 table (Dunning 1993): the word 10 | 100, the rest 990 | 99,900, N = 101,000; row totals
  110 and 100,890, column totals 1,000 and 100,000; E = 1.08911, 108.91089, 998.91089, 99,891.08911;
  G2 = 2[10 ln(10/1.08911) + 100 ln(100/108.91089) + 990 ln(990/998.91089) + 99,900 ln(99,900/99,891.08911)]
     = 2[22.17199 - 8.53573 - 8.87125 + 8.91196] = 27.3539, against 27.2725 for the two-cell form.
BIC of case 1 (Wilson 2013): 27.2725 - ln 101,000 = 27.2725 - 11.5229 = 15.7496 ("very strong", > 10).
"""

import math

import numpy as np
import pandas as pd
import pytest

from ombudsman_discourse.keywords.keyness import (
    BIC_BANDS,
    band,
    bic,
    g2_contingency,
    g2_two_cell,
    keyness,
    keywords,
    log_ratio,
    percent_diff,
)

CASES = [
    # a, b, c, d, G2, Log Ratio, %DIFF
    (10, 100, 1_000, 100_000, 27.2725, 3.3219, 900.0),
    (5, 0, 2_000, 1_000_000, 62.1661, 12.2877, math.nan),
    (1, 300, 1_000, 100_000, 1.7895, -1.5850, -66.6667),
]


@pytest.mark.parametrize(("a", "b", "c", "d", "g2", "lr", "diff"), CASES)
def test_statistics_match_hand_computation(a, b, c, d, g2, lr, diff):
    assert g2_two_cell(a, b, c, d) == pytest.approx(g2, abs=1e-3)
    assert log_ratio(a, b, c, d) == pytest.approx(lr, abs=1e-4)
    if math.isnan(diff):
        assert math.isnan(percent_diff(a, b, c, d))
    else:
        assert percent_diff(a, b, c, d) == pytest.approx(diff, abs=1e-3)


def test_equal_relative_frequencies_give_zero():
    assert g2_two_cell(10, 1000, 1000, 100_000) == pytest.approx(0.0, abs=1e-12)
    assert log_ratio(10, 1000, 1000, 100_000) == pytest.approx(0.0)


def test_bands_and_bic():
    assert [band(v) for v in (15.13, 15.12, 10.83, 6.63, 3.84, 3.83)] == [
        "p < .0001",
        "p < .001",
        "p < .001",
        "p < .01",
        "p < .05",
        "n.s.",
    ]
    assert bic(27.2725, 101_000) == pytest.approx(15.7496, abs=1e-4)
    assert band(15.7496, BIC_BANDS, "no evidence") == "very strong"


def test_the_two_forms_of_g2_differ_on_the_same_table():
    assert g2_two_cell(10, 100, 1_000, 100_000) == pytest.approx(27.2725, abs=1e-4)
    assert g2_contingency(10, 100, 990, 99_900) == pytest.approx(27.3539, abs=1e-3)


def test_keyness_table_and_keyword_filter():
    observed = pd.Series({"rights": 10, "zhol": 5, "the": 1, "rare": 2})
    reference = pd.Series({"rights": 0.001, "the": 0.003, "rare": 1e-7})  # proportions; zhol absent
    table = keyness(observed, target_size=1_000, reference_per_token=reference, reference_size=100_000)
    row = table.set_index("word").loc["rights"]
    assert row["g2"] == pytest.approx(27.2725, abs=1e-3) and row["p_band"] == "p < .0001"
    assert row["per_million"] == 10_000 and row["ref_per_million"] == pytest.approx(1_000)
    zhol = table.set_index("word").loc["zhol"]
    assert not zhol["in_reference"] and np.isnan(zhol["pct_diff"])
    assert table.set_index("word").loc["the", "direction"] == "-"
    assert table["g2"].is_monotonic_decreasing
    assert keywords(table)["word"].tolist() == ["zhol", "rights"]
    assert keywords(table, min_freq=6)["word"].tolist() == ["rights"]
