"""The framing stage on the seed and the fixtures: domains, actors, stance and placement tables."""

import pandas as pd
import pytest

from ombudsman_discourse.claims.codebook import codebook_for
from ombudsman_discourse.claims.stage import claim_tables
from ombudsman_discourse.framing.placement import locus_by_claim
from ombudsman_discourse.framing.stage import framing_tables
from ombudsman_discourse.framing.stance import stance_table


def test_framing_tables_add_up(seed_tables, seed_analysis):
    codebook = seed_analysis.codebook
    domains = seed_tables["rights_domains"]
    assert len(domains) == len(codebook.labels("rights_domain")) and (domains["udhr_articles"] != "").all()
    actors = seed_tables["actor_claims"]
    assert len(actors) == len(codebook.labels("actor")) * len(codebook.labels("claim_type"))
    stance = seed_tables["stance"].set_index("turn_id")
    assert stance.loc["all", "words"] == stance.drop("all")["words"].sum()
    assert stance.loc["all", "hedge_per_1000"] == pytest.approx(
        stance.loc["all", "hedge"] / stance.loc["all", "words"] * 1000
    )
    placement = seed_tables["placement"].set_index("claim_type")
    assert placement.loc["problem", "sentences"] == seed_tables["claims"]["problem"].sum()


def test_placement_known_answer():
    """Two achievements (one at home, one unplaced) and one problem placed both abroad and at home."""
    claims = pd.DataFrame(
        {
            "achievement": [True, True, False],
            "problem": [False, False, True],
            "domestic": [True, False, True],
            "international": [False, False, True],
        }
    )
    table = locus_by_claim(claims, ["domestic", "international"]).set_index("claim_type")
    assert table.loc["achievement"].to_dict() == {"sentences": 2, "domestic": 1, "international": 0, "unplaced": 1}
    assert table.loc["problem"].to_dict() == {"sentences": 1, "domestic": 1, "international": 1, "unplaced": 0}


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
        claims = claim_tables(interview, codebook=codebook)
        tables = framing_tables(interview, claims, codebook)
        coded, cues, markers = claims["claims"], claims["claim_cues"], codebook.labels("stance")
        expected = stance_by_groupby(coded, cues, interview.sentences, markers)
        pd.testing.assert_frame_equal(tables["stance"], expected)
        no_stance = cues[cues["category"] != "stance"]
        pd.testing.assert_frame_equal(
            stance_table(coded, no_stance, interview.sentences, codebook),
            stance_by_groupby(coded, no_stance, interview.sentences, markers),
        )
