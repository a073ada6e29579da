import re

import pandas as pd
import pytest

from ombudsman_discourse.claims.codebook import Cue, load_codebook, screens_for
from ombudsman_discourse.claims.coding import code_claims, code_sentence, cue_matches
from ombudsman_discourse.claims.stage import codebook_for

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


# Texts where a screen could go wrong: overlapping and repeated cues, capitals, a lookbehind cue
# ("(?<!High )Commissioner..."), characters whose case folds oddly (dotted I, long s, Kelvin sign).
AWKWARD = [
    "",
    "High Commissioner for Human Rights and the Commissioner for Human Rights met.",
    "WE WILL NOT; we will. Will we? We'll see, won't we.",
    "Ruritania RURITANIA ruritania's Otto OTTO; Bright Path, bright path.",
    "rights rights rights, right to rights of the right-wing.",
    "The 2014-2020 Action Plan for 2014-2020 was adopted on 10 December 2014 by the UN and the EU.",
    "\u0130STANBUL \u017ftate \u212aazakh kazakh; n't not never without nor",
]


def every_cue_scanned(cues, text):
    """The definition the screens stand in for: each cue's own scan over the whole text."""
    return [(cue.pattern, m.span()) for cue in cues for m in cue.regex.finditer(text)]


def screened(cues, cue_screens, text):
    return [(cue.pattern, m.span()) for cue, m in cue_matches(cues, cue_screens, text)]


def test_screens_find_every_cue_match_on_every_sentence(seed, fixtures):
    """The screened scan finds what scanning with every cue finds, for every code and the rights cues."""
    for interview in [seed, *fixtures.values()]:
        codebook = codebook_for(interview)
        cue_sets = [(code.cues, code.screens) for codes in codebook.codes.values() for code in codes.values()]
        cue_sets.append((codebook.rights_cues, codebook.rights_screens))
        for text in [*interview.sentences["text"], *AWKWARD]:
            for cues, cue_screens in cue_sets:
                assert screened(cues, cue_screens, text) == every_cue_scanned(cues, text), text


def test_screens_join_cues_by_flags_and_keep_awkward_ones_apart():
    def cue(pattern, flags=re.IGNORECASE):
        return Cue(pattern, re.compile(pattern, flags))

    cues = (
        cue(r"\bbb\b"),
        cue(r"\b(a)\1\b"),
        cue(r"\b(c)\1\b"),  # joined after (a)\1, its \1 would mean (a)
        cue(r"\bEe\b", 0),
        cue(r"\bf f  # verbose: joined, this comment would swallow the cues after it", re.IGNORECASE | re.VERBOSE),
        cue(r"\bdd\b"),
    )
    assert (
        len(screens_for(cues)) == 5
    )  # bb|dd joined; Ee (its own flags), both backreferences and the verbose cue apart
    for text in ["aa bb Ee dd", "AA cc EE Dd aA", "xx cc yy", "ff", "xaa dd bbx", "nothing here"]:
        assert screened(cues, screens_for(cues), text) == every_cue_scanned(cues, text), text
