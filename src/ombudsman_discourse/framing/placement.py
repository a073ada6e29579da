"""Where claims are placed: at home, internationally or among outside threats (notebook 04)."""

import pandas as pd


def locus_by_claim(
    claims: pd.DataFrame, loci: list[str], claim_types: tuple[str, ...] = ("achievement", "problem")
) -> pd.DataFrame:
    """Where claims of each type are placed: ``claim_type``, ``sentences``, a count per locus of ``loci``
    (the codebook's), and ``unplaced`` (no locus cue). A sentence can have several loci."""
    rows = []
    for claim in claim_types:
        part = claims[claims[claim]] if len(claims) else claims
        row = {"claim_type": claim, "sentences": len(part)}
        for locus in loci:
            row[locus] = int(part[locus].sum()) if len(part) else 0
        row["unplaced"] = int((~part[loci].any(axis=1)).sum()) if len(part) else 0
        rows.append(row)
    return pd.DataFrame(rows, columns=["claim_type", "sentences", *loci, "unplaced"])
