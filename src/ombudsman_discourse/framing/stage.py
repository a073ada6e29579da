"""The framing stage (notebook 04): the claims stage's coding in, how rights are framed out: the specific
rights invoked and never invoked, their families, the frames, the violation acts at home and abroad, the
first person plural, who appears with which claim, stance per answer, where problems and achievements are
placed, the record the interview can be read against, and Figures 4.1-4.6."""

import pandas as pd

from ..claims.codebook import Codebook, codebook_for
from ..output import StageOutput
from ..params import DEFAULT_PARAMS, Params
from .actors import actor_claims
from .frames import acts_table, first_person, frames_table
from .placement import locus_by_claim
from .record import record_table
from .rights import right_families, rights_invoked
from .stance import stance_table


def framing_tables(interview, claims: dict[str, pd.DataFrame], codebook: Codebook) -> dict[str, pd.DataFrame]:
    """The framing tables by file stem, from the claims stage's ``claims`` and ``claim_cues``: ``rights``,
    ``right_families``, ``frames``, ``acts``, ``first_person``, ``actor_claims``, ``stance``, ``placement`` and
    ``record`` (empty without a record in the sidecar)."""
    coded, cues = claims["claims"], claims["claim_cues"]
    rights = rights_invoked(coded, codebook)
    return {
        "rights": rights,
        "right_families": right_families(coded, rights, codebook),
        "frames": frames_table(coded, codebook),
        "acts": acts_table(coded, codebook),
        "first_person": first_person(coded),
        "actor_claims": actor_claims(coded, codebook),
        "stance": stance_table(coded, cues, interview.sentences, codebook),
        "placement": locus_by_claim(coded, codebook.labels("locus")),
        "record": record_table(coded, interview.meta.record, codebook),
    }


def framing_stage(
    interview, claims: dict[str, pd.DataFrame], params: Params = DEFAULT_PARAMS, codebook: Codebook | None = None
) -> StageOutput:
    """:func:`framing_tables` and Figures 4.1-4.6, drawn on demand by :mod:`.plots`."""
    from . import plots

    codebook = codebook or codebook_for(interview, params)
    tables = framing_tables(interview, claims, codebook)
    iid, reported = interview.meta.interview_id, interview.layout == "reported_speech"
    families = {f: label for f, label in codebook.families.items() if (tables["rights"]["family"] == f).any()}
    figures = {
        "04_rights.png": lambda: plots.plot_rights(tables["rights"], families, iid),
        "04_frames.png": lambda: plots.plot_frames(tables["frames"], iid),
        "04_acts.png": lambda: plots.plot_acts(tables["acts"], iid),
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
