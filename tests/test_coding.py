"""Sentence coding by codebook version 2, on sentences written for these tests: each rule with a sentence it
applies to and one it must leave alone."""

import pandas as pd
import pytest

from ombudsman_discourse.claims.codebook import load_codebook
from ombudsman_discourse.claims.coding import CUE_COLUMNS, code_claims, code_sentence

CODEBOOK = load_codebook({"actor.head_of_state": ["Otto Brand"]}, "Ruritania")


def codes(text, category, previous_we=None):
    found, _ = code_sentence(text, CODEBOOK, previous_we)
    return set(found[category])


def interview(*turns):
    """A sentence table of ``(turn_id, role, [sentences])`` turns, one paragraph per turn."""
    rows = [(turn_id, role, text) for turn_id, role, texts in turns for text in texts]  # one row per sentence, in order
    return pd.DataFrame(
        {
            "interview_id": "toy",
            "sentence_id": range(len(rows)),
            "paragraph_id": [k for k, (_, _, texts) in enumerate(turns) for _ in texts],
            "turn_id": [r[0] for r in rows],
            "role": [r[1] for r in rows],
            "speaker": "x",
            "text": [r[2] for r in rows],
            "start": 0,
            "end": [len(r[2]) for r in rows],
            "n_tokens": [len(r[2].split()) for r in rows],
        }
    )


def coded(*turns):
    claims, _ = code_claims(interview(*turns), CODEBOOK)
    return claims.set_index("text")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The new law on legal aid was adopted last spring.", "achievement"),
        ("We will continue to visit every prison in the north.", "commitment"),
        ("Ours is the only office in the region with such a mandate.", "recognition"),
        ("These results come from the targeted policies of the government.", "attribution"),
        ("The initiative of Otto Brand gave every school a nurse.", "attribution"),  # a sidecar name, credited
        ("Many complaints remain unresolved.", "problem"),
        ("We work together with local charities on these cases.", "cooperation"),
    ],
)
def test_each_claim_type_has_a_positive_case(text, label):
    assert label in codes(text, "claim_type")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The law on legal aid was not adopted.", "achievement"),  # negated
        ("Two years have passed since then.", "achievement"),  # time passing is no achievement
        ("We will not continue this practice.", "commitment"),
        ("Our office has a large mandate.", "recognition"),  # self-praise without comparison
        ("Otto Brand visited the capital in May.", "attribution"),  # a mention without credit
        ("Conditions in the prison are good.", "problem"),
        ("The minister opened the new school.", "cooperation"),
    ],
)
def test_each_claim_type_has_a_negative_case(text, label):
    assert label not in codes(text, "claim_type")


@pytest.mark.parametrize(
    ("text", "act", "right"),
    [
        ("The council evicted forty families from the old block.", "eviction", "housing"),
        ("Guards were beating the prisoners every night.", "ill_treatment", "torture"),
        ("Two prisoners died in custody last year.", "killing", "life"),
    ],
)
def test_an_act_states_a_problem_and_invokes_its_right(text, act, right):
    found, _ = code_sentence(text, CODEBOOK)
    assert set(found["act"]) == {act}
    assert found["claim_type"]["problem"][0][0].endswith(f"(act: {act})")
    assert f"(act: {act})" in found["right"][right][-1][0]


def test_an_act_without_an_implied_right_invokes_none():
    found, _ = code_sentence("Unknown men attacked him in the street.", CODEBOOK)
    assert set(found["act"]) == {"assault"} and "problem" in found["claim_type"]
    assert not found["right"]


@pytest.mark.parametrize(
    "text",
    [
        "The law against domestic violence was adopted in spring.",
        "Parliament passed laws against extremism, terrorism and domestic violence.",  # 5 words back: within 8
        "The new unit works to prevent torture in police stations.",
    ],
)
def test_what_a_law_is_against_is_no_problem(text):
    found, _ = code_sentence(text, CODEBOOK)
    assert "problem" not in found["claim_type"]
    assert not found["act"]


