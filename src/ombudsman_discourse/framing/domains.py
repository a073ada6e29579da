"""Which rights domains the interviewee's sentences invoke, and which they never do (notebook 04)."""

import numpy as np
import pandas as pd

from ..claims.codebook import Codebook
from ..claims.summaries import flags


def rights_domains(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """One row per rights domain of the codebook, invoked or not: ``domain``, ``udhr_articles``,
    ``conventions``, ``sentences``, ``sentence_ids``, ``example`` (the first sentence coded)."""
    ids, texts = (claims["sentence_id"].tolist(), claims["text"].tolist()) if len(claims) else ([], [])
    rows = []
    for label, code in codebook.codes["rights_domain"].items():
        hits = np.flatnonzero(flags(claims, label)).tolist()
        rows.append(
            {
                "domain": label,
                "udhr_articles": " ".join(map(str, code.udhr)),
                "conventions": "; ".join(code.conventions),
                "sentences": len(hits),
                "sentence_ids": " ".join(str(ids[k]) for k in hits),
                "example": texts[hits[0]] if hits else "",
            }
        )
    return pd.DataFrame(rows)
