"""What the comparison needs of one interview: its answer word counts and code counts, computed in a worker.

A worker sends back only an :class:`InterviewSummary` of small counts, so memory stays flat however many
interviews are compared. The counts are those of the single-interview tables (a test proves it).
"""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..claims.codebook import Codebook, shared_codebook
from ..claims.coding import code_claims
from ..errors import UnusableInputError
from ..keywords.stage import compared_form
from ..text.interview import Interview, load_interview

COMPARED = ("claim_type", "right", "frame")  # categories counted in sentences, beside stance


@dataclass(frozen=True)
class InterviewSummary:
    """What the compare tables need of one interview: a few kilobytes instead of its tables."""

    interview_id: str
    paragraphs: int
    sentences: int
    answer_words: int  # word tokens of the answers: the size c of the keyness target
    words: dict[str, int]  # answer word form -> count, the forms keyness.csv lists
    interviewee_sentences: int  # sentences coded (claims.csv rows)
    rights_claims: int
    codes: dict[str, dict[str, int]]  # category -> code -> count (sentences; stance: cue matches)


def answer_word_counts(tokens: pd.DataFrame) -> tuple[int, Counter]:
    """Size of the answers in word tokens, and the count of every answer word form keyness is computed for.

    The same selection as :func:`~.keyword_stage.keyness_table`: word tokens of answers, lowercased; the
    size counts them all, the forms only those with a letter, clitics such as ``'s`` left out.
    """
    # plain lists: for a few hundred tokens, pandas' string methods cost more than the loop
    words = tokens.loc[tokens["is_word"].to_numpy() & (tokens["role"].to_numpy() == "answer"), "lower"].tolist()
    return len(words), Counter(w for w in words if compared_form(w))


def summarise_interview(interview: Interview, codebook: Codebook) -> InterviewSummary:
    """Counts of one interview for the compare tables, computed as the single-interview tables compute them.

    Claim types, specific rights and frames count interviewee sentences coded with them
    (``claim_summary.csv``'s ``sentences``); stance counts cue matches (``stance.csv``'s ``all`` row). Only
    the coding is run, not the tables compare does not use (collocations, concordances, dispersion, ...).
    """
    size, words = answer_word_counts(interview.tokens)
    claims, cues = code_claims(interview.sentences, codebook)
    codes = {
        category: {label: int(claims[label].sum()) if len(claims) else 0 for label in codebook.labels(category)}
        for category in COMPARED
    }
    stance = Counter(cues.loc[cues["category"] == "stance", "code"])
    codes["stance"] = {label: stance[label] for label in codebook.labels("stance")}
    return InterviewSummary(
        interview_id=interview.meta.interview_id,
        paragraphs=len(interview.paragraphs),
        sentences=len(interview.sentences),
        answer_words=size,
        words=dict(words),
        interviewee_sentences=len(claims),
        rights_claims=int(claims["is_rights_claim"].sum()) if len(claims) else 0,
        codes=codes,
    )


def analyse(task: tuple[str, int, str | None]) -> InterviewSummary | str:
    """Worker: the summary of the interview at ``path``, or why it cannot be analysed (one line).

    ``task``: the path, the size limit in bytes and the codebook folder (None: the package's).
    """
    path, max_bytes, folder = task
    try:
        interview = load_interview(path, max_bytes=max_bytes)
        return summarise_interview(interview, shared_codebook(interview.meta, folder))
    except UnusableInputError as exc:
        # the messages start with the path, which the report line already gives
        return str(exc).removeprefix(f"{Path(path)}: ")
    except OSError as exc:  # e.g. no permission to read
        return exc.strerror or str(exc)
