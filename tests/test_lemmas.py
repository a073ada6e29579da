"""The rule-based lemmatiser, rule by rule with examples that must and must not change, and lemma keyness.

Known answer, the lemma *threat* with forms threat (1) and threats (3) in 1,000 tokens against wordfreq taken as
10^9 tokens: p = 3.98e-05 + 1.91e-05 = 5.89e-05, b = 58,900, a = 4, c = 1,000, d = 10^9.
  E1 = c (a + b) / (c + d) = 1,000 * 58,904 / 1,000,001,000 = 0.0589039; E2 = 58,903.94110;
  G2 = 2[4 ln(4 / 0.0589039) + 58,900 ln(58,900 / 58,903.94110)] = 2[16.87257 - 3.94096] = 25.86320
  (Rayson & Garside 2000); Log Ratio = log2((4 / 1,000) / 5.89e-05) = log2 67.912 = 6.08559 (Hardie 2014);
  %DIFF = (4,000 - 58.9) * 100 / 58.9 = 6,691.17 per cent (Gabrielatos & Marchi 2012).
"""

import pytest
from wordfreq import word_frequency

from ombudsman_discourse.keywords.lemmas import exceptions, keyness_lemmas, lemma_forms, lemmatise
from ombudsman_discourse.params import KeywordParams


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        # the shipped exceptions
        ("ombudsmen", "ombudsman"),
        ("children", "child"),
        ("women", "woman"),
        ("people", "people"),
        ("crises", "crisis"),
        ("statuses", "status"),
        ("rights", "rights"),
        ("news", "news"),
        # -ies -> -y in words of five letters or more; shorter ones lose -s only
        ("policies", "policy"),
        ("countries", "country"),
        ("ties", "tie"),
        ("lies", "lie"),
        # -sses, -xes, -ches, -shes lose -es
        ("processes", "process"),
        ("taxes", "tax"),
        ("approaches", "approach"),
        ("wishes", "wish"),
        # a plain -s
        ("threats", "threat"),
        ("standards", "standard"),
        ("cases", "case"),
        ("archives", "archive"),
        ("reflects", "reflect"),
        ("by-laws", "by-law"),
    ],
)
def test_plural_forms_become_their_lemma(form, lemma):
    assert lemmatise(form) == lemma


@pytest.mark.parametrize(
    "form",
    [
        "process",  # -ss
        "status",  # -us
        "basis",  # -is
        "politics",  # -ics
        "has",  # three letters or fewer
        "its",
        "this",  # function words
        "always",
        "nowadays",  # listed
        "1990s",  # not all letters
        "adopted",  # past and -ing forms are left alone
        "protecting",
        "threat",
    ],
)
def test_guarded_forms_stay(form):
    assert lemmatise(form) == form


def test_exceptions_are_read_from_the_shipped_file():
    table = exceptions()
    assert table["ombudsmen"] == "ombudsman" and table["people"] == "people"
    assert all(" " not in k and " " not in v for k, v in table.items())


def test_lemma_forms_are_the_inverse_of_the_rules():
    assert lemma_forms("threat") == ("threat", "threats")
    assert lemma_forms("policy") == ("policies", "policy")
    assert lemma_forms("process") == ("process", "processes")
    assert lemma_forms("child") == ("child", "children")  # the irregular plural, not "childs"
    assert lemma_forms("ombudsman") == ("ombudsman", "ombudsmen")


def test_lemma_keyness_known_answer():
    assert (word_frequency("threat", "en"), word_frequency("threats", "en")) == (3.98e-05, 1.91e-05)
    table = keyness_lemmas({"threat": 1, "threats": 3}, 1_000, KeywordParams())
    assert len(table) == 1
    row = table.iloc[0]
    assert (row["lemma"], row["forms"], row["n_forms"], row["reference_forms"]) == (
        "threat",
        "threat threats",
        2,
        "threat threats",
    )
    assert row["observed"] == 4 and row["ref_per_million"] == pytest.approx(58.9)
    assert row["g2"] == pytest.approx(25.86320, abs=1e-4)
    assert row["log_ratio"] == pytest.approx(6.08559, abs=1e-5)
    assert row["pct_diff"] == pytest.approx(6691.17, abs=1e-2)
    assert row["p_band"] == "p < .0001" and row["is_keyword"] and row["word_class"] == "other"


def test_a_lemma_is_compared_with_all_its_forms_in_the_reference():
    """The answers say only "threats" (3 in 1,000). As a form against threats alone (p = 1.91e-05) G2 = 24.37781;
    as the lemma against threat + threats (p = 5.89e-05, b = 58,900): E1 = 1,000 * 58,903 / 1,000,001,000 =
    0.0589029, E2 = 58,902.94110, G2 = 2[3 ln(3 / 0.0589029) + 58,900 ln(58,900 / 58,902.94110)]
    = 2[11.79143 - 2.94102] = 17.70081."""
    row = keyness_lemmas({"threats": 3, "rights": 5}, 1_000, KeywordParams()).set_index("lemma").loc["threat"]
    assert row["forms"] == "threats" and row["reference_forms"] == "threat threats"
    assert row["ref_per_million"] == pytest.approx(58.9)
    assert row["g2"] == pytest.approx(17.70081, abs=1e-4)


def test_names_are_not_lemmatised_and_keywords_come_first():
    table = keyness_lemmas(
        {"brussels": 4, "ombudsmen": 2, "ombudsman": 1, "the": 3}, 1_000, KeywordParams(), names=frozenset({"brussels"})
    )
    rows = table.set_index("lemma")
    assert "brussels" in rows.index and "brussel" not in rows.index
    assert rows.loc["brussels", "word_class"] == "name" and rows.loc["brussels", "reference_forms"] == "brussels"
    assert rows.loc["ombudsman", "forms"] == "ombudsman ombudsmen" and rows.loc["ombudsman", "observed"] == 3
    assert rows.loc["ombudsman", "word_class"] == "topic" and rows.loc["the", "word_class"] == "function"
    assert table["is_keyword"].tolist() == sorted(table["is_keyword"].tolist(), reverse=True)
    assert not rows.loc["the", "is_keyword"]
