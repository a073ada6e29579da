"""Findings: known answers on hand-made tables, ties said as ties, nothing made where nothing is informative,
the sentences quoted for and against, and the seed end to end."""

import re
from types import SimpleNamespace

import nbformat
import pandas as pd
import pytest

from ombudsman_discourse.claims.codebook import load_codebook
from ombudsman_discourse.report import finding_rules as rules
from ombudsman_discourse.report.figure_registry import FIGURE_NUMBERS
from ombudsman_discourse.report.findings import (
    Finding,
    NotMade,
    finding_markdown,
    findings_table,
    not_made_markdown,
    numbered,
    pick,
    report_findings,
)

from .conftest import NOTEBOOKS

CODEBOOK = load_codebook()
INTERVIEW = SimpleNamespace(layout="qa_labels", meta=SimpleNamespace(interview_id="x"))


def claims_frame(rows: list[dict]) -> pd.DataFrame:
    """Claims with every column the findings read, False or empty unless a row says otherwise."""
    flags = [
        "is_rights_claim", "home", "abroad", "outcome", "reference", "has_evidence",
        *CODEBOOK.labels("claim_type"), *CODEBOOK.labels("right"), *CODEBOOK.labels("frame"), *CODEBOOK.labels("actor"),
    ]  # fmt: skip
    records = []
    for k, row in enumerate(rows):
        record = {"sentence_id": k + 1, "turn_id": row.get("turn", 1), "text": row.get("text", f"s{k + 1}")}
        record |= dict.fromkeys(flags, False) | {"rights": "", "frames": "", "we": "", "we_cue": "", "cues": ""}
        for key, value in row.items():
            if key not in ("turn", "text"):
                record[key] = value
        records.append(record)
    return pd.DataFrame(records)


def test_pick_prefers_one_sentence_per_answer_in_reading_order():
    claims = claims_frame([{"turn": 1}, {"turn": 1}, {"turn": 2}, {"turn": 3}])
    assert [s for s, _ in pick(claims, [True, True, True, True], 3)] == [1, 3, 4]
    assert [s for s, _ in pick(claims, [True, True, False, False], 3)] == [1, 2]
    assert pick(claims, [False] * 4) == ()
    long = claims_frame([{"text": "word " * 100}])
    assert pick(long, [True])[0][1].endswith("…") and len(pick(long, [True])[0][1]) <= 320


def test_balance_states_a_tie_as_a_tie():
    claims = claims_frame([{"achievement": True}, {"problem": True, "turn": 2}])
    turns = pd.DataFrame({"turn_id": [1, 2], "achievement": [1, 0], "problem": [0, 1]})
    found = rules.claim_balance(INTERVIEW, {"claims": claims, "claims_by_turn": turns}, CODEBOOK)
    assert found.claim == "Achievements and problems are stated equally often: 1 sentence each."
    assert "Achievements outnumber problems in 1 answer and problems achievements in 1, of 2." in found.evidence
    assert "read it as an indication" in found.caveat  # two sentences


def test_balance_names_the_larger_side_and_quotes_the_other():
    rows = [{"problem": True, "turn": t} for t in (1, 2, 3)] + [{"achievement": True, "turn": 4}]
    turns = pd.DataFrame({"turn_id": [1, 2, 3, 4], "achievement": [0, 0, 0, 1], "problem": [1, 1, 1, 0]})
    found = rules.claim_balance(INTERVIEW, {"claims": claims_frame(rows), "claims_by_turn": turns}, CODEBOOK)
    assert found.claim == "Problems outnumber achievements: 3 sentences against 1."
    assert [s for s, _ in found.quotes] == [1, 2, 3] and [s for s, _ in found.against] == [4]


def test_balance_without_claims_is_not_made():
    claims = claims_frame([{}])
    found = rules.claim_balance(INTERVIEW, {"claims": claims, "claims_by_turn": pd.DataFrame()}, CODEBOOK)
    assert isinstance(found, NotMade) and "no sentence states" in found.reason


def acts(**stated) -> pd.DataFrame:
    rows = [{"act": a, "sentences": 0, "home": 0, "abroad": 0} for a in CODEBOOK.labels("act")]
    for row in rows:
        row.update(stated.get(row["act"], {}))
    return pd.DataFrame(rows)


