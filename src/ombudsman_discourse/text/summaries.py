"""Small summary tables for reading the cleaning and segmentation results."""

import pandas as pd

from .roles import ROLES


def log_summary(cleaning_log: pd.DataFrame) -> pd.DataFrame:
    """Per cleaning step: ``changes`` (rows), ``paragraphs`` touched and one ``example`` (before -> after)."""
    rows = []
    for step, group in cleaning_log.groupby("step", sort=False):
        first = group.iloc[0]
        rows.append(
            {
                "step": step,
                "changes": len(group),
                "paragraphs": group["paragraph_id"].nunique(),
                "example": f"{first['before'][:40]!r} -> {first['after'][:40]!r}",
                "reason": first["reason"],
            }
        )
    return pd.DataFrame(rows, columns=["step", "changes", "paragraphs", "example", "reason"])


def role_summary(paragraphs: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Per role (in :data:`~.roles.ROLES` order): speaker, paragraphs, sentences and word tokens."""
    per_paragraph = paragraphs.groupby("role").agg(speaker=("speaker", "first"), paragraphs=("paragraph_id", "size"))
    per_sentence = sentences.groupby("role").agg(sentences=("sentence_id", "size"), tokens=("n_tokens", "sum"))
    table = per_paragraph.join(per_sentence).fillna(0)
    table = table.reindex([r for r in ROLES if r in table.index])
    return table.astype({"sentences": int, "tokens": int}).reset_index()


def paragraph_overview(paragraphs: pd.DataFrame, width: int = 60) -> pd.DataFrame:
    """One line per paragraph: id, role, speaker, turn, words, the opening of its text and the deciding cue."""
    view = paragraphs[["paragraph_id", "role", "speaker", "turn_id", "n_words", "text", "role_evidence"]].copy()
    view["text"] = [t if len(t) <= width else t[: width - 1] + "\u2026" for t in view["text"]]
    return view.set_index("paragraph_id")
