"""The claims stage on the seed end to end: validation against the hand coding, summary tables, fixtures."""

import pandas as pd
import pytest

from ombudsman_discourse.claims.agreement import agreement_table, read_gold
from ombudsman_discourse.claims.codebook import codebook_for, codebook_table
from ombudsman_discourse.claims.stage import claim_tables
from ombudsman_discourse.claims.summaries import claims_by_turn, evidence_by_claim_type

from .conftest import DATA, FIXTURES

MIN_EXAMPLES = 5  # a claim type with fewer hand-coded examples has no stable kappa


@pytest.fixture(scope="module")
def seed_claims(seed_tables):
    return seed_tables


def agreement(interviews_and_tables, gold):
    claims = []
    for _, tables in interviews_and_tables:
        c = tables["claims"]
        claims.append(c.assign(sentence_id=c["interview_id"] + ":" + c["sentence_id"].astype(str)))
    gold = gold.assign(sentence_id=gold["interview_id"] + ":" + gold["sentence_id"].astype(str))
    codebook = codebook_for(interviews_and_tables[0][0])
    table = agreement_table(pd.concat(claims), gold, codebook.labels("claim_type"), codebook.labels("rights_domain"))
    return table.set_index("code")


def test_seed_meets_the_agreement_targets(seed, seed_claims):
    gold = read_gold(DATA / "seed_claims_gold.csv").assign(interview_id=seed.meta.interview_id)
    table = agreement([(seed, seed_claims)], gold)
    assert table.loc["is_rights_claim", "kappa"] >= 0.8
    for code in ["achievement", "commitment", "recognition", "attribution", "problem", "cooperation"]:
        if table.loc[code, "gold_positive"] >= MIN_EXAMPLES:
            assert table.loc[code, "kappa"] >= 0.7, code


def test_fixtures_agree_with_their_hand_coding(fixtures):
    pairs = [(fixtures[name], claim_tables(fixtures[name])) for name in sorted(FIXTURES)]
    table = agreement(pairs, read_gold(DATA / "fixtures_claims_gold.csv"))
    assert table.loc["is_rights_claim", "kappa"] >= 0.8
    for code in ["achievement", "problem", "cooperation"]:
        assert table.loc[code, "kappa"] >= 0.7, code


def test_every_interviewee_sentence_is_coded_and_nothing_else(seed, seed_claims):
    answers = seed.sentences[seed.sentences["role"] == "answer"]
    assert seed_claims["claims"]["sentence_id"].tolist() == answers["sentence_id"].tolist()
    assert set(seed_claims["claim_cues"]["sentence_id"]) <= set(answers["sentence_id"])


def test_sidecar_extension_reaches_the_coder(seed, seed_claims):
    claims = seed_claims["claims"].set_index("sentence_id")
    nurly = claims[claims["text"].str.startswith("The Nurly Zhol new economic policy")].iloc[0]
    assert nurly["attribution"] and "attribution: Nurly Zhol" in nurly["cues"]
    assert claims["head_of_state"].sum() >= 3  # "Nazarbayev" comes from the sidecar, "President" from the codebook


def test_summary_tables_add_up(seed_claims):
    claims = seed_claims["claims"]
    summary = seed_claims["claim_summary"].set_index("code")
    assert summary.loc["is_rights_claim", "sentences"] == claims["is_rights_claim"].sum()
    assert summary.loc["problem", "share"] == pytest.approx(claims["problem"].mean())
    by_turn = seed_claims["claims_by_turn"].set_index("turn_id")
    assert by_turn["sentences"].sum() == len(claims)
    assert by_turn["problem"].sum() == summary.loc["problem", "sentences"]


def test_claims_by_turn_and_evidence_known_answer():
    """Three sentences in two turns, counted by hand: turn 1 has two (one problem with a date, one achievement
    with a number and a date), turn 2 one achievement without evidence."""
    claims = pd.DataFrame(
        {
            "turn_id": [1, 1, 2],
            "problem": [True, False, False],
            "achievement": [False, True, True],
            "commitment": [False, False, False],
            "has_evidence": [True, True, False],
            "number": [False, True, False],
            "date": [True, True, False],
        }
    )
    by_turn = claims_by_turn(claims, ["achievement", "problem"])
    assert by_turn.to_dict("list") == {
        "turn_id": [1, 2],
        "sentences": [2, 1],
        "achievement": [1, 1],
        "problem": [1, 0],
    }
    evidence = evidence_by_claim_type(claims, ["achievement", "problem", "commitment"], ["number", "date"])
    row = evidence.set_index("claim_type")
    assert row.loc["achievement", "sentences"] == 2 and row.loc["achievement", "with_evidence"] == 1
    assert row.loc["achievement", "share"] == 0.5 and row.loc["achievement", "number_share"] == 0.5
    assert row.loc["problem", "share"] == 1.0 and row.loc["problem", "date_share"] == 1.0
    assert row.loc["commitment", "sentences"] == 0 and pd.isna(row.loc["commitment", "share"])


def test_codebook_table_shows_every_code_with_its_cues(seed):
    table = codebook_table(codebook_for(seed))
    assert len(table) == 6 + 6 + 8 + 5 + 4 + 3
    assert (table.loc[table["code"] != "external_threat", "cues"] != "").all()


def test_highlight_marks_cues_and_breaks_ties_by_code():
    from ombudsman_discourse.claims.summaries import highlight

    cues = pd.DataFrame({"start": [4, 4, 11], "end": [10, 10, 14], "code": ["problem", "achievement", "security"]})
    assert highlight("The crisis war", cues) == "The **crisis**<sub>[achievement]</sub> **war**<sub>[security]</sub>"


def test_read_gold_selects_one_interview_of_a_shared_file():
    gold = read_gold(DATA / "fixtures_claims_gold.csv", "fixture_qa_labels")
    assert set(gold["interview_id"]) == {"fixture_qa_labels"} and len(gold) > 0
    with pytest.raises(ValueError, match="no hand coding for interview 'nobody'"):
        read_gold(DATA / "fixtures_claims_gold.csv", "nobody")