def test_a_blocker_beyond_its_window_blocks_nothing():
    # from "violence" back: at home? no; "suffer still women villages many in but exist it" - "against" is 11 words
    # back, beyond the 8-word window of problem and assault
    found, _ = code_sentence(
        "Laws against it exist, but in many villages women still suffer violence at home.", CODEBOOK
    )
    assert "problem" in found["claim_type"] and "assault" in found["act"]


@pytest.mark.parametrize(
    ("text", "has_act"),
    [
        ("The detainees were not beaten.", False),
        ("The detainees were never beaten by the guards.", False),
        ("The prison was not overcrowded.", False),
        ("No, the detainees were beaten.", True),  # the negator is in another clause
        ("The crisis does not justify beating protesters.", True),  # the beating happened all the same
        ("The prison was overcrowded.", True),
    ],
)
def test_negation_within_the_clause(text, has_act):
    found, _ = code_sentence(text, CODEBOOK)
    assert bool(found["act"]) == has_act
    assert ("problem" in found["claim_type"]) == has_act


def test_a_denial_states_no_problem_and_no_act():
    found, _ = code_sentence("We did not find a single case of torture in the colonies.", CODEBOOK)
    assert "problem" not in found["claim_type"] and not found["act"]
    assert found["denial"]["denial"][0][0] == "did not find a single"
    assert "torture" in found["right"]  # the right is still spoken of
    found, _ = code_sentence("We found a case of torture in the colonies.", CODEBOOK)
    assert "torture" in found["act"] and not found["denial"]


def test_impunity_is_no_denial():
    found, _ = code_sentence("No one was prosecuted for the killings of the protesters.", CODEBOOK)
    assert "problem" in found["claim_type"]


def test_the_topic_of_a_commitment_is_no_problem():
    found, _ = code_sentence("We will publish a report on deaths in custody.", CODEBOOK)
    assert set(found["claim_type"]) == {"commitment"} and not found["act"]
    assert {"life", "liberty_detention"} <= set(found["right"])
    # a problem stated before the commitment stays
    found, _ = code_sentence("Two prisoners died in custody, and we will publish a report.", CODEBOOK)
    assert {"problem", "commitment"} <= set(found["claim_type"]) and "killing" in found["act"]


@pytest.mark.parametrize(
    ("text", "locus"),
    [
        ("Prisons in France are overcrowded.", {"abroad"}),  # another country's name
        ("Foreign forces shelled the border villages.", {"abroad"}),
        ("Prisons in Ruritania are overcrowded.", {"home"}),  # the sidecar's country
        ("Our prisons fall short of international standards.", {"home"}),
        ("International standards matter.", set()),  # an international word alone places nothing
        ("The police detained the protesters.", {"home"}),  # a state body as agent
        ("The police in France detained the protesters.", {"abroad"}),  # ... unless abroad
        ("Our monitors visited twelve prisons.", {"home"}),  # the office's own work
        ("Prisons in France are better than in Ruritania.", {"home", "abroad"}),
    ],
)
def test_locus(text, locus):
    assert codes(text, "locus") == locus


@pytest.mark.parametrize("text", ["Conflicts in the Middle East threaten us.", "Migrants from Côte d'Ivoire wait."])
def test_locus_of_countries_whose_first_word_is_lowercase_or_accented(text):
    assert "abroad" in codes(text, "locus")


def test_a_claim_naming_no_place_is_placed_at_home_with_its_cue():
    claims, cues = code_claims(interview((1, "answer", ["Many complaints remain unresolved."])), CODEBOOK)
    assert claims["locus"].tolist() == ["home"] and claims["home"].tolist() == [True]
    assert "home: (no foreign place or agent named)" in claims["cues"].iat[0]
    assert cues.loc[cues["category"] == "locus", "cue"].tolist() == ["(no foreign place or agent named)"]
    # a sentence with no claim and no right is placed nowhere
    assert coded((1, "answer", ["The weather was fine that day."])).loc["The weather was fine that day.", "locus"] == ""


