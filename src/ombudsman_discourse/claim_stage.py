"""The claims stage: every table of notebooks 03 and 04 from an interview's sentences."""

from collections import Counter

import numpy as np
import pandas as pd

from .claims import LIST_COLUMNS, code_claims
from .codebook import Codebook, load_codebook

SUMMARY_COLUMNS = ["category", "code", "sentences", "share", "in_rights_claims", "share_of_rights_claims"]


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


def _flags(claims: pd.DataFrame, label: str) -> np.ndarray:
    """The boolean column ``label`` of ``claims`` as an array; empty when there are no claims (and no columns).

    The summary tables below work on these arrays: a pandas operation per code costs more than the counting.
    """
    return claims[label].to_numpy(dtype=bool) if len(claims) else np.zeros(0, dtype=bool)


def claim_summary(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Counts and shares per code: ``category``, ``code``, ``sentences``, ``share`` (of interviewee
    sentences), ``in_rights_claims`` and ``share_of_rights_claims``."""
    n, rights = len(claims), _flags(claims, "is_rights_claim")
    n_rights = int(rights.sum())

    def row(category: str, label: str, col: np.ndarray) -> tuple:
        both = int((col & rights).sum())
        share = col.mean() if n else float("nan")
        return category, label, int(col.sum()), share, both, both / n_rights if n_rights else float("nan")

    rows = [row("rights_claim", "is_rights_claim", rights)]
    rows += [row(c, label, _flags(claims, label)) for c in LIST_COLUMNS for label in codebook.labels(c)]
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def rights_domains(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """One row per rights domain of the codebook, invoked or not: ``domain``, ``udhr_articles``,
    ``conventions``, ``sentences``, ``sentence_ids``, ``example`` (the first sentence coded)."""
    ids, texts = (claims["sentence_id"].tolist(), claims["text"].tolist()) if len(claims) else ([], [])
    rows = []
    for label, code in codebook.codes["rights_domain"].items():
        hits = np.flatnonzero(_flags(claims, label)).tolist()
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


def actor_claims(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Sentences per actor and claim type, every pair listed (zeros too): ``actor``, ``claim_type``, ``sentences``."""
    flags = {label: _flags(claims, label) for label in codebook.labels("actor") + codebook.labels("claim_type")}
    rows = [
        {"actor": actor, "claim_type": claim, "sentences": int((flags[actor] & flags[claim]).sum())}
        for actor in codebook.labels("actor")
        for claim in codebook.labels("claim_type")
    ]
    return pd.DataFrame(rows)


def stance_table(claims: pd.DataFrame, cues: pd.DataFrame, sentences: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Stance markers per answer turn and overall: ``turn_id`` (``all`` for the whole), ``words``,
    a count per marker and the same per 1,000 words (``<marker>_per_1000``)."""
    # counted in plain Python: pandas' merge, groupby and unstack cost ~10 ms even on a short interview
    markers = codebook.labels("stance")
    words = _turn_words(sentences)
    turn_of = dict(zip(claims["sentence_id"].tolist(), claims["turn_id"].tolist()))
    counts = Counter(
        (turn_of.get(sid), code)
        for sid, category, code in zip(*(cues[c].tolist() for c in ("sentence_id", "category", "code")))
        if category == "stance"
    )
    turns = sorted(words)
    rows = [[str(t), words[t], *(counts[t, m] for m in markers)] for t in turns]
    rows.append(["all", sum(words.values()), *(sum(counts[t, m] for t in turns) for m in markers)])
    for row in rows:
        n, marker_counts = row[1], row[2:]
        row += [c / n * 1000 if n > 0 else float("nan") for c in marker_counts]
    columns = ["turn_id", "words", *markers, *(f"{m}_per_1000" for m in markers)]
    return pd.DataFrame(rows, columns=pd.Index(columns, name="code"))  # named as when pandas' unstack built it


def _turn_words(sentences: pd.DataFrame) -> dict[int, int]:
    """Word tokens per answer turn; answer sentences outside a turn count nowhere."""
    words: dict[int, int] = {}
    for role, turn, n in zip(*(sentences[c].tolist() for c in ("role", "turn_id", "n_tokens"))):
        if role == "answer" and not pd.isna(turn):
            words[turn] = words.get(turn, 0) + n
    return words


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
