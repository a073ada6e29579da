"""The general-English reference (wordfreq): look-ups as wordfreq makes them, and the Treebank piece n't."""

import pytest
from wordfreq import top_n_list, word_frequency

from ombudsman_discourse.keywords.reference import NEGATIVE_CONTRACTIONS, reference_frequencies, reference_proportions


def test_plain_words_read_from_the_list_equal_wordfreqs_own_lookup():
    words = [w for w in top_n_list("en", 3_000) if w.isascii() and w.isalpha()]
    words += ["ombudsmen", "ombudsman", "nazarbayev", "internationals", "childs", "zhol", "qqqzzx"]
    assert reference_proportions(words) == [word_frequency(w, "en") for w in words]


def test_nt_is_the_sum_of_the_negative_contractions():
    ref = reference_frequencies(["n't"]).iloc[0]
    assert ref["reference_lookup"] == "contractions summed"
    assert ref["proportion"] == pytest.approx(sum(word_frequency(w, "en") for w in NEGATIVE_CONTRACTIONS))
    assert ref["proportion"] > 100 * word_frequency("n't", "en")  # wordfreq's own entry counts stray pieces only
