"""The framing stage on the seed and the fixtures: rights and silences, frames, acts, the record, actors, stance
and placement tables."""

import pandas as pd
import pytest

from ombudsman_discourse.claims.codebook import codebook_for, load_codebook
from ombudsman_discourse.claims.stage import claim_tables
from ombudsman_discourse.framing.frames import acts_table
from ombudsman_discourse.framing.placement import locus_by_claim
from ombudsman_discourse.framing.rights import rights_invoked
from ombudsman_discourse.framing.stage import framing_tables
from ombudsman_discourse.framing.stance import stance_table


def test_framing_tables_add_up(seed_tables, seed_analysis):
    codebook = seed_analysis.codebook
    rights = seed_tables["rights"]
    assert list(rights["right"]) == codebook.labels("right") and (rights["udhr_articles"] != "").all()
    claims = seed_tables["claims"]
    for r in rights.itertuples():  # each count is the right's column of claims.csv, and its ids are those rows
        assert r.sentences == claims[r.right].sum()
        assert r.sentence_ids.split() == [str(i) for i in claims.loc[claims[r.right], "sentence_id"]]
    families = seed_tables["right_families"].set_index("family")
    assert families.loc["security", "sentences"] == 0 and families.loc["security", "rights"] == ""
    frames = seed_tables["frames"]
    assert list(frames["frame"]) == codebook.labels("frame") and "udhr_articles" not in frames.columns
    actors = seed_tables["actor_claims"]
    assert len(actors) == len(codebook.labels("actor")) * len(codebook.labels("claim_type"))
    stance = seed_tables["stance"].set_index("turn_id")
    assert stance.loc["all", "words"] == stance.drop("all")["words"].sum()
    assert stance.loc["all", "hedge_per_1000"] == pytest.approx(
        stance.loc["all", "hedge"] / stance.loc["all", "words"] * 1000
    )
    placement = seed_tables["placement"].set_index("claim_type")
    assert placement.loc["problem", "sentences"] == claims["problem"].sum()
    assert list(seed_tables["first_person"]["sentence_id"]) == list(claims.loc[claims["we"] != "", "sentence_id"])


def test_seed_silences_and_frames(seed_tables):
    """What the issue asks of the seed: the civil rights it never invokes, security and migration as frames."""
    silent = set(seed_tables["rights"].query("sentences == 0")["right"])
    assert {"expression_media", "assembly", "association", "religion", "political_participation"} <= silent
    frames = seed_tables["frames"].set_index("frame")
    assert frames.loc["security", "sentences"] > 0
    claims = seed_tables["claims"].set_index("sentence_id")
    flows = [i for i, t in claims["text"].items() if "migration flows" in t]
    assert flows and all(
        claims.loc[i, "security"] and not claims.loc[i, "migrants_refugees_statelessness"] for i in flows
    )


def test_rights_table_known_answer():
    """Three sentences: one achieves housing, one states a housing problem and a torture problem, one names none."""
    claims = pd.DataFrame(
        {
            "sentence_id": [1, 2, 3],
            "text": ["a", "b", "c"],
            "housing": [True, True, False],
            "torture": [False, True, False],
            "achievement": [True, False, False],
            "problem": [False, True, False],
            "commitment": [False, False, False],
        }
    )
    codebook = load_codebook()
    for right in codebook.labels("right"):
        claims[right] = claims.get(right, False)
    table = rights_invoked(claims, codebook).set_index("right")
    assert table.loc["housing", ["sentences", "achievement", "problem", "commitment"]].tolist() == [2, 1, 1, 0]
    assert table.loc["housing", "sentence_ids"] == "1 2" and table.loc["housing", "example"] == "a"
    assert table.loc["torture", ["sentences", "problem"]].tolist() == [1, 1]
    assert table.loc["life", "sentences"] == 0 and table.loc["life", "example"] == ""


def test_acts_table_known_answer():
    """An eviction at home by the mayor, another abroad, an eviction placed both; no other act."""
    codebook = load_codebook()
    columns = {codebook.column("act", a): [False] * 3 for a in codebook.labels("act")}
    columns["act_eviction"] = [True, True, True]
    claims = pd.DataFrame(
        {
            "sentence_id": [1, 2, 3],
            "text": ["x", "y", "z"],
            "home": [True, False, True],
            "abroad": [False, True, True],
            "act_agents": ["mayor", "", "mayor; police"],
            "act_victims": ["families", "", ""],
            **columns,
        }
    )
    acts = acts_table(claims, codebook).set_index("act")
    row = acts.loc["eviction"]
    assert (row["sentences"], row["home"], row["abroad"], row["both"], row["unplaced"]) == (3, 2, 2, 1, 0)
    assert row["agents"] == "mayor; police" and row["victims"] == "families"
    assert acts.drop("eviction")["sentences"].sum() == 0


def test_placement_known_answer():
    """Two achievements (one at home, one unplaced) and one problem placed both abroad and at home."""
    claims = pd.DataFrame(
        {
            "achievement": [True, True, False],
            "problem": [False, False, True],
            "home": [True, False, True],
            "abroad": [False, False, True],
        }
    )
    table = locus_by_claim(claims, ["home", "abroad"]).set_index("claim_type")
    assert table.loc["achievement"].to_dict() == {
        "sentences": 2, "home": 1, "abroad": 0, "only_home": 1, "only_abroad": 0, "unplaced": 1,
    }  # fmt: skip
    assert table.loc["problem"].to_dict() == {
        "sentences": 1, "home": 1, "abroad": 1, "only_home": 0, "only_abroad": 0, "unplaced": 0,
    }  # fmt: skip


def test_record_statuses(seed_tables, seed):
    """Addressed needs the right and one of the issue's words; right only, the right alone; passed over, neither."""
    record = seed_tables["record"].set_index("issue")
    claims = seed_tables["claims"]
    assert len(record) == len(seed.meta.record)
    for issue in seed.meta.record:
        row = record.loc[issue.id]
        invoked = claims[claims[issue.right]]
        assert row["right_sentences"] == len(invoked)
        words = [t for t in invoked["text"] if any(w in t.lower() for w in issue.words)] if issue.words else invoked
        expected = "addressed" if len(words) else "right only" if len(invoked) else "passed over"
        assert row["status"] == expected, issue.id


def test_record_names_an_unknown_right():
    from ombudsman_discourse.errors import SidecarError
    from ombudsman_discourse.framing.record import record_table
    from ombudsman_discourse.text.sidecar import RecordIssue

    claims = pd.DataFrame({"sentence_id": [1], "text": ["x"], "housing": [True]})
    with pytest.raises(SidecarError, match="'shelter' is no right"):
        record_table(claims, (RecordIssue("a", "shelter", "theme", "source"),), load_codebook())


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
