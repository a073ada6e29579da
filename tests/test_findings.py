"""Findings: known answers on hand-made tables, sensible sentences when a stage found nothing, the seed end to end."""

import re
from types import SimpleNamespace

import nbformat
import pandas as pd
import pytest

from ombudsman_discourse.claims.summaries import evidence_by_claim_type
from ombudsman_discourse.framing.placement import locus_by_claim
from ombudsman_discourse.report.figure_registry import FIGURE_NUMBERS
from ombudsman_discourse.report.findings import (
    claim_profile,
    credit,
    domains,
    evidence_gap,
    finding_markdown,
    findings_table,
    floor_share,
    placement,
    problem_answer,
    report_findings,
    rights_kinds,
    top_keyword,
)

from .conftest import NOTEBOOKS

TYPES = ["achievement", "problem"]
LOCI = ["domestic", "international", "external_threat"]


def claims_frame(rows):
    """Claims with the columns the findings read; each row: turn, achievement, problem, evidence, vader, locus."""
    records = []
    for i, (turn, ach, prob, evidence, vader, locus) in enumerate(rows):
        record = {
            "sentence_id": i,
            "turn_id": turn,
            "achievement": ach,
            "problem": prob,
            "has_evidence": evidence,
            "vader_compound": vader,
            "is_rights_claim": ach or prob,
            "rights_domains": "",
        }
        record.update({loc: loc == locus for loc in LOCI})
        records.append(record)
    return pd.DataFrame(records)


def test_floor_share_known_answer():
    interview = SimpleNamespace(
        paragraphs=pd.DataFrame({"role": ["title", "question", "answer", "question", "answer"]})
    )
    keywords = {"text_size": pd.DataFrame({"text": ["answers", "questions"], "tokens": [900, 100]})}
    found = floor_share(interview, keywords)
    assert "the answers carry 90% of the words" in found.claim
    assert (
        found.evidence
        == "900 word tokens in 2 answer paragraphs against 100 in 2 questions; 450 words of answer per question."
    )


def keyness_rows(rows):
    cols = ["word", "observed", "g2", "p_band", "log_ratio", "is_keyword", "in_reference", "stopword"]
    return pd.DataFrame(rows, columns=cols)


def test_top_keyword_takes_highest_listed_g2_and_breaks_ties_by_word():
    key = keyness_rows(
        [
            ("zzname", 9, 500.0, "p < .0001", 12.0, True, False, False),  # not in the reference: not comparable
            ("rights", 10, 200.0, "p < .0001", 3.0, True, True, False),
            ("freedom", 6, 200.0, "p < .0001", 4.0, True, True, False),
            ("the", 50, 900.0, "p < .0001", 1.0, True, True, True),
        ]
    )
    dispersion = pd.DataFrame({"word": ["freedom"], "parts": [4], "parts_with_word": [3], "dp": [0.25]})
    found = top_keyword({"keyness": key, "dispersion": dispersion})
    assert found.claim.startswith("'freedom' is")
    assert "6 occurrences, G² = 200.0 (p < .0001), Log Ratio = 4.0 (about 16 times" in found.evidence
    assert "in 3 of 4 answer paragraphs (DP = 0.25" in found.evidence


def test_top_keyword_without_keywords_says_so():
    key = keyness_rows([("rights", 2, 5.0, "p < .05", 3.0, False, True, False)])
    assert top_keyword({"keyness": key, "dispersion": pd.DataFrame()}).claim.startswith("No word")


def test_rights_kinds_counts_mentions_and_names():
    types = pd.DataFrame(
        {
            "kind": ["human rights", "human rights", "labour rights", "social rights"],
            "form": ["premodifier", "in a named term", "premodifier in a list", "premodifier in a list"],
            "count": [5, 2, 1, 1],
        }
    )
    found = rights_kinds({"rights_types": types})
    assert "'human rights' accounts for 7 of the 9 mentions" in found.claim
    assert found.evidence == (
        "Kinds of rights named: 3, of which 2 only once. Mentions inside an institution's name "
        "(such as an ombudsman's title): 2."
    )
    empty = rights_kinds({"rights_types": types.iloc[0:0]})
    assert empty.claim == "The answers never name rights in the entitlement sense."


