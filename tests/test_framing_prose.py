"""The sentences notebook 04 computes: known answers on small tables, ties, silences, the record."""

import pandas as pd

from ombudsman_discourse.report import framing_prose as prose
from ombudsman_discourse.text.sidecar import Meta


def test_stance_caption_names_the_most_hedged_answer_or_none():
    stance = pd.DataFrame(
        {
            "turn_id": ["1", "2", "all"],
            "hedge": [2, 1, 3],
            "hedge_per_1000": [4.0, 4.04, 4.02],
            "booster_per_1000": [1.0, 1.0, 1.0],
            "attitude_per_1000": [2.0, 2.0, 2.0],
        }
    )
    text = prose.stance_caption(stance, "f.png")
    assert "a tie between the answer to Q1 and the answer to Q2 (4.0 each)" in text
    assert "from 2 hedges each. A rate from one or two markers is within the noise." in text
    none = prose.stance_caption(stance.assign(hedge_per_1000=0.0), "f.png")
    assert "No answer contains a hedge the cues recognise." in none


def test_rights_caption_lists_silences_by_family_and_general_claims():
    rights = pd.DataFrame(
        {
            "right": ["life", "housing", "migrants"],
            "name": ["life", "housing", "migrants, refugees and statelessness"],
            "family": ["civil_political", "economic_social", "migration_refugees"],
            "sentences": [0, 2, 0],
        }
    )
    claims = pd.DataFrame({"is_rights_claim": [True, True, False], "rights": ["housing", "", ""]})
    families = {
        "civil_political": "civil rights",
        "economic_social": "social rights",
        "migration_refugees": "migration",
    }
    text = prose.rights_caption(rights, claims, families, "f.png")
    assert (
        "1 right of 3 invoked; the most: housing (2). Never invoked — civil rights: life; migration: migrants" in text
    )
    assert "1 of 2 rights claims names no specific right" in text


def test_frames_caption_counts_framed_sentences_once():
    frames = pd.DataFrame(
        {"frame": ["security", "economy_development"], "name": ["security", "economy and development"],
         "sentences": [2, 1], "in_rights_claims": [1, 1]}
    )  # fmt: skip
    claims = pd.DataFrame(
        {"frames": ["security economy_development", "security", ""], "is_rights_claim": [True, False, True]}
    )
    text = prose.frames_caption(frames, claims, "f.png")
    assert "Frames used: security (2) and economy and development (1); the most used: security (2)." in text
    assert "Of 2 framed sentences, 1 is a rights claim" in text


def test_acts_caption_with_and_without_acts():
    acts = pd.DataFrame({"act": ["eviction", "torture"], "sentences": [2, 0], "home": [2, 0], "abroad": [0, 0],
                         "agents": ["mayor", ""]})  # fmt: skip
    text = prose.acts_caption(acts, "f.png")
    assert "1 kind of act stated; the most stated: eviction (2). Act mentions placed at home: 2; abroad: 0." in text
    assert "Agents named: mayor." in text
    assert "No sentence states a violation act" in prose.acts_caption(acts.assign(sentences=0), "f.png")


def test_record_summary_counts_and_unverified():
    record = pd.DataFrame(
        {
            "issue": ["a_b", "c", "d"],
            "status": ["addressed", "passed over", "right only"],
            "verified": [True, False, True],
        }
    )
    text = prose.record_summary(record, Meta("x", country="Westria"))
    assert text.startswith(
        "Of 3 issues the record lists for Westria, the interview addresses 1, invokes only the right"
    )
    assert "passes over 1: c." in text and "Right invoked, issue not spoken of: d." in text
    assert "1 issue rests on a source whose symbol was not checked" in text
    assert "lists no record" in prose.record_summary(record.head(0), Meta("x"))


def test_first_person_summary_counts_readings_and_defaults():
    first = pd.DataFrame(
        {"we": ["office", "office", "nation"], "we_cue": ["we visited (office we)", "we (office we, no cue: x)",
                                                          "our (nation we, as in the sentence before)"]}
    )  # fmt: skip
    text = prose.first_person_summary(first)
    assert "in 3 sentences, read as: office 2, state 0, nation 1, other 0." in text
    assert (
        "Read as in the sentence before: 1; with no cue at all, read as the office, the speaker's institution: 1."
        in text
    )
    assert prose.first_person_summary(first.head(0)).startswith("The interviewee never says")


def test_placement_summary_counts_defaults():
    placement = pd.DataFrame(
        {"claim_type": ["achievement", "problem"], "sentences": [2, 3], "home": [2, 2], "abroad": [0, 2],
         "only_home": [2, 1], "only_abroad": [0, 1], "unplaced": [0, 0]}
    )  # fmt: skip
    claims = pd.DataFrame({"cues": ["home: (no foreign place or agent named)", "home: Westria", ""]})
    text = prose.placement_summary(placement, claims)
    assert text.startswith("Of 2 achievement sentences, 2 are placed at home only, 0 abroad only, 0 in both; of 3 ")
    assert "1 is placed at home only, 1 abroad only, 1 in both" in text and "(1 sentence here)" in text
    none = prose.placement_summary(placement.assign(sentences=[0, 3], home=[0, 2], only_home=[0, 1]), claims)
    assert none.startswith("No sentence states an achievement; of 3 problem sentences, 1 is placed")


def test_actors_caption_names_actors_as_a_reader_does():
    actor_claims = pd.DataFrame(
        {"actor": ["international_orgs", "rights_holders"], "claim_type": ["problem", "problem"], "sentences": [3, 3]}
    )
    text = prose.actors_caption(actor_claims, "f.png")
    assert "problem: a tie between international organisations and rights-holders (3 each)" in text
