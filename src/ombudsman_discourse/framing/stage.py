"""The framing stage (notebook 04): the claims stage's coding in, how rights are framed out: the rights
domains invoked and never invoked, who appears with which claim, stance per answer, where problems and
achievements are placed, and Figures 4.1-4.4."""

import pandas as pd

from ..claims.codebook import Codebook, codebook_for
from ..output import StageOutput
from ..params import DEFAULT_PARAMS, Params
from .actors import actor_claims
from .domains import rights_domains
from .placement import locus_by_claim
from .stance import stance_table


def framing_tables(interview, claims: dict[str, pd.DataFrame], codebook: Codebook) -> dict[str, pd.DataFrame]:
    """The framing tables by file stem, from the claims stage's ``claims`` and ``claim_cues``:
    ``rights_domains``, ``actor_claims``, ``stance`` and ``placement``."""
    coded, cues = claims["claims"], claims["claim_cues"]
    return {
        "rights_domains": rights_domains(coded, codebook),
        "actor_claims": actor_claims(coded, codebook),
        "stance": stance_table(coded, cues, interview.sentences, codebook),
        "placement": locus_by_claim(coded, codebook.labels("locus")),
    }


def framing_stage(
    interview, claims: dict[str, pd.DataFrame], params: Params = DEFAULT_PARAMS, codebook: Codebook | None = None
) -> StageOutput:
    """:func:`framing_tables` and Figures 4.1-4.4, drawn on demand by :mod:`.plots`."""
    from . import plots

    codebook = codebook or codebook_for(interview, params)
    tables = framing_tables(interview, claims, codebook)
    iid, reported = interview.meta.interview_id, interview.layout == "reported_speech"
    figures = {
        "04_rights_domains.png": lambda: plots.plot_rights_domains(tables["rights_domains"], iid),
        "04_actor_claim_heatmap.png": lambda: plots.plot_actor_claim_heatmap(
            tables["actor_claims"], codebook.labels("claim_type"), iid
        ),
        "04_stance_per_answer.png": lambda: plots.plot_stance_per_answer(
            tables["stance"], codebook.labels("stance"), iid, reported
        ),
        "04_evaluation_arc.png": lambda: plots.plot_evaluation_arc(
            claims["claims"], iid, window=params.figures.arc_window, reported=reported
        ),
    }
    return StageOutput(tables, figures)
