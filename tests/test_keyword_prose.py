"""The sentences notebook 02 computes about word classes, lemmas, negative keywords and the rights node's
governing words, on small tables built for these tests."""

import pandas as pd

from ombudsman_discourse.report import keyword_prose as prose


def _negative(rows):
    return pd.DataFrame(rows, columns=["word", "freq", "expected", "g2", "log_ratio", "p_band", "word_class"])


def test_an_under_used_group_is_read_only_when_it_is_under_used():
    table = _negative([("i", 1, 17.6, 27.5, -4.1, "p < .0001", "function"), ("n't", 0, 6.4, 12.8, -3.7, "p < .001",
                       "function")])  # fmt: skip
    groups = pd.DataFrame(
        {"group": ["first person singular", "negation"], "words": ["i", "n't"], "freq": [1, 0],
         "expected": [17.6, 6.4], "members": ["i me my", "not no never n't"]}
    )  # fmt: skip
    text = prose.negative_summary(table, groups, 6.63, 1e9)
    assert "**First person singular** (i): 1 against 17.6 expected." in text
    assert "**Negation** (n't): 0 against 6.4 expected." in text and "compare other interviews" in text
    assert "BIC (G² − ln 1,000,000,000) is positive for 1 of them" in text  # 27.5 − 20.7 > 0; 12.8 − 20.7 < 0
    assert "Hedging" not in text  # a group not under-used is not listed
    assert prose.negative_summary(table.iloc[:0], groups.iloc[:0], 6.63, 1e9).startswith("No word is under-used")


def test_governors_say_whether_any_holder_claims_rights():
    table = pd.DataFrame(
        {"sentence_id": [1, 2, 3], "relation": ["of_noun", "of_noun", "verb_object"],
         "governor": ["implementation", "implementation", "demand"], "holder": ["", "citizens", "workers"],
         "claimed_by_holder": [False, False, True]}
    )  # fmt: skip
    text = prose.governors_summary(table)
    assert "of noun 2 and verb object 1" in text and "*implementation* (2)" in text
    assert "Rights claimed by their holders: s3." in text
    unclaimed = prose.governors_summary(table.assign(claimed_by_holder=False))
    assert "No occurrence has a rights-holder as the subject of a claiming verb" in unclaimed


def test_collocates_sharing_one_mi_are_called_a_tie():
    table = pd.DataFrame({"collocate": ["a", "b", "c"], "mi": [2.2, 2.2, 1.5], "all_in_window": [True, True, False]})
    assert prose.collocates_tie(table).startswith("2 collocates occur only inside the windows (a and b)")
    assert prose.collocates_tie(table.assign(all_in_window=False)) == ""
