"""The claims stage: every table of notebooks 03 and 04 from an interview's sentences."""

import pandas as pd

from .claims import LIST_COLUMNS, code_claims
from .codebook import Codebook, load_codebook


def codebook_for(interview) -> Codebook:
    """The general codebook extended by the interview's sidecar (names, country)."""
    return load_codebook(interview.meta.codebook, interview.meta.country)


def codebook_table(codebook: Codebook) -> pd.DataFrame:
    """The codebook as one row per code: category, code, definition, include, exclude, example, cues."""
    rows = []
    for category, codes in codebook.codes.items():
        for label, code in codes.items():
            rows.append(
                {
                    "category": category,
                    "code": label,
                    "definition": code.definition,
                    "include": code.include,
                    "exclude": code.exclude,
                    "example": code.example,
                    "udhr": " ".join(map(str, code.udhr)),
                    "cues": " | ".join(c.pattern + (f" (with {c.requires})" if c.requires else "") for c in code.cues),
                }
            )
    return pd.DataFrame(rows)


def claim_summary(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Counts and shares per code: ``category``, ``code``, ``sentences``, ``share`` (of interviewee
    sentences), ``in_rights_claims`` and ``share_of_rights_claims``."""
    n, rights = len(claims), claims["is_rights_claim"] if len(claims) else pd.Series(dtype=bool)
    rows = [
        {
            "category": "rights_claim",
            "code": "is_rights_claim",
            "sentences": int(rights.sum()),
            "share": rights.mean() if n else float("nan"),
            "in_rights_claims": int(rights.sum()),
            "share_of_rights_claims": 1.0 if rights.sum() else float("nan"),
        }
    ]
    for category in LIST_COLUMNS:
        for label in codebook.labels(category):
            col = claims[label] if n else pd.Series(dtype=bool)
            rows.append(
                {
                    "category": category,
                    "code": label,
                    "sentences": int(col.sum()),
                    "share": col.mean() if n else float("nan"),
                    "in_rights_claims": int((col & rights).sum()),
                    "share_of_rights_claims": (col & rights).sum() / rights.sum() if rights.sum() else float("nan"),
                }
            )
    return pd.DataFrame(rows)


def rights_domains(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """One row per rights domain of the codebook, invoked or not: ``domain``, ``udhr_articles``,
    ``conventions``, ``sentences``, ``sentence_ids``, ``example`` (the first sentence coded)."""
    rows = []
    for label, code in codebook.codes["rights_domain"].items():
        hits = claims[claims[label]] if len(claims) else claims
        rows.append(
            {
                "domain": label,
                "udhr_articles": " ".join(map(str, code.udhr)),
                "conventions": "; ".join(code.conventions),
                "sentences": len(hits),
                "sentence_ids": " ".join(map(str, hits["sentence_id"])) if len(hits) else "",
                "example": hits["text"].iloc[0] if len(hits) else "",
            }
        )
    return pd.DataFrame(rows)


def actor_claims(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Sentences per actor and claim type, every pair listed (zeros too): ``actor``, ``claim_type``, ``sentences``."""
    rows = [
        {
            "actor": actor,
            "claim_type": claim,
            "sentences": int((claims[actor] & claims[claim]).sum()) if len(claims) else 0,
        }
        for actor in codebook.labels("actor")
        for claim in codebook.labels("claim_type")
    ]
    return pd.DataFrame(rows)


def stance_table(claims: pd.DataFrame, cues: pd.DataFrame, sentences: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Stance markers per answer turn and overall: ``turn_id`` (``all`` for the whole), ``words``,
    a count per marker and the same per 1,000 words (``<marker>_per_1000``)."""
    markers = codebook.labels("stance")
    words = sentences[sentences["role"] == "answer"].groupby("turn_id")["n_tokens"].sum()
    hits = cues[cues["category"] == "stance"].merge(claims[["sentence_id", "turn_id"]], on="sentence_id")
    counts = hits.groupby(["turn_id", "code"]).size().unstack(fill_value=0).reindex(columns=markers, fill_value=0)
    table = counts.reindex(words.index, fill_value=0)
    table.insert(0, "words", words)
    table.loc["all"] = [words.sum(), *table[markers].sum()]
    for m in markers:
        table[f"{m}_per_1000"] = table[m] / table["words"].where(table["words"] > 0) * 1000
    table.index = table.index.astype(str)
    return table.rename_axis("turn_id").reset_index()


def claim_tables(interview, codebook: Codebook | None = None) -> dict[str, pd.DataFrame]:
    """All tables of the claims stage for ``interview``, by file stem."""
    codebook = codebook or codebook_for(interview)
    claims, cues = code_claims(interview.sentences, codebook)
    return {
        "claims": claims,
        "claim_cues": cues,
        "claim_summary": claim_summary(claims, codebook),
        "rights_domains": rights_domains(claims, codebook),
        "actor_claims": actor_claims(claims, codebook),
        "stance": stance_table(claims, cues, interview.sentences, codebook),
    }


def locus_by_claim(claims: pd.DataFrame, claim_types: tuple[str, ...] = ("achievement", "problem")) -> pd.DataFrame:
    """Where claims of each type are placed: sentences per ``claim_type`` and locus (``domestic``,
    ``international``, ``external_threat``, ``unplaced`` when no locus cue is found)."""
    rows = []
    for claim in claim_types:
        part = claims[claims[claim]] if len(claims) else claims
        row = {"claim_type": claim, "sentences": len(part)}
        for locus in ("domestic", "international", "external_threat"):
            row[locus] = int(part[locus].sum()) if len(part) else 0
        row["unplaced"] = (
            int((~part[["domestic", "international", "external_threat"]].any(axis=1)).sum()) if len(part) else 0
        )
        rows.append(row)
    return pd.DataFrame(rows)


def highlight(text: str, cues: pd.DataFrame) -> str:
    """``text`` as Markdown with every matched cue in bold and its code in brackets after it."""
    # ties broken by code name, so the same cue is labelled alike on every run
    spans = sorted(
        {(int(r.start), int(r.end), r.code) for r in cues.itertuples() if r.end > r.start},
        key=lambda s: (s[0], -s[1], s[2]),
    )
    out, pos = [], 0
    for start, end, code in spans:
        if start < pos:  # overlapping cue: already inside a highlighted span
            continue
        out.append(text[pos:start].replace("*", r"\*"))
        out.append(f"**{text[start:end]}**<sub>[{code}]</sub>")
        pos = end
    out.append(text[pos:].replace("*", r"\*"))
    return "".join(out)
