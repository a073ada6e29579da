"""Every "we", "our", "us" and "ours" of the interview in context, with whom it stands for.

The reading is the claims coding's (:mod:`..claims.coding`, codebook category ``we``): the office, the state or
the nation by the cue nearest the pronoun, applied here to each pronoun rather than to its sentence, so that a
sentence holding two readings shows both; a pronoun with no cue in its sentence keeps the sentence's reading
(the sentence before's, else the office by default). The slide between the office's *we* and the state's
bears on the institution's independence (the Paris Principles, UN General Assembly resolution 48/134, 1993):
an office that says *we* of the government's acts speaks as part of what it oversees. The interviewer's
first person (in questions, title and lead) is listed too, read as the outlet's or the nation's, never resolved
by the interviewee's cues.
"""

import re

import pandas as pd

from ..claims.codebook import Codebook
from ..rows import table_of
from .questions import NATIONAL_OUR

FIRST_PERSON_COLUMNS = [
    "interview_id",
    "sentence_id",
    "turn_id",
    "role",
    "word",
    "start",
    "end",
    "left",
    "right",
    "reading",
    "cue",
    "changed",
]
CONTEXT = 45  # characters shown either side of the pronoun
_WE = re.compile(r"\b(?:we|our|us|ours)\b", re.I)
_KINDS = ("office", "state", "nation")


def _cues(text: str, codebook: Codebook) -> list[tuple[int, int, str, str]]:
    """Every *we* cue of the claims coding in ``text``: ``(start, rank, kind, words)``, found once per sentence."""
    return [
        (m.start(), rank, kind, m.group())
        for rank, kind in enumerate(_KINDS)
        for pattern in codebook.rules.we[kind]
        for m in pattern.finditer(text)
    ]


def _nearest(cues: list, position: int) -> tuple[str, str] | None:
    """The cue nearest ``position`` (the office's before the state's before the nation's at equal distance)."""
    if not cues:
        return None
    _, _, kind, words = min(cues, key=lambda c: (abs(c[0] - position), c[1]))
    return kind, words


def _interviewer_reading(text: str, position: int) -> tuple[str, str]:
    m = NATIONAL_OUR.search(text, max(0, position - 1))
    if m and m.start() <= position + 1:
        return "nation", m.group()
    return "outlet", "the interviewer's first person"


def first_person_occurrences(sentences: pd.DataFrame, claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """One row per first-person plural pronoun in the answers, questions, title and lead: its offsets in the
    sentence, ``CONTEXT`` characters either side, its ``reading`` and the ``cue`` that decided it, and
    ``changed`` when the reading differs from the previous pronoun's in the same answer."""
    coded = dict(zip(claims["sentence_id"].tolist(), zip(claims["we"].tolist(), claims["we_cue"].tolist())))
    rows, previous = [], {}
    columns = ("interview_id", "sentence_id", "turn_id", "role", "text")
    for iid, sid, turn, role, text in zip(*(sentences[c].tolist() for c in columns)):
        pronouns = list(_WE.finditer(text))
        cues = _cues(text, codebook) if pronouns and role == "answer" else []
        for m in pronouns:
            if role == "answer":
                near = _nearest(cues, m.start())
                if near is None and sid in coded:
                    reading, cue = coded[sid]
                    near = (reading or "office", cue)
                reading, cue = near or ("office", "no cue")
                changed = turn in previous and previous[turn] != reading
                previous[turn] = reading
            elif role in ("question", "title", "lead"):
                (reading, cue), changed = _interviewer_reading(text, m.start()), False
            else:
                continue
            left = text[max(0, m.start() - CONTEXT) : m.start()]
            right = text[m.end() : m.end() + CONTEXT]
            rows.append((iid, sid, turn, role, m.group(), m.start(), m.end(), left, right, reading, cue, changed))
    return table_of(rows, FIRST_PERSON_COLUMNS, integers=("turn_id",))
