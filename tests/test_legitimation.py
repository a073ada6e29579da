"""Legitimation codes (codebook version 3, van Leeuwen 2007) on sentences written for these tests: each code with
sentences it applies to and sentences it must leave alone, and the per-answer table."""

import pandas as pd
import pytest

from ombudsman_discourse.claims.codebook import load_codebook
from ombudsman_discourse.claims.coding import code_claims, code_sentence
from ombudsman_discourse.discourse.legitimation import legitimation_by_answer, legitimation_sentences

CODEBOOK = load_codebook({"actor.head_of_state": ["Otto Brand"]}, "Ruritania")


def codes(text):
    found, _ = code_sentence(text, CODEBOOK)
    return set(found["legitimation"])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The mechanism was set up in accordance with the Constitution.", "authorisation_law"),
        ("Holding a man for three days without charge is illegal.", "authorisation_law"),
        ("Within our mandate we may enter any prison without notice.", "authorisation_law"),
        ("The reform was carried out in line with international standards.", "authorisation_international"),
        ("The UN committee praised the new law on legal aid.", "authorisation_international"),
        ("We follow the Paris Principles in everything we do.", "authorisation_international"),
        ("On the initiative of Otto Brand, every school got a nurse.", "authorisation_leader"),
        ("The presidential decree opened the archives.", "authorisation_leader"),
        ("Like most European countries, we keep juvenile courts apart.", "authorisation_tradition"),
        ("Our traditional values put the family first.", "authorisation_tradition"),
        ("Keeping detainees in such cells is degrading and unacceptable.", "moral_evaluation"),
        ("The code brings the humanisation of justice.", "moral_evaluation"),
        ("The law was changed in order to shorten pre-trial detention.", "rationalisation"),
        ("The programme is aimed at protecting the elderly.", "rationalisation"),
        ("Late action can lead to fatal consequences.", "mythopoesis"),
        ("After our intervention, the pension fund paid what it owed.", "mythopoesis"),
    ],
)
def test_each_legitimation_code_has_positive_cases(text, code):
    assert code in codes(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The new law on road traffic was adopted in May.", "authorisation_law"),  # a law named, nothing justified
        ("We cooperate with the UN Development Programme.", "authorisation_international"),  # membership only
        ("The President visited the northern region.", "authorisation_leader"),  # no leader named as authority
        ("The Congress of World and Traditional Religions met in the capital.", "authorisation_tradition"),  # a name
        ("This is an important and significant step.", "moral_evaluation"),  # importance is no value
        ("We visited forty prisons last year.", "rationalisation"),
        ("The man was detained in March and released in May.", "mythopoesis"),  # no intervention, no warning
    ],
)
def test_each_legitimation_code_leaves_a_near_miss_alone(text, code):
    assert code not in codes(text)


def test_legitimation_is_counted_per_answer_with_every_code_a_row():
    sentences = pd.DataFrame(
        {"interview_id": "toy", "sentence_id": [1, 2, 3], "paragraph_id": [0, 1, 1], "turn_id": [1, 2, 2],
         "role": "answer", "speaker": "x", "start": 0, "end": 10, "n_tokens": 5,
         "text": ["The law was changed in order to shorten detention.", "We visited forty prisons.",
                  "The reform is aimed at protecting children, as the Constitution requires."]}
    )  # fmt: skip
    claims, cues = code_claims(sentences, CODEBOOK)
    table = legitimation_by_answer(claims, CODEBOOK).set_index("code")
    assert list(table.columns) == ["label", "Q1", "Q2", "total"]
    assert table.loc["rationalisation", ["Q1", "Q2", "total"]].tolist() == [1, 1, 2]
    assert table.loc["authorisation_law", "total"] == 1 and table.loc["mythopoesis", "total"] == 0
    listed = legitimation_sentences(claims, cues)
    assert listed["sentence_id"].tolist() == [1, 3]
    assert "rationalisation: aimed at" in listed.set_index("sentence_id").at[3, "cues"]
