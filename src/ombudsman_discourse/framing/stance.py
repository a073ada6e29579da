"""Stance markers per answer and over the interview, per 1,000 words (notebook 04; Hyland 2005)."""

from collections import Counter

import pandas as pd

from ..claims.codebook import Codebook


def stance_table(claims: pd.DataFrame, cues: pd.DataFrame, sentences: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Stance markers per answer turn and overall: ``turn_id`` (``all`` for the whole), ``words``,
    a count per marker and the same per 1,000 words (``<marker>_per_1000``)."""
    # counted in plain Python: pandas' merge, groupby and unstack cost ~10 ms even on a short interview
    markers = codebook.labels("stance")
    words = _turn_words(sentences)
    turn_of = dict(zip(claims["sentence_id"].tolist(), claims["turn_id"].tolist()))
    counts = Counter(
        (turn_of.get(sid), code)
        for sid, category, code in zip(*(cues[c].tolist() for c in ("sentence_id", "category", "code")))
        if category == "stance"
    )
    turns = sorted(words)
    rows = [[str(t), words[t], *(counts[t, m] for m in markers)] for t in turns]
    rows.append(["all", sum(words.values()), *(sum(counts[t, m] for t in turns) for m in markers)])
    for row in rows:
        n, marker_counts = row[1], row[2:]
        row += [c / n * 1000 if n > 0 else float("nan") for c in marker_counts]
    columns = ["turn_id", "words", *markers, *(f"{m}_per_1000" for m in markers)]
    return pd.DataFrame(rows, columns=pd.Index(columns, name="code"))  # named as when pandas' unstack built it


def _turn_words(sentences: pd.DataFrame) -> dict[int, int]:
    """Word tokens per answer turn; answer sentences outside a turn count nowhere."""
    words: dict[int, int] = {}
    for role, turn, n in zip(*(sentences[c].tolist() for c in ("role", "turn_id", "n_tokens"))):
        if role == "answer" and not pd.isna(turn):
            words[turn] = words.get(turn, 0) + n
    return words
