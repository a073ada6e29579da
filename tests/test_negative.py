"""Negative keywords (Baker 2004), their recognisable groups and the key function words.

Known answers, answers of c = 2,000 word tokens against wordfreq taken as d = 10^9 tokens (two-cell G2, Rayson &
Garside 2000; Log Ratio, Hardie 2014, an absent word counted as 0.5):
- *i*, seen 2 times, p = 0.0123, b = 12,300,000: E1 = 2,000 * 12,300,002 / 1,000,002,000 = 24.59995,
  E2 = 12,299,977.4; G2 = 2[2 ln(2 / 24.59995) + 12,300,000 ln(12,300,000 / 12,299,977.4)] = 2[-5.01919 + 22.59998]
  = 35.16156; Log Ratio = log2((2 / 2,000) / 0.0123) = -3.62059; expected c p = 24.6.
- *you*, absent, p = 0.00955: G2 = 2 b ln((c + d) / d) = 2 * 9,550,000 * ln(1.000002) = 38.19996;
  Log Ratio = log2((0.5 / 2,000) / 0.00955) = -5.25550; expected 19.1.
- *the*, seen 80 times, p = 0.0537 (expected 107.4): G2 = 7.67462 passes 6.63 but Log Ratio = log2(80 / 107.4)
  = -0.42492 does not reach -1: not a negative keyword.
- *we*, seen 7 times, p = 0.00347 (expected 6.94): used as often as in general English.
- *my*, absent, p = 0.00372: G2 = 2 * 3,720,000 * ln(1.000002) = 14.87999 (expected 7.44).
"""

import pandas as pd
import pytest
from wordfreq import top_n_list, word_frequency

from ombudsman_discourse.keywords.keyness import keyness
from ombudsman_discourse.keywords.negative import (
    COLUMNS,
    GROUP_COLUMNS,
    common_words,
    key_function_words,
    negative_groups,
    negative_keywords,
    treebank_pieces,
)
from ombudsman_discourse.keywords.reference import reference_frequencies
from ombudsman_discourse.keywords.word_class import word_class
from ombudsman_discourse.params import KeywordParams
from ombudsman_discourse.text.sentences import word_spans

SIZE = 2_000


def answers_table(counts: dict[str, int]) -> pd.DataFrame:
    """A keyness table of the answers' forms as the stage builds it (wordfreq reference, 10^9 tokens)."""
    ref = reference_frequencies(list(counts)).set_index("word")["proportion"]
    table = keyness(pd.Series(counts), SIZE, ref, 1e9)
    table["is_keyword"] = False
    table["word_class"] = [word_class(w) for w in table["word"]]
    return table


@pytest.fixture(scope="module")
def negative():
    assert [word_frequency(w, "en") for w in ("i", "you", "the", "we", "my")] == [
        0.0123,
        0.00955,
        0.0537,
        0.00347,
        0.00372,
    ]
    return negative_keywords(answers_table({"i": 2, "the": 80, "we": 7, "rights": 40}), SIZE, KeywordParams())


def test_known_answers(negative):
    rows = negative.set_index("word")
    assert list(negative.columns) == COLUMNS
    assert rows.loc["i", "freq"] == 2 and rows.loc["i", "expected"] == pytest.approx(24.6)
    assert rows.loc["i", "g2"] == pytest.approx(35.16156, abs=1e-4)
    assert rows.loc["i", "log_ratio"] == pytest.approx(-3.62059, abs=1e-5)
    assert rows.loc["you", "freq"] == 0 and rows.loc["you", "expected"] == pytest.approx(19.1)
    assert rows.loc["you", "g2"] == pytest.approx(38.19996, abs=1e-4)
    assert rows.loc["you", "log_ratio"] == pytest.approx(-5.25550, abs=1e-5)
    assert rows.loc["my", "g2"] == pytest.approx(14.87999, abs=1e-4) and rows.loc["my", "p_band"] == "p < .001"
    assert rows.loc["you", "p_band"] == "p < .0001" and rows.loc["you", "word_class"] == "function"
    assert negative["g2"].is_monotonic_decreasing


def test_filters(negative):
    words = set(negative["word"])
    assert "the" not in words  # G2 over 6.63 but Log Ratio above -1
    assert "we" not in words and "rights" not in words  # as often as expected, or more
    assert (negative["log_ratio"] <= -1).all() and (negative["g2"] >= 6.63).all()


def test_thresholds_and_candidates_are_parameters():
    key = answers_table({"i": 2, "the": 80})
    strict = negative_keywords(key, SIZE, KeywordParams(negative_min_g2=37.0))
    assert "you" in set(strict["word"]) and "i" not in set(strict["word"])  # 38.2 passes, 35.2 does not
    few = negative_keywords(key, SIZE, KeywordParams(negative_candidates=5))  # the, to, and, of, a
    assert "you" not in set(few["word"]) and "i" in set(few["word"])  # an answer form is always a candidate


def test_candidates_are_cut_as_the_treebank_tokenizer_cuts_them():
    for word in top_n_list("en", 5_000):
        if any(ch.isalpha() for ch in word):
            assert treebank_pieces(word) == [word[a:b] for a, b in word_spans(word)], word
    assert treebank_pieces("can't") == ["ca", "n't"] and treebank_pieces("cannot") == ["can", "not"]


def test_candidates_are_split_as_the_answers_are():
    words = common_words(300)
    assert "n't" in words and "do" in words and "don't" not in words and "'s" not in words
    assert len(words) == len(set(words))


def test_groups_list_only_groups_with_an_under_used_member():
    table = pd.DataFrame(
        {"word": ["you", "i", "my", "the"], "freq": [0, 2, 0, 3], "expected": [19.1, 24.6, 7.44, 50.0]}
    )
    groups = negative_groups(table).set_index("group")
    assert list(groups.reset_index().columns) == GROUP_COLUMNS
    assert set(groups.index) == {"first person singular", "second person"}
    assert groups.loc["first person singular", "words"] == "i my"
    assert groups.loc["first person singular", "freq"] == 2
    assert groups.loc["first person singular", "expected"] == pytest.approx(32.04)
    assert groups.loc["second person", "members"] == "you your yours yourself yourselves"
    assert negative_groups(table[table["word"] == "the"]).empty


def test_key_function_words_over_and_under():
    key = answers_table({"of": 200, "against": 10, "rights": 40, "i": 2})
    key["is_keyword"] = key["word"].isin(["of", "against", "rights"])
    negative = negative_keywords(key, SIZE, KeywordParams())
    table = key_function_words(key, negative, SIZE)
    assert table.loc[table["direction"] == "over", "word"].tolist() == ["of", "against"]  # by G2; rights is topic
    under = table[table["direction"] == "under"]
    assert under["word"].tolist() == negative.loc[negative["word_class"] == "function", "word"].tolist()
    of = table.set_index("word").loc["of"]
    assert of["freq"] == 200 and of["expected"] == pytest.approx(2_000 * word_frequency("of", "en"))
    assert table.index[table["direction"] == "over"].max() < table.index[table["direction"] == "under"].min()
