"""Which specific rights the interviewee's sentences invoke, how, and which they never invoke (notebook 04).

The rights are the codebook's (after OHCHR's Universal Human Rights Index), each with its UDHR and treaty
articles; the six families of codebook version 1 roll them up for comparison. A right never invoked is a
silence: what a human-rights reader looks for first, read against what was asked.
"""

import numpy as np
import pandas as pd

from ..claims.codebook import Codebook
from ..claims.summaries import Flags

HOW = ("achievement", "problem", "commitment")  # how a right is invoked: done, violated, promised
RIGHT_COLUMNS = [
    "right", "name", "family", "sentences", *HOW, "sentence_ids", "udhr_articles", "treaties", "uhri", "example",
]  # fmt: skip


def rights_invoked(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """One row per right of the codebook, invoked or not, in codebook order: ``right``, ``name``, ``family``,
    ``sentences`` (coded with the right), the sentences among them of each claim type in :data:`HOW`,
    ``sentence_ids``, ``udhr_articles``, ``treaties``, ``uhri`` (the Index's theme) and ``example`` (the first
    sentence)."""
    f = Flags(claims)
    ids, texts = (claims["sentence_id"].tolist(), claims["text"].tolist()) if len(claims) else ([], [])
    rows = []
    for label, code in codebook.codes["right"].items():
        column = f(label)
        hits = np.flatnonzero(column).tolist()
        row = {"right": label, "name": code.name, "family": code.family, "sentences": len(hits)}
        row |= {how: int((column & f(how)).sum()) for how in HOW}
        row |= {
            "sentence_ids": " ".join(str(ids[k]) for k in hits),
            "udhr_articles": " ".join(map(str, code.udhr)),
            "treaties": "; ".join(code.treaties),
            "uhri": code.uhri,
            "example": texts[hits[0]] if hits else "",
        }
        rows.append(row)
    return pd.DataFrame(rows, columns=RIGHT_COLUMNS)


def right_families(claims: pd.DataFrame, rights: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """The six families of codebook version 1 as a roll-up: ``family``, ``label``, ``rights`` (its rights
    invoked), ``rights_never_invoked``, ``sentences`` (with at least one of its rights). Security has no
    right since version 2: its row stays, empty, for comparison with version 1 (the frames hold it)."""
    f = Flags(claims)
    by_family: dict[str, list[tuple[str, int]]] = {}
    for right, family, n in zip(rights["right"], rights["family"], rights["sentences"]):
        by_family.setdefault(family, []).append((right, n))
    rows = []
    for family, label in codebook.families.items():
        mine = by_family.get(family, [])
        any_right = np.zeros(len(claims), dtype=bool)
        for right, _ in mine:
            any_right |= f(right)
        rows.append(
            {
                "family": family,
                "label": label,
                "rights": " ".join(r for r, n in mine if n > 0),
                "rights_never_invoked": " ".join(r for r, n in mine if n == 0),
                "sentences": int(any_right.sum()),
            }
        )
    return pd.DataFrame(rows, columns=["family", "label", "rights", "rights_never_invoked", "sentences"])
