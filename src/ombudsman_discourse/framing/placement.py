"""Where claims are placed: at home or abroad, by where the stated thing happens or who causes it (notebook 04)."""

import pandas as pd

from ..claims.summaries import Flags


def locus_by_claim(
    claims: pd.DataFrame, loci: list[str], claim_types: tuple[str, ...] = ("achievement", "problem")
) -> pd.DataFrame:
    """Where claims of each type are placed: ``claim_type``, ``sentences``, a count per locus of ``loci``,
    ``only_home`` and ``only_abroad`` (placed in one and not the other), ``unplaced`` (no locus). A sentence
    can have both loci."""
    f = Flags(claims)
    rows = []
    for claim in claim_types:
        mask = f(claim)
        row = {"claim_type": claim, "sentences": int(mask.sum())}
        placed = mask & False
        for locus in loci:
            row[locus] = int((mask & f(locus)).sum())
            placed = placed | f(locus)
        if {"home", "abroad"} <= set(loci):
            row["only_home"] = int((mask & f("home") & ~f("abroad")).sum())
            row["only_abroad"] = int((mask & f("abroad") & ~f("home")).sum())
        else:
            row["only_home"] = row["only_abroad"] = 0
        row["unplaced"] = int((mask & ~placed).sum())
        rows.append(row)
    return pd.DataFrame(rows, columns=["claim_type", "sentences", *loci, "only_home", "only_abroad", "unplaced"])
