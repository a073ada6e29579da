"""Frames apart from rights, and the violation acts a problem is stated as (notebook 04).

A frame (security, sovereignty, economy and development, tradition, international prestige) is how the
speaker frames a matter, never a right invoked: it carries no UDHR article. Acts follow HURIDOCS' Types of
Acts (Dueck, Guzman & Verstappen 2001), each placed at home or abroad, with the agents and victims the
sentences name.
"""

from collections import Counter

import numpy as np
import pandas as pd

from ..claims.codebook import Codebook
from ..claims.summaries import Flags
from ..rows import rows_where


def frames_table(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """One row per frame, used or not: ``frame``, ``name`` (as a reader says it), ``definition``,
    ``sentences``, ``in_rights_claims``, ``sentence_ids``, ``example``."""
    f = Flags(claims)
    ids, texts = (claims["sentence_id"].tolist(), claims["text"].tolist()) if len(claims) else ([], [])
    rights = f("is_rights_claim")
    rows = []
    for label, code in codebook.codes["frame"].items():
        column = f(label)
        hits = np.flatnonzero(column).tolist()
        rows.append(
            {
                "frame": label,
                "name": code.name,
                "definition": code.definition,
                "sentences": len(hits),
                "in_rights_claims": int((column & rights).sum()),
                "sentence_ids": " ".join(str(ids[k]) for k in hits),
                "example": texts[hits[0]] if hits else "",
            }
        )
    return pd.DataFrame(rows)


def acts_table(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """One row per violation act, stated or not: ``act``, ``definition``, ``sentences``, ``home``, ``abroad``,
    ``both`` (sentences placed there) and ``unplaced``, ``agents`` and ``victims`` (the words naming them, most
    named first), ``sentence_ids``, ``example``."""
    f = Flags(claims)
    ids, texts = (claims["sentence_id"].tolist(), claims["text"].tolist()) if len(claims) else ([], [])
    home, abroad = f("home"), f("abroad")
    rows = []
    for label, code in codebook.codes["act"].items():
        column = f(codebook.column("act", label))
        hits = np.flatnonzero(column).tolist()
        agents, victims = Counter(), Counter()
        for k in hits:
            agents.update(w for w in claims["act_agents"].iat[k].split("; ") if w)
            victims.update(w for w in claims["act_victims"].iat[k].split("; ") if w)
        rows.append(
            {
                "act": label,
                "definition": code.definition,
                "sentences": len(hits),
                "home": int((column & home).sum()),
                "abroad": int((column & abroad).sum()),
                "both": int((column & home & abroad).sum()),
                "unplaced": int((column & ~home & ~abroad).sum()),
                "agents": "; ".join(w for w, _ in sorted(agents.items(), key=lambda t: (-t[1], t[0]))),
                "victims": "; ".join(w for w, _ in sorted(victims.items(), key=lambda t: (-t[1], t[0]))),
                "sentence_ids": " ".join(str(ids[k]) for k in hits),
                "example": texts[hits[0]] if hits else "",
            }
        )
    return pd.DataFrame(rows)


def first_person(claims: pd.DataFrame) -> pd.DataFrame:
    """Every interviewee sentence with a first person plural: ``sentence_id``, ``turn_id``, ``we`` (office,
    state, nation or other), ``we_cue`` (the words that decided it), ``text``."""
    if claims.empty:
        return pd.DataFrame(columns=["sentence_id", "turn_id", "we", "we_cue", "text"])
    return rows_where(claims, claims["we"].to_numpy() != "", ["sentence_id", "turn_id", "we", "we_cue", "text"])
