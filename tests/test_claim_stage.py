"""The claims stage on the seed end to end: validation against the hand coding, summary tables, fixtures."""

import pandas as pd
import pytest

from ombudsman_discourse.agreement import agreement_table, read_gold
from ombudsman_discourse.claim_stage import claim_tables, codebook_for, codebook_table, stance_table

from .conftest import DATA, FIXTURES

MIN_EXAMPLES = 5  # a claim type with fewer hand-coded examples has no stable kappa


@pytest.fixture(scope="module")
def seed_claims(seed):
    return claim_tables(seed)


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
    domains = seed_claims["rights_domains"]
    assert len(domains) == 6 and (domains["udhr_articles"] != "").all()
    actors = seed_claims["actor_claims"]
    assert len(actors) == 8 * 6
    stance = seed_claims["stance"].set_index("turn_id")
    assert stance.loc["all", "words"] == stance.drop("all")["words"].sum()
    assert stance.loc["all", "hedge_per_1000"] == pytest.approx(
        stance.loc["all", "hedge"] / stance.loc["all", "words"] * 1000
    )


def test_codebook_table_shows_every_code_with_its_cues(seed):
    table = codebook_table(codebook_for(seed))
    assert len(table) == 6 + 6 + 8 + 5 + 4 + 3
    assert (table.loc[table["code"] != "external_threat", "cues"] != "").all()


def test_highlight_marks_cues_and_breaks_ties_by_code():
    from ombudsman_discourse.claim_stage import highlight

    cues = pd.DataFrame({"start": [4, 4, 11], "end": [10, 10, 14], "code": ["problem", "achievement", "security"]})
    assert highlight("The crisis war", cues) == "The **crisis**<sub>[achievement]</sub> **war**<sub>[security]</sub>"


def test_read_gold_selects_one_interview_of_a_shared_file():
    gold = read_gold(DATA / "fixtures_claims_gold.csv", "fixture_qa_labels")
    assert set(gold["interview_id"]) == {"fixture_qa_labels"} and len(gold) > 0
    with pytest.raises(ValueError, match="no hand coding for interview 'nobody'"):
        read_gold(DATA / "fixtures_claims_gold.csv", "nobody")


def stance_by_groupby(claims, cues, sentences, markers):
    """The stance table as pandas' merge, groupby and unstack build it: the definition stance_table speeds up."""
    words = sentences[sentences["role"] == "answer"].groupby("turn_id")["n_tokens"].sum()
    hits = cues[cues["category"] == "stance"].merge(claims[["sentence_id", "turn_id"]], on="sentence_id")
    counts = hits.groupby(["turn_id", "code"]).size().unstack(fill_value=0).reindex(columns=markers, fill_value=0)
    table = counts.reindex(words.index, fill_value=0)
    table.insert(0, "words", words)
    table.loc["all"] = [words.sum(), *table[markers].sum()]
    for m in markers:
        table[f"{m}_per_1000"] = table[m] / table["words"].where(table["words"] > 0) * 1000
    table.index = table.index.astype(str)
    return table.rename_axis("turn_id").reset_index()


def test_stance_table_counts_as_a_groupby_would(seed, fixtures):
    for interview in [seed, *fixtures.values()]:
        codebook = codebook_for(interview)
        tables = claim_tables(interview, codebook)
        claims, cues, markers = tables["claims"], tables["claim_cues"], codebook.labels("stance")
        expected = stance_by_groupby(claims, cues, interview.sentences, markers)
        pd.testing.assert_frame_equal(tables["stance"], expected)
        no_stance = cues[cues["category"] != "stance"]
        pd.testing.assert_frame_equal(
            stance_table(claims, no_stance, interview.sentences, codebook),
            stance_by_groupby(claims, no_stance, interview.sentences, markers),
        )
