"""The analyst's reading notes as a table: one row per citation, with the cited sentence and its computed codes
beside the memo, so a reader can check each interpretation against the evidence it names."""

import pandas as pd

from ..text.reading_notes import Memo

NOTES_COLUMNS = [
    "memo", "section", "title", "sentence_id", "role", "quoted", "text", "claim_types", "we", "legitimation"
]  # fmt: skip


def notes_table(notes: tuple[Memo, ...], sentences: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Every citation of every memo (numbered in file order) with the sentence's text and, for an interviewee
    sentence, its claim types, reading of *we* and legitimation codes (empty for a question or the lead)."""
    if not notes:
        return pd.DataFrame(columns=NOTES_COLUMNS)
    said = dict(zip(sentences["sentence_id"].tolist(), zip(sentences["role"].tolist(), sentences["text"].tolist())))
    columns = ("claim_types", "we", "legitimation")
    codes = (
        dict(zip(claims["sentence_id"].tolist(), zip(*(claims[c].tolist() for c in columns)))) if len(claims) else {}
    )
    rows = [
        (k, memo.section, memo.title, sid, said[sid][0], quoted, said[sid][1], *codes.get(sid, ("", "", "")))
        for k, memo in enumerate(notes, start=1)
        for sid, quoted in memo.citations
    ]
    return pd.DataFrame(rows, columns=NOTES_COLUMNS)