def test_problems_stated_at_home_with_the_defaults_counted():
    rows = [{"problem": True, "home": True} for _ in range(3)] + [{"problem": True, "abroad": True}]
    rows[3:3] = [{"problem": True, "home": True, "cues": "home: (no foreign place or agent named)"}] * 2
    tables = {"claims": claims_frame(rows), "acts": acts(eviction={"sentences": 2, "home": 2, "abroad": 0})}
    found = rules.problems_placed(INTERVIEW, tables, CODEBOOK)
    assert (
        found.claim == "Problems are stated at home: 5 of 6 problem sentences are placed at home only, 1 abroad only."
    )
    assert "Of the problem sentences at home, 2 are there by default (they name no place)." in found.evidence
    assert "about equal" not in found.caveat
    assert "Acts stated: eviction 2 (home 2, abroad 0)." in found.evidence
    assert [s for s, _ in found.against] == [6]


def test_problems_about_as_often_abroad():
    """4 against 3: the smaller is 75 % of the larger, so they are said to be about equal."""
    rows = [{"problem": True, "abroad": True}] * 4 + [{"problem": True, "home": True}] * 3
    found = rules.problems_placed(INTERVIEW, {"claims": claims_frame(rows), "acts": acts()}, CODEBOOK)
    assert found.claim.startswith("Problems are placed abroad about as often as at home: 4 problem sentences")
    rows = [{"problem": True, "abroad": True}] * 5 + [{"problem": True, "home": True}] * 3  # 60 %: not about equal
    found = rules.problems_placed(INTERVIEW, {"claims": claims_frame(rows), "acts": acts()}, CODEBOOK)
    assert found.claim.startswith("Problems are placed abroad more often than at home: 5")
    assert "No problem sentence is coded with a violation act" in found.evidence


def test_credit_tie_is_a_tie():
    rows = [{"achievement": True, "head_of_state": True}, {"achievement": True, "ombudsman": True}]
    found = rules.credit(INTERVIEW, {"claims": claims_frame(rows)}, CODEBOOK)
    assert found.claim == (
        "Achievements and attributions name the head of state and the ombudsman's office equally often: "
        "1 of 2 achievement or attribution sentences each."
    )


def test_credit_quotes_sentences_naming_the_leader_alone_first():
    rows = [{"achievement": True, "nation": True, "head_of_state": True, "turn": 1}]
    rows += [{"achievement": True, "nation": True, "turn": t} for t in (2, 3, 4)]
    found = rules.credit(INTERVIEW, {"claims": claims_frame(rows)}, CODEBOOK)
    assert found.claim == (
        "Of the actors named with achievements and attributions, the country as a whole is named most often: "
        "4 of 4 achievement or attribution sentences."
    )
    assert [s for s, _ in found.quotes] == [2, 3, 4]  # sentence 1 names the head of state beside the country
    found = rules.credit(INTERVIEW, {"claims": claims_frame(rows[:2])}, CODEBOOK)
    assert [s for s, _ in found.quotes] == [1, 2]  # too few name it alone: the others fill in


def test_credit_without_a_known_actor_is_not_made():
    found = rules.credit(INTERVIEW, {"claims": claims_frame([{"achievement": True}])}, CODEBOOK)
    assert isinstance(found, NotMade)


def test_evidence_kinds_known_answer():
    rows = [{"achievement": True, "outcome": True, "has_evidence": True}] * 2
    rows += [{"achievement": True, "reference": True, "has_evidence": True}] * 2 + [{"achievement": True}]
    rows += [{"problem": True}]
    found = rules.evidence_kinds(INTERVIEW, {"claims": claims_frame(rows)}, CODEBOOK)
    assert found.claim == (
        "2 of 5 achievement sentences give outcome evidence (2 of 5 only a reference); "
        "no problem sentence gives outcome evidence (0 of 1 only a reference)."
    )
    assert "with no evidence at all: 2" in found.evidence and [s for s, _ in found.against] == [5, 6]
    # the weakest type rests on references: those are shown, and the sentences that count outcomes speak against
    rows[-1] = {"problem": True, "reference": True, "has_evidence": True}
    found = rules.evidence_kinds(INTERVIEW, {"claims": claims_frame(rows)}, CODEBOOK)
    assert [s for s, _ in found.quotes] == [6] and [s for s, _ in found.against] == [1, 2]
    assert found.against_note == "Sentences that do give outcome evidence:"


def test_evidence_kinds_on_few_claims_is_not_made():
    found = rules.evidence_kinds(INTERVIEW, {"claims": claims_frame([{"achievement": True}] * 4)}, CODEBOOK)
    assert isinstance(found, NotMade) and "fewer than 5" in found.reason


def frames_table(claims: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "frame": CODEBOOK.labels("frame"),
            "name": [CODEBOOK.codes["frame"][f].name for f in CODEBOOK.labels("frame")],
            "sentences": [int(claims[f].sum()) for f in CODEBOOK.labels("frame")],
            "in_rights_claims": [int((claims[f] & claims["is_rights_claim"]).sum()) for f in CODEBOOK.labels("frame")],
        }
    )