@pytest.mark.parametrize(
    ("text", "we"),
    [
        ("We received forty complaints about the colony.", "office"),
        ("Our monitors went to the north.", "office"),
        ("We visited the prison last week.", "office"),
        ("We adopted a law on legal aid.", "state"),
        ("Our government amended the code.", "state"),
        ("Our country is proud of its traditions.", "nation"),
        ("It is a matter for all of us.", "nation"),
    ],
)
def test_we_by_its_cue(text, we):
    assert codes(text, "we") == {we}


def test_we_without_a_cue():
    assert codes("We are proud of it.", "we") == {"office"}  # the speaker speaks for the office
    assert codes("We are proud of it.", "we", previous_we="nation") == {"nation"}
    assert codes("The weather was fine.", "we", previous_we="nation") == set()  # no first person, no reading


def test_we_is_inherited_within_an_answer_and_reset_at_the_next():
    claims = coded(
        (1, "answer", ["We adopted a law on legal aid.", "We are proud of it."]),
        (2, "answer", ["We are happy with it."]),
    )
    assert claims["we"].tolist() == ["state", "state", "office"]
    assert claims["we_cue"].tolist()[0] == "We adopted (state we)"
    assert "as in the sentence before" in claims["we_cue"].iat[1]
    assert "no cue" in claims["we_cue"].iat[2]


def test_we_visited_is_the_office_after_a_state_sentence():
    assert codes("Then we visited the courts.", "we", previous_we="state") == {"office"}


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("We received 300 complaints last year.", {"outcome"}),
        ("Over 40 percent of the cells have no window.", {"outcome"}),
        ("Twelve detainees were released.", {"outcome"}),
        ("The Law on Legal Aid dates from 2015.", {"reference"}),
        ("Article 5 of the Code applies.", {"reference"}),  # a number naming an article counts nothing
        ("In March the Ministry answered 12 letters.", {"outcome", "reference"}),
        ("Many people wrote to us.", set()),
    ],
)
def test_outcome_and_reference_evidence(text, evidence):
    assert codes(text, "evidence") == evidence


def test_a_short_answer_to_a_question_about_a_problem_states_it():
    claims = coded(
        (1, "question", ["Was anyone punished for the evictions?"]),
        (1, "answer", ["No one.", "The weather was fine that day, as I recall well."]),
    )
    assert claims.loc["No one.", "problem"] and claims.loc["No one.", "is_rights_claim"]
    assert claims.loc["No one.", "rights"] == "housing"  # the question's right
    assert "(topic of the answer)" in claims.loc["No one.", "cues"]
    assert not claims.loc["The weather was fine that day, as I recall well.", "problem"]  # not short


def test_the_question_alone_makes_no_problem():
    claims = coded((1, "question", ["How was your year?"]), (1, "answer", ["Quite busy."]))
    assert not claims.loc["Quite busy.", "problem"] and claims.loc["Quite busy.", "rights"] == ""


def test_a_sentence_without_a_right_inherits_the_question_s():
    claims = coded(
        (1, "question", ["What happens to children in the care homes?"]),
        (1, "answer", ["A great deal was done.", "Economic growth matters too.", "Schools reopened.", "It is hard."]),
    )
    assert claims.loc["A great deal was done.", "rights"] == "family_children disability"
    assert claims.loc["A great deal was done.", "families"] == "children_family economic_social"
    assert claims.loc["Economic growth matters too.", "rights"] == ""  # a frame-only sentence does not inherit
    assert claims.loc["Schools reopened.", "rights"] == "education"  # a right of its own
    assert claims.loc["It is hard.", "rights"] == "family_children disability"  # the question's stays the topic


def test_an_answer_elsewhere_inherits_nothing():
    claims = coded((1, "question", ["What about children?"]), (2, "answer", ["A great deal was done."]))
    assert claims.loc["A great deal was done.", "rights"] == ""
    assert not claims.loc["A great deal was done.", "is_rights_claim"]


