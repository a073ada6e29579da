"""How the interview legitimises what it reports (van Leeuwen 2007, "Legitimation in discourse and
communication", Discourse & Communication 1(1)): the sentences the claims coding gives a ``legitimation`` code
(authorisation by law, by international bodies, by the head of state, by tradition or conformity; moral
evaluation; rationalisation; mythopoesis), with the words that decided each, and their count per answer.
"""

import pandas as pd

from ..claims.codebook import Codebook

LEGITIMATION_COLUMNS = ["interview_id", "sentence_id", "turn_id", "legitimation", "cues", "text"]


def legitimation_sentences(claims: pd.DataFrame, claim_cues: pd.DataFrame) -> pd.DataFrame:
    """One row per interviewee sentence with a legitimation code: the codes and ``cues`` ("code: words; ...")."""
    words: dict[int, list[str]] = {}
    for sid, category, code, cue in zip(*(claim_cues[c].tolist() for c in ("sentence_id", "category", "code", "cue"))):
        if category == "legitimation":
            words.setdefault(sid, []).append(f"{code}: {cue}")
    rows = [
        (iid, sid, turn, codes, "; ".join(words.get(sid, [])), text)
        for iid, sid, turn, codes, text in zip(
            *(claims[c].tolist() for c in ("interview_id", "sentence_id", "turn_id", "legitimation", "text"))
        )
        if codes
    ]
    return pd.DataFrame(rows, columns=LEGITIMATION_COLUMNS)


def legitimation_by_answer(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Sentences of each legitimation code in each answer: one row per code (its label), one column per
    answer (``Q1``, ``Q2``, ...) and ``total``; every code of the codebook is a row, zero or not."""
    codes = codebook.labels("legitimation")
    pairs = [
        (turn, set(found.split())) for turn, found in zip(claims["turn_id"].tolist(), claims["legitimation"].tolist())
    ]
    turns = sorted({int(t) for t, _ in pairs if not pd.isna(t)})
    rows = []
    for code in codes:
        counts = [sum(1 for t, found in pairs if code in found and t == turn) for turn in turns]
        total = sum(1 for _, found in pairs if code in found)
        rows.append([code, codebook.codes["legitimation"][code].name, *counts, total])
    return pd.DataFrame(rows, columns=["code", "label", *[f"Q{t}" for t in turns], "total"])