def test_claim_profile_and_empty_interview():
    claims = claims_frame([(1, True, False, True, 0.5, "domestic")] * 3 + [(2, False, True, False, -0.5, "")])
    found = claim_profile({"claims": claims}, TYPES)
    assert found.claim == "100% of the interviewee's sentences make a claim about rights."
    assert "achievement (3), problem (1)" in found.evidence
    assert "read it as an indication" in found.caveat  # 4 sentences is fewer than FEW
    assert claim_profile({"claims": claims.iloc[0:0]}, TYPES).claim.startswith("The interview has no")


def test_problem_answer_links_problems_hedges_and_wording():
    claims = claims_frame(
        [(1, True, False, True, 0.6, "domestic"), (2, False, True, False, -0.4, "external_threat")]
        + [(2, False, True, False, -0.2, "")] * 2
        + [(3, False, True, False, 0.1, "")]
    )
    stance = pd.DataFrame({"turn_id": ["1", "2", "3", "all"], "hedge_per_1000": [0.0, 12.5, 20.0, 9.0]})
    found = problem_answer({"claims": claims, "stance": stance})
    assert found.claim == "Problems are stated mostly in one answer: 3 of the 4 problem sentences answer Q2."
    assert found.evidence.startswith("That answer ranks 2 of 3 answers for hedging (12.5 hedges per 1,000 words")
    assert "against 9.0 over the interview) and has the most negative wording" in found.evidence
    assert "(mean VADER compound -0.27)" in found.evidence
    none = problem_answer({"claims": claims.assign(problem=False), "stance": stance})
    assert none.claim == "No sentence of the answers is coded as stating a problem."


def evidence_tables(claims):
    return {"claims": claims, "evidence_by_claim_type": evidence_by_claim_type(claims, TYPES, [])}


def placement_tables(claims):
    return {"claims": claims, "placement": locus_by_claim(claims, LOCI)}


def test_evidence_gap_compares_only_types_with_enough_sentences():
    rows = [(1, True, False, i < 4, 0.0, "") for i in range(5)] + [(1, False, True, i < 1, 0.0, "") for i in range(5)]
    found = evidence_gap(evidence_tables(claims_frame(rows)))
    assert found.claim == "Achievement claims come with checkable specifics most often, problem claims least often."
    assert found.evidence.startswith("80% of 5 achievement sentences")
    assert "against 20% of 5 problem sentences (50% of all" in found.evidence
    few = evidence_gap(evidence_tables(claims_frame(rows[:6])))
    assert few.claim.startswith("Too few claims")


def test_credit_names_the_leading_actor_with_ties_by_name():
    grid = pd.DataFrame(
        {
            "actor": ["nation", "head_of_state", "nation", "head_of_state"],
            "claim_type": ["attribution", "attribution", "achievement", "achievement"],
            "sentences": [2, 2, 3, 1],
        }
    )
    claims = pd.DataFrame({"attribution": [True] * 3 + [False] * 2, "achievement": [False, True, True, True, True]})
    found = credit({"actor_claims": grid, "claims": claims})
    assert found.claim == "Credit for initiatives goes most often to the head of state."
    assert found.evidence == (
        "Sentences that credit someone with an initiative: 3, with the head of state as actor in 2. "
        "Sentences of achievement: 4, with the nation as actor in 3."
    )
    silent = credit({"actor_claims": grid.assign(sentences=0), "claims": claims})
    assert silent.claim.startswith("No sentence credits")


