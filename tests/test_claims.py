import pandas as pd
import pytest

from ombudsman_discourse.claims import code_claims, code_sentence
from ombudsman_discourse.codebook import load_codebook

CODEBOOK = load_codebook({"actor.head_of_state": ["Otto"], "claim_type.attribution": ["Bright Path"]}, "Ruritania")


def codes(text, category):
    found, _ = code_sentence(text, CODEBOOK)
    return set(found[category])


def rights(text):
    _, cues = code_sentence(text, CODEBOOK)
    return bool(cues)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The new Criminal Code was adopted this year.", "achievement"),
        ("We will continue the work.", "commitment"),
        ("Ruritania is the only country with such a mechanism.", "recognition"),
        ("These results come from the targeted policies of the state.", "attribution"),
        ("The Bright Path programme supports housing.", "attribution"),
        ("Military conflicts amass violations of human rights.", "problem"),
        ("We work with NGOs and international partners.", "cooperation"),
    ],
)
def test_each_claim_type_has_a_positive_case(text, label):
    assert label in codes(text, "claim_type")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The law was not adopted.", "achievement"),  # negation flips the code
        ("We do not plan to continue this practice.", "commitment"),
        ("Parliament passed laws against extremism.", "problem"),  # named only as what a law is against
        ("President Otto visited the capital.", "attribution"),  # mention without credit
        ("The country has great potential.", "recognition"),
    ],
)
def test_negative_cases(text, label):
    assert label not in codes(text, "claim_type")


def test_attribution_needs_credit_to_the_head_of_state():
    assert "attribution" in codes("The initiatives of President Otto protect citizens.", "claim_type")


def test_rights_word_in_another_sense_is_no_rights_claim():
    assert not rights("This is the right moment to act.")
    assert not rights("A right-wing party won the vote.")
    assert rights("Everyone has the right to social security.")
    assert rights("Children's rights matter.")


def test_multi_label_coding():
    text = "Ruritania ratified the Convention in 2014 and will report to the UN on violations of children's rights."
    assert codes(text, "claim_type") >= {"achievement", "recognition", "commitment", "problem"}
    assert codes(text, "rights_domain") == {"children_family"}
    assert codes(text, "evidence") == {"date", "named_law", "named_institution"}
    assert codes(text, "actor") >= {"nation", "international_orgs", "rights_holders"}


def test_institutional_and_national_we():
    assert "ombudsman" in codes("We monitor prisons as the national preventive mechanism.", "actor")
    assert "nation" in codes("We are proud of our achievements.", "actor")


def test_stance_markers():
    assert codes("This could perhaps help.", "stance") == {"hedge"}
    assert codes("It was undoubtedly important.", "stance") == {"booster", "attitude"}
    assert codes("You should note that.", "stance") == {"engagement"}


def test_external_threat_rule():
    assert "external_threat" in codes("Foreign conflicts threaten our region.", "locus")
    assert "external_threat" not in codes("Ruritania adopted a new law.", "locus")


def test_only_interviewee_sentences_are_coded_and_questions_are_no_claims():
    sentences = pd.DataFrame(
        {
            "interview_id": "t",
            "sentence_id": [0, 1, 2, 3],
            "paragraph_id": [0, 1, 2, 2],
            "turn_id": [1, 1, 1, 1],
            "role": ["question", "caption", "answer", "answer"],
            "speaker": "x",
            "text": ["Do you protect rights?", "Rights photo", "Why protect rights?", "We protect human rights."],
            "start": 0,
            "end": 1,
            "n_tokens": 3,
        }
    )
    claims, cues = code_claims(sentences, CODEBOOK)
    assert claims["sentence_id"].tolist() == [2, 3]
    assert claims["is_rights_claim"].tolist() == [False, True]
    assert set(cues["sentence_id"]) <= {2, 3}
    row = claims.iloc[1]
    assert row["cues"] and row["rights_cues"] == "rights; protect"
    assert -1 <= row["vader_compound"] <= 1 and row["evaluation"] in {"positive", "negative", "neutral"}
