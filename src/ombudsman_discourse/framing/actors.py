"""Who appears with which kind of claim: actors by claim type (notebook 04; after van Leeuwen 1996)."""

import pandas as pd

from ..claims.codebook import Codebook
from ..claims.summaries import Flags


def actor_claims(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Sentences per actor and claim type, every pair listed (zeros too): ``actor``, ``claim_type``, ``sentences``."""
    f = Flags(claims)
    columns = {label: f(label) for label in codebook.labels("actor") + codebook.labels("claim_type")}
    rows = [
        {"actor": actor, "claim_type": claim, "sentences": int((columns[actor] & columns[claim]).sum())}
        for actor in codebook.labels("actor")
        for claim in codebook.labels("claim_type")
    ]
    return pd.DataFrame(rows)