def test_placement_known_answer_and_absent_type():
    rows = [(1, True, False, False, 0.0, "domestic")] * 4 + [(1, True, False, False, 0.0, "")]
    rows += [(2, False, True, False, 0.0, "external_threat")] * 3 + [(2, False, True, False, 0.0, "domestic")]
    found = placement(placement_tables(claims_frame(rows)))
    assert found.claim == (
        "Achievements are placed at home (80% of them), problems more often among outside threats (75%) "
        "than at home (25%)."
    )
    assert "1 have no locus cue" not in found.evidence and "0 have no locus cue" in found.evidence
    absent = placement(placement_tables(claims_frame(rows[:5])))
    assert absent.claim.startswith("Achievements and problems cannot be compared")


def test_domains_names_the_top_domain_the_general_claims_and_the_silences():
    table = pd.DataFrame({"domain": ["civil_political", "economic_social", "security"], "sentences": [3, 3, 0]})
    claims = claims_frame([(1, True, False, False, 0.0, "")] * 5)
    claims["rights_domains"] = ["civil_political", "economic_social", "", "", "civil_political"]
    found = domains({"rights_domains": table, "claims": claims})
    assert found.claim == "The most invoked rights domain is civil political (3 sentences)."
    assert (
        found.evidence
        == "2 of 5 rights claims name no domain: they speak of human rights in general. Never invoked: security."
    )


@pytest.fixture(scope="module")
def seed_findings(seed, seed_analysis):
    return seed, seed_analysis, report_findings(seed, seed_analysis.tables, seed_analysis.codebook)


def test_seed_findings_cite_real_figures_and_tables(seed_findings):
    _, analysis, found = seed_findings
    assert 6 <= len(found) <= 10
    figures = set(analysis.output.figures)
    tables = {f"{name}.csv" for name in analysis.tables}
    for f in found:
        assert f.figure is None or f.figure in figures
        assert set(f.tables) <= tables
        assert f.claim.endswith(".") and f.caveat
    table = findings_table(found)
    assert table["finding"].tolist() == list(range(1, len(found) + 1))
    assert table.loc[0, "figure_number"] == "1.1"


def test_seed_headline_numbers_match_the_tables(seed_findings):
    _, analysis, found = seed_findings
    rights = analysis.tables["claims"]["is_rights_claim"]
    assert f"{rights.sum()} of {len(rights)} sentences" in found[3].evidence
    top = analysis.tables["keyness"].query("is_keyword and in_reference and not stopword").sort_values("g2").iloc[-1]
    assert found[1].claim == f"'{top['word']}' is the answers' strongest keyword against general English."


def test_finding_markdown_layout(seed_findings):
    text = finding_markdown(2, seed_findings[2][1])
    assert text.startswith("### Finding 2. '")
    assert "**Source.** `keyness.csv`, `dispersion.csv`; Figure 2.1 (`02_keyness.png`); method in notebook 02" in text


def test_figure_numbers_match_the_notebook_captions():
    captions = []
    for path in sorted(NOTEBOOKS.glob("0[1-4]_*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            for output in cell.get("outputs", []):
                captions.extend(re.findall(r"Figure (\d\.\d)\. [^(]*\(figures/[^/]+/([\w.]+)\)", str(output)))
    assert dict((name, number) for number, name in captions) == FIGURE_NUMBERS


def test_placement_without_the_pattern_says_so():
    rows = [(1, True, False, False, 0.0, "")] * 2 + [(2, False, True, False, 0.0, "domestic")] * 2
    found = placement(placement_tables(claims_frame(rows)))
    assert found.claim == (
        "Achievements and problems are not placed apart: 0% of achievements are placed at home, "
        "100% of problems at home and 0% among outside threats."
    )


def test_problem_answer_without_any_hedge():
    claims = claims_frame([(1, False, True, False, -0.5, "")] * 2 + [(2, True, False, False, 0.5, "")])
    stance = pd.DataFrame({"turn_id": ["1", "2", "all"], "hedge_per_1000": [0.0, 0.0, 0.0]})
    found = problem_answer({"claims": claims, "stance": stance})
    assert found.evidence.startswith("That answer has no hedge (no answer has one) and has the most negative")