def test_a_question_is_never_a_rights_claim():
    claims = coded(
        (1, "question", ["Do you protect the rights of detainees?"]),
        (1, "answer", ["Why would anyone doubt our work on human rights?", "We protect human rights."]),
    )
    assert claims.index.tolist() == ["Why would anyone doubt our work on human rights?", "We protect human rights."]
    assert claims["is_rights_claim"].tolist() == [False, True]
    assert claims["rights_cues"].iat[1] == "protect; rights"


def test_code_claims_columns():
    claims = coded((1, "answer", ["Police officers beat two detainees and threatened the journalists."]))
    row = claims.iloc[0]
    assert (row["claim_types"], row["acts"]) == ("problem", "ill_treatment threats_intimidation")
    assert row["rights"] == "torture liberty_detention expression_media"
    assert row["families"] == "civil_political"
    assert row["act_ill_treatment"] and row["act_threats_intimidation"] and not row["act_torture"]
    assert row["torture"] and row["problem"] and not row["achievement"]
    assert (row["act_agents"], row["act_victims"]) == ("Police; officers", "detainees; journalists")
    assert row["actors"] == "state_bodies rights_holders"
    assert (row["evidence"], row["has_outcome_evidence"], row["has_reference"]) == ("outcome", True, False)
    assert (row["we"], row["we_cue"]) == ("", "")
    assert "act_ill_treatment: beat" in row["cues"].split(" | ")
    assert row["evaluation"] == "negative" and row["vader_compound"] <= -0.05
    bools = [c for c in claims.columns if claims[c].dtype == bool]
    assert {"is_rights_claim", "home", "abroad", "act_eviction", "housing", "security", "outcome"} <= set(bools)


def test_agents_and_victims_only_with_an_act():
    row = coded((1, "answer", ["Police officers met the journalists."])).iloc[0]
    assert row["actors"] == "state_bodies rights_holders"
    assert (row["act_agents"], row["act_victims"]) == ("", "")


def test_code_claims_of_no_interviewee_sentence():
    claims, cues = code_claims(interview((1, "question", ["Are rights protected?"])), CODEBOOK)
    assert claims.empty and cues.empty
    assert cues.columns.tolist() == CUE_COLUMNS
    claims, cues = code_claims(interview((1, "answer", ["x"])).iloc[:0], CODEBOOK)
    assert claims.empty and cues.empty


def test_cue_table_is_sorted_by_sentence_and_offset():
    _, cues = code_claims(
        interview(
            (1, "answer", ["Police officers beat two detainees.", "We received 30 complaints about it."]),
            (2, "answer", ["The council evicted families in 2015."]),
        ),
        CODEBOOK,
    )
    keys = list(zip(cues["sentence_id"], cues["start"]))
    assert keys == sorted(keys)
    assert set(cues["sentence_id"]) == {0, 1, 2}
    assert cues["source"].isin({"codebook", "sidecar", "rule", "default"}).all()


@pytest.mark.parametrize(
    ("before", "we"),
    [
        ("Ruritania joined the convention last year.", "state"),  # the country as the doer
        ("In general, Ruritania signs every treaty.", "state"),  # after a short opening phrase
        ("The ministry drafted the law.", "state"),  # a state body as the doer
        ("The reports reached Ruritania late.", "office"),  # the country, but not the doer
        ("Many families wrote to the ministry.", "office"),  # a state body, but not the doer
    ],
)
def test_a_we_after_the_state_as_doer_speaks_for_the_state(before, we):
    claims = coded((1, "question", ["What happened?"]), (1, "answer", [before, "We take part in every session."]))
    assert claims.loc["We take part in every session.", "we"] == we


@pytest.mark.parametrize(
    ("text", "frame", "act"),
    [
        ("She received threats against her children.", set(), {"threats_intimidation"}),  # a person threatened
        ("Terrorism and other threats to the state grow.", {"security"}, set()),  # the state threatened
        ("Global threats affect every country.", {"security"}, set()),
    ],
)
def test_a_threat_to_a_person_is_intimidation_and_a_threat_to_the_state_a_frame(text, frame, act):
    assert codes(text, "frame") == frame and codes(text, "act") == act
