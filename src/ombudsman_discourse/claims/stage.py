"""The claims stage (notebook 03): an :class:`~..text.interview.Interview` in, the sentence coding (or the
analyst's review of it), its summaries and Figures 3.1-3.2 out.

Every interviewee sentence is coded by the codebook (:mod:`.coding`); questions, captions and boilerplate
never are. The tables of how rights are framed (rights and their silences, frames, acts, actors, stance,
placement, the record) are built from this coding by :mod:`..framing.stage`.
"""

import pandas as pd

from ..output import StageOutput
from ..params import DEFAULT_PARAMS, Params
from .agreement import agreement_table
from .codebook import Codebook, codebook_for
from .coding import code_claims
from .review import apply_review, read_coding_sheet
from .summaries import claim_summary, claims_by_turn, evidence_by_claim_type


def claim_tables(
    interview, params: Params = DEFAULT_PARAMS, codebook: Codebook | None = None
) -> dict[str, pd.DataFrame]:
    """The claims stage's tables for ``interview``, by file stem: ``claims``, ``claim_cues``, ``claim_summary``,
    ``claims_by_turn`` and ``evidence_by_claim_type``. When the sidecar names a reviewed coding sheet,
    ``claims`` holds the analyst's codes (:func:`~.review.apply_review`) and ``review_agreement`` how far the
    automatic coding agreed with them (:func:`~.agreement.agreement_table`)."""
    codebook = codebook or codebook_for(interview, params)
    claims, cues = code_claims(interview.sentences, codebook)
    reviewed = {}
    if interview.meta.coding_sheet is not None:  # the analyst's coding replaces the dictionary's
        sheet = read_coding_sheet(interview.meta.coding_sheet, claims, codebook)
        reviewed["review_agreement"] = agreement_table(claims, sheet, codebook)
        claims = apply_review(claims, sheet, codebook)
    claim_types = codebook.labels("claim_type")
    return {
        "claims": claims,
        "claim_cues": cues,
        **reviewed,
        "claim_summary": claim_summary(claims, codebook),
        "claims_by_turn": claims_by_turn(claims, claim_types),
        "evidence_by_claim_type": evidence_by_claim_type(claims, claim_types, codebook.labels("evidence")),
    }


def claim_stage(interview, params: Params = DEFAULT_PARAMS, codebook: Codebook | None = None) -> StageOutput:
    """:func:`claim_tables` and Figures 3.1-3.2, drawn on demand by :mod:`.plots`."""
    from . import plots

    codebook = codebook or codebook_for(interview, params)
    tables = claim_tables(interview, params, codebook)
    iid = interview.meta.interview_id
    figures = {
        "03_claim_types_by_turn.png": lambda: plots.plot_claim_types_by_turn(
            tables["claims_by_turn"], codebook.labels("claim_type"), iid, interview.layout == "reported_speech"
        ),
        "03_evidence_by_claim_type.png": lambda: plots.plot_evidence_by_claim_type(
            tables["evidence_by_claim_type"], codebook.labels("evidence"), iid
        ),
    }
    return StageOutput(tables, figures)
