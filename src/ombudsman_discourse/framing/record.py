"""The interview read against the record: which issues UN mechanisms raised (the sidecar's ``record``) the
interview addresses, how, and which it passes over (notebook 04).

An issue is *addressed* when an interviewee sentence invokes the issue's right and, where the issue lists
``words``, holds one of them (a word opening: "investigat" marks "investigation"); *right only* when the right
is invoked but never with the issue's words; *passed over* when the right is never invoked. How it is
addressed is counted as in :mod:`.rights`: achievement, problem, commitment. The record is what the sidecar's
author compiled from published UN documents; the package checks the codes, not the sources.
"""

import re

import numpy as np
import pandas as pd

from ..claims.codebook import Codebook
from ..claims.summaries import Flags
from ..errors import SidecarError
from .rights import HOW

STATUSES = ("addressed", "right only", "passed over")
RECORD_COLUMNS = [
    "issue", "right", "right_name", "theme", "source", "year", "verified", "status", "sentences", *HOW,
    "sentence_ids", "right_sentences",
]  # fmt: skip


def _words(words: tuple[str, ...]) -> re.Pattern | None:
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)


def record_table(claims: pd.DataFrame, issues, codebook: Codebook) -> pd.DataFrame:
    """One row per record issue, in the sidecar's order: ``issue``, ``right``, ``right_name``, ``theme``,
    ``source``, ``year``, ``verified``, ``status`` (one of :data:`STATUSES`), ``sentences`` (addressing it),
    their counts per claim type of :data:`~.rights.HOW`, ``sentence_ids``, ``right_sentences`` (invoking the
    right at all). An issue naming no right of the codebook raises :class:`~..errors.SidecarError`."""
    f = Flags(claims)
    rights = codebook.codes["right"]
    ids = claims["sentence_id"].tolist() if len(claims) else []
    texts = claims["text"].tolist() if len(claims) else []
    rows = []
    for issue in issues:
        if issue.right not in rights:
            raise SidecarError(f"record issue '{issue.id}': right '{issue.right}' is no right of the codebook")
        column = f(issue.right)
        pattern = _words(issue.words)
        mask = column.copy()
        if pattern is not None:  # only the sentences invoking the right need reading
            for k in np.flatnonzero(column):
                mask[k] = bool(pattern.search(texts[k]))
        hits = np.flatnonzero(mask)
        status = "addressed" if len(hits) else "right only" if column.any() else "passed over"
        rows.append(
            {
                "issue": issue.id,
                "right": issue.right,
                "right_name": rights[issue.right].name,
                "theme": issue.theme,
                "source": issue.source,
                "year": issue.year,
                "verified": issue.verified,
                "status": status,
                "sentences": len(hits),
                **{how: int((mask & f(how)).sum()) for how in HOW},
                "sentence_ids": " ".join(str(ids[k]) for k in hits),
                "right_sentences": int(column.sum()),
            }
        )
    table = pd.DataFrame(rows, columns=RECORD_COLUMNS)
    table["year"] = table["year"].astype("Int64")
    return table
