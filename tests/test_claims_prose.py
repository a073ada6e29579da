"""The sentences notebook 03 computes: known answers on small tables, ties, the review and the held-out runs."""

import pandas as pd

from ombudsman_discourse.claims.agreement import Validation
from ombudsman_discourse.report import claims_prose as prose
from ombudsman_discourse.text.sidecar import Meta


def test_claims_by_turn_caption_states_ties():
    by_turn = pd.DataFrame({"turn_id": [1, 2], "sentences": [5, 3], "problem": [3, 2], "achievement": [3, 0]})
    text = prose.claims_by_turn_caption(by_turn, ["problem", "achievement"], "f.png")
    assert "Q1: a tie between problem and achievement (3 each); Q2: problem (2)." in text


def test_evidence_caption_counts_outcome_evidence():
    """4 achievements, a quarter with outcome evidence: 1; no problem at all: not mentioned."""
    evidence = pd.DataFrame(
        {"claim_type": ["achievement", "problem"], "sentences": [4, 0], "outcome_share": [0.25, float("nan")]}
    )
    text = prose.evidence_caption(evidence, "f.png")
    assert "1 of 4 achievement sentences gives outcome evidence. A reference shows only" in text
    empty = prose.evidence_caption(evidence.assign(sentences=0), "f.png")
    assert empty.endswith("No claim type occurs.*")


def agreement_rows(kappas: dict) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "category": ["rights_claim"] + ["claim_type"] * (len(kappas) - 1),
            "code": list(kappas),
            "gold_positive": [10] * len(kappas),
            "kappa": list(kappas.values()),
            "kappa_low": [k - 0.1 for k in kappas.values()],
            "kappa_high": [k + 0.1 for k in kappas.values()],
            "agreement": [0.9] * len(kappas),
            "ac1": [0.88] * len(kappas),
            "n": [20] * len(kappas),
        }
    )


HEADLINE = {"is_rights_claim": 0.4, "achievement": 0.75, "problem": 0.5, "commitment": 0.9}


def test_agreement_summary_without_and_with_hand_coding():
    assert prose.agreement_summary(None).startswith("No hand coding of this interview's sentences was given")
    exact = pd.DataFrame({"category": ["claim_type", "right"], "same": [10, 5], "n": [20, 20], "share": [0.5, 0.25]})
    text = prose.agreement_summary(Validation(pd.DataFrame(), agreement_rows(HEADLINE), exact, pd.DataFrame()))
    assert text.startswith("On this interview's 20 hand-coded sentences: rights claim: κ = 0.40 [0.30, 0.50];")
    assert "Raw agreement on the rights-claim decision is 90% (Gwet's AC1 0.88)" in text
    assert text.endswith("matches in 50% of sentences, the whole set of specific rights in 25%.")


def test_heldout_summary_names_the_targets_met():
    text = prose.heldout_summary({"run.csv": agreement_rows(HEADLINE)})
    assert "**Held-out set 1** (`run.csv`, 20 sentences)" in text
    assert "Targets (κ ≥ 0.7) met: achievement and commitment." in text
    assert "κ is low where nearly every sentence is a rights claim" in text  # raw agreement 90 %


def test_validated_codes_split_at_the_threshold():
    text = prose.validated_codes(agreement_rows(HEADLINE))
    assert (
        "(validated, in the findings' sense): achievement and commitment. Below it, with their κ: rights claim 0.40"
        in text
    )
    repeated = pd.DataFrame(
        {"category": ["actor", "we"], "code": ["nation", "nation"], "gold_positive": [9, 9], "kappa": [0.8, 0.5]}
    )
    assert "sense): nation (actor). Below it, with their κ: nation (we) 0.50." in prose.validated_codes(repeated)
    near = repeated.assign(kappa=[0.8, 0.6658])  # rounds to the threshold: a third decimal shows it is below
    assert "nation (we) 0.666." in prose.validated_codes(near)


def test_codebook_extensions_sentence():
    meta = Meta("x", country="Westria", codebook={"actor.head_of_state": ["Anna Berg"]})
    assert prose.codebook_extensions(meta).startswith(
        "Sidecar extensions for this interview: `actor.head_of_state`: Anna Berg. The country, Westria, is added to "
        "the nation actor and to the places that put a sentence at home"
    )
    assert prose.codebook_extensions(Meta("x")) == "This interview's sidecar adds no names to the codebook."


def test_review_summary_with_and_without_a_sheet(tmp_path):
    claims = pd.DataFrame({"reviewed": [True, False, False]})
    assert prose.review_summary(Meta("x"), None, claims).startswith("The codes below are the dictionary's proposal")
    meta = Meta("x", coding_sheet=tmp_path / "x.coding.csv")
    text = prose.review_summary(meta, agreement_rows(HEADLINE), claims)
    assert "`x.coding.csv`" in text and "changed 1 sentence of 3" in text and "problem κ = 0.50" in text