def test_frames_tie_and_the_rights_beside_them():
    rows = [{"security": True, "frames": "security"}, {"sovereignty": True, "frames": "sovereignty"}]
    rows += [{"security": True, "frames": "security", "is_rights_claim": True, "rights": "religion", "religion": True}]
    rows += [{"sovereignty": True, "frames": "sovereignty"}]
    claims = claims_frame(rows)
    found = rules.frames_used(INTERVIEW, {"claims": claims, "frames": frames_table(claims)}, CODEBOOK)
    assert found.claim == (
        "The interview frames matters equally as security and sovereignty (2 sentences each), a frame and not a right."
    )
    assert [s for s, _ in found.against] == [3]
    none = claims_frame([{}])
    assert isinstance(rules.frames_used(INTERVIEW, {"claims": none, "frames": frames_table(none)}, CODEBOOK), NotMade)


def test_first_person_counts_and_defaults():
    rows = [{"we": "office", "we_cue": "we visited (office we)"}] * 3
    rows += [
        {"we": "nation", "we_cue": "our country (nation we)"},
        {"we": "office", "we_cue": "we (office we, no cue: the speaker's office)"},
    ]
    claims = claims_frame(rows)
    first = claims[claims["we"] != ""]
    found = rules.first_person(INTERVIEW, {"claims": claims, "first_person": first}, CODEBOOK)
    assert found.claim == "The speaker's *we* is most often the office: 4 of 5 sentences."
    assert [s for s, _ in found.quotes] == [1, 2, 3] and [s for s, _ in found.against] == [5]
    few = claims.head(4)
    assert isinstance(rules.first_person(INTERVIEW, {"claims": few, "first_person": few}, CODEBOOK), NotMade)


def test_first_person_always_one_reading_and_the_slides_within_answers():
    rows = [{"we": "office", "we_cue": "we visited (office we)", "turn": t} for t in (1, 1, 2, 2, 3)]
    claims = claims_frame(rows)
    found = rules.first_person(INTERVIEW, {"claims": claims, "first_person": claims}, CODEBOOK)
    assert found.claim == "The speaker's *we* is always the office: 5 of 5 sentences."
    assert "Within each answer the reading stays the same." in found.evidence
    rows[1], rows[3] = ({"we": "state", "we_cue": "we adopted (state we)", "turn": t} for t in (1, 2))
    claims = claims_frame(rows)
    found = rules.first_person(INTERVIEW, {"claims": claims, "first_person": claims}, CODEBOOK)
    # answer 1: office, state; answer 2: office, state; the change from answer 2 to 3 is no slide
    assert "Within an answer the reading changes 2 times (office to state);" in found.evidence


def rights_table(claims: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "right": CODEBOOK.labels("right"),
            "name": [c.name for c in CODEBOOK.codes["right"].values()],
            "sentences": [int(claims[r].sum()) for r in CODEBOOK.labels("right")],
        }
    )


def test_rights_silences_list_every_right_never_invoked():
    rows = [{"is_rights_claim": True, "housing": True, "rights": "housing"}, {"is_rights_claim": True}]
    claims = claims_frame(rows)
    found = rules.rights_silences(INTERVIEW, {"claims": claims, "rights": rights_table(claims)}, CODEBOOK)
    assert found.claim.startswith("The interview invokes 1 of the 23 specific rights and never invokes life; ")
    assert found.claim.count(";") == 21  # 22 silences, some with commas of their own: semicolons between them
    assert found.claim.endswith("; and remedy and rights institutions.")
    assert [s for s, _ in found.against] == [2]  # the rights claim naming no right
    assert "Held-out agreement" in found.codes


def test_rights_silences_rest_on_the_review_when_there_is_one():
    claims = claims_frame([{"is_rights_claim": True, "housing": True, "rights": "housing"}])
    tables = {"claims": claims, "rights": rights_table(claims), "review_agreement": pd.DataFrame()}
    found = rules.rights_silences(INTERVIEW, tables, CODEBOOK)
    assert found.validated and "decided by the analyst" in found.codes


