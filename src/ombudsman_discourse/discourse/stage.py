"""The discourse stage (notebook 05): the claims stage's coding in, how the interview builds its case out: what
the headline and the questions take as given and whether the answers take it up, agency (passives,
nominalisations, aggregation, the agent of achievements and problems), every first-person plural pronoun with
its reading, legitimation, the analyst's reading notes with the sentences they cite, and Figures 5.1-5.2."""

import pandas as pd

from ..claims.codebook import Codebook, codebook_for
from ..output import StageOutput
from ..params import DEFAULT_PARAMS, Params
from ..rows import rows_with
from .agency import agency_tables
from .agents import agents_by_claim, claim_agents
from .first_person import first_person_occurrences
from .headline import headline_table
from .legitimation import legitimation_by_answer, legitimation_sentences
from .notes import notes_table
from .questions import presupposition_uptake, question_frames

ANALYSED_ROLES = ("title", "lead", "question", "answer")
CLAIM_COLUMNS = ["interview_id", "sentence_id", "turn_id", "text", "claim_types", "we", "we_cue", "legitimation"]


def discourse_tables(interview, claims: dict[str, pd.DataFrame], codebook: Codebook) -> dict[str, pd.DataFrame]:
    """The discourse tables by file stem, from the interview's sentences and the claims stage's ``claims`` and
    ``claim_cues``."""
    sentences = interview.sentences
    coded = claims["claims"][CLAIM_COLUMNS]  # one selection from the wide claims table, then cheap columns
    frames = question_frames(sentences)
    features, subjects = agency_tables(rows_with(sentences, "role", ANALYSED_ROLES), subject_roles=("answer",))
    agents = claim_agents(subjects, features, coded, codebook)
    return {
        "headline": headline_table(sentences),
        "question_frames": frames,
        "presuppositions": presupposition_uptake(frames, sentences, coded),
        "agency": features,
        "claim_agents": agents,
        "agents_by_claim": agents_by_claim(agents),
        "first_person_words": first_person_occurrences(sentences, coded, codebook),
        "legitimation": legitimation_sentences(coded, claims["claim_cues"]),
        "legitimation_by_answer": legitimation_by_answer(coded, codebook),
        "reading_notes": notes_table(interview.notes, sentences, coded),
    }


def discourse_stage(
    interview, claims: dict[str, pd.DataFrame], params: Params = DEFAULT_PARAMS, codebook: Codebook | None = None
) -> StageOutput:
    """:func:`discourse_tables` and Figures 5.1-5.2, drawn on demand by :mod:`.plots`."""
    from . import plots

    codebook = codebook or codebook_for(interview, params)
    tables = discourse_tables(interview, claims, codebook)
    iid, reported = interview.meta.interview_id, interview.layout == "reported_speech"
    figures = {
        "05_first_person.png": lambda: plots.plot_first_person(tables["first_person_words"], iid, reported),
        "05_legitimation.png": lambda: plots.plot_legitimation(tables["legitimation_by_answer"], iid, reported),
    }
    return StageOutput(tables, figures)