def test_record_reading_known_answer():
    claims = claims_frame(
        [
            {"torture": True, "problem": True, "text": "Nobody investigated the beatings."},
            {"housing": True, "text": "New flats were built."},
        ]
    )
    record = pd.DataFrame(
        {
            "issue": ["torture_investigations", "housing_water", "media_freedom"],
            "right": ["torture", "housing", "expression_media"],
            "status": ["addressed", "right only", "passed over"],
            "sentence_ids": ["1", "", ""],
            "achievement": [0, 0, 0],
            "problem": [1, 0, 0],
            "commitment": [0, 0, 0],
        }
    )
    found = rules.record_reading(INTERVIEW, {"claims": claims, "record": record}, CODEBOOK)
    assert (
        found.claim
        == "Of the 3 issues UN mechanisms raised, the interview addresses 1 and passes over 1: media freedom."
    )
    assert "torture investigations (sentence 1: 0 achievement, 1 problem, 0 commitment)" in found.evidence
    assert [s for s, _ in found.quotes] == [1] and [s for s, _ in found.against] == [2]
    empty = rules.record_reading(INTERVIEW, {"claims": claims, "record": record.head(0)}, CODEBOOK)
    assert isinstance(empty, NotMade)


def test_markdown_and_table_show_quotes_and_validation():
    finding = Finding(
        "k", "A claim.", "Counts.", ((3, "Quoted."),), ((4, "Against."),), "Against it:", "κ 0.80", True,
        ("claims.csv",), "04_rights.png", "A caveat.", "notebook 04, section 1",
    )  # fmt: skip
    text = finding_markdown("Finding 2", finding)
    assert text.startswith("### Finding 2. A claim.")
    assert "> (3) Quoted." in text and "> (4) Against." in text and "**Codes it rests on** (validated). κ 0.80" in text
    assert f"Figure {FIGURE_NUMBERS['04_rights.png']} (`04_rights.png`)" in text
    row = findings_table([finding]).iloc[0]
    assert (row["quoted_sentences"], row["against_sentences"], row["validated"]) == ("3", "4", True)
    assert "*first person*: why" in not_made_markdown([NotMade("first_person", "why")])


def test_a_finding_on_codes_not_validated_is_an_indication_and_comes_after_the_findings():
    def finding(key, validated):
        return Finding(key, "c.", "e", (), (), "", "", validated, (), None, "", "")

    made = [finding("a", False), finding("b", True), finding("c", False), finding("d", True)]
    assert [(name, f.key) for name, f in numbered(sorted(made, key=lambda f: not f.validated))] == [
        ("Finding 1", "b"), ("Finding 2", "d"), ("Indication 1", "a"), ("Indication 2", "c"),
    ]  # fmt: skip
    assert findings_table(made)["finding"].tolist() == ["Indication 1", "Finding 1", "Indication 2", "Finding 2"]


@pytest.fixture(scope="module")
def seed_findings(seed, seed_analysis):
    return seed_analysis, *report_findings(seed, seed_analysis.tables, seed_analysis.codebook)


def test_seed_findings_cite_real_sentences_figures_and_tables(seed_findings):
    analysis, found, left = seed_findings
    assert len(found) + len(left) == len(rules.CANDIDATES)
    figures = set(analysis.output.figures)
    tables = {f"{name}.csv" for name in analysis.tables}
    texts = dict(zip(analysis.tables["claims"]["sentence_id"], analysis.tables["claims"]["text"]))
    for f in found:
        assert f.figure is None or f.figure in figures
        assert set(f.tables) <= tables
        assert f.claim.endswith(".") and f.caveat and f.codes
        assert 1 <= len(f.quotes) <= 3 and len(f.against) <= 3
        for sid, text in (*f.quotes, *f.against):
            assert texts[sid].startswith(text.rstrip("…"))


def test_seed_findings_say_what_the_issue_asks(seed_findings):
    """The seed's silences include the civil liberties, and the record's passed-over issues are named."""
    analysis, found, _ = seed_findings
    by_key = {f.key: f for f in found}
    silences = by_key["rights_silences"].claim
    for right in (
        "expression and media",
        "peaceful assembly",
        "association",
        "religion and belief",
        "political participation",
    ):
        assert right in silences
    record = analysis.tables["record"]
    for issue in record.loc[record["status"] == "passed over", "issue"]:
        assert issue.replace("_", " ") in by_key["record_reading"].claim
    assert not any(re.search(r"\bmost\b", f.claim) and re.search(r"\b[1-4] (?:of|sentence)", f.claim) for f in found)


def test_figure_numbers_match_the_notebook_captions():
    captions = []
    for path in sorted(NOTEBOOKS.glob("0[1-5]_*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            for output in cell.get("outputs", []):
                captions.extend(re.findall(r"Figure (\d\.\d)\. [^*]*?\(figures/[^/]+/([\w.]+)\)", str(output)))
    assert dict((name, number) for number, name in captions) == FIGURE_NUMBERS
