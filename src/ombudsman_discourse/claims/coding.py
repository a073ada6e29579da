"""Code every interviewee sentence by the codebook: claims, rights, actors, stance, evidence, locus.

Dictionary-based coding (the cues of ``data/codebook/cues.yml``), transparent by design: every
code keeps the words that triggered it. Two codes are derived by rule rather than cue:

- the speaker's *we*: institutional (the ombudsman's office) when the sentence also names the
  office or a rights institution, otherwise national (the nation);
- ``external_threat``: a problem stated together with an international or external cue.

Evaluation is VADER's compound score (Hutto & Gilbert 2014): >= 0.05 positive, <= -0.05
negative. It scores the wording ("torture" is negative even in "preventing torture"), not the
speaker's stance.
"""

import re
from functools import lru_cache

import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .codebook import CATEGORIES, Codebook, Cue, negated, preceding_words

LIST_COLUMNS = {
    "claim_type": "claim_types",
    "rights_domain": "rights_domains",
    "actor": "actors",
    "stance": "stance",
    "evidence": "evidence",
    "locus": "locus",
}
CUE_COLUMNS = ["sentence_id", "category", "code", "cue", "start", "end", "source"]
_WE = r"\b(?:we|our|us|ours)\b"
_SENTENCE_KEYS = ["interview_id", "sentence_id", "paragraph_id", "turn_id", "start", "end", "text"]


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def cue_matches(cues: tuple[Cue, ...], screens: tuple[re.Pattern, ...], text: str) -> list[tuple[Cue, re.Match]]:
    """``(cue, match)`` for every match of each of ``cues`` in ``text``: ``cue.regex.finditer(text)``, cue by cue.

    Scanning every sentence once per cue made coding slow. The cues' ``screens`` (see
    :func:`~.codebook.screens_for`) are searched first: most codes are absent from most sentences, and
    where one is present no cue matches before the first screen match, so the scans start there.
    (The search from there sees the text before it too, for lookbehinds and word boundaries.)
    """
    starts = [m.start() for screen in screens if (m := screen.search(text))]
    if not starts:
        return []
    first = min(starts)
    return [(cue, m) for cue in cues for m in cue.regex.finditer(text, first)]


def _matches(code, text: str) -> list[tuple[str, int, int, str, str | None]]:
    found = []
    for cue, m in cue_matches(code.cues, code.screens, text):
        if code.negatable and negated(text, m.start()):
            continue
        if code.blocked_by and set(preceding_words(text, m.start())) & code.blocked_by:
            continue
        found.append((m.group(), m.start(), m.end(), cue.source, cue.requires))
    return found


def code_sentence(text: str, codebook: Codebook) -> tuple[dict[str, dict[str, list]], list[tuple]]:
    """Codes of one sentence: ``{category: {code: [cue matches]}}`` and the rights-claim cue matches."""
    found: dict[str, dict[str, list]] = {c: {} for c in CATEGORIES}
    pending = []
    for category in CATEGORIES:
        for label, code in codebook.codes[category].items():
            for match in _matches(code, text):
                if match[4]:  # counts only if another code is found too: decided after the first pass
                    pending.append((category, label, match))
                else:
                    found[category].setdefault(label, []).append(match)
    for category, label, match in pending:
        need_category, _, need_code = match[4].partition(".")
        if need_code in found[need_category]:
            found[category].setdefault(label, []).append(match)
    we = re.search(_WE, text, re.I)
    if we:
        institutional = "ombudsman" in found["actor"] or "institutional" in found["rights_domain"]
        target = "ombudsman" if institutional else "nation"
        label = "institutional we" if institutional else "national we"
        found["actor"].setdefault(target, []).append((f"{we.group()} ({label})", we.start(), we.end(), "rule", None))
    if "problem" in found["claim_type"] and (
        found["locus"].get("international") or "external" in found["actor"] or "security" in found["rights_domain"]
    ):
        found["locus"]["external_threat"] = [("problem placed abroad", 0, 0, "rule", None)]
    rights = []
    for _, m in cue_matches(codebook.rights_cues, codebook.rights_screens, text):
        rights.append((m.group(), m.start(), m.end()))
    return found, rights


def code_claims(sentences: pd.DataFrame, codebook: Codebook) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Code the interviewee's sentences (role ``answer``); questions, captions and boilerplate never are.

    Returns ``claims`` (one row per interviewee sentence: ids and offsets, ``text``,
    ``is_rights_claim``, a space-separated list per category, a boolean column per code,
    ``has_evidence``, ``cues`` (code: matched words), ``vader_compound`` and ``evaluation``) and
    ``cues`` (one row per matched cue: sentence, category, code, matched text, offsets in the sentence).
    """
    answers = sentences[sentences["role"] == "answer"]
    rows, cue_rows = [], []
    for values in zip(*(answers[c].tolist() for c in _SENTENCE_KEYS)):  # lists: iterating pandas is slower
        row = dict(zip(_SENTENCE_KEYS, values))
        text, sentence_id = row["text"], row["sentence_id"]
        found, rights = code_sentence(text, codebook)
        row["is_rights_claim"] = bool(rights) and not text.rstrip().endswith("?")
        row["rights_cues"] = "; ".join(dict.fromkeys(r[0].lower() for r in rights))
        for category in CATEGORIES:
            row[LIST_COLUMNS[category]] = " ".join(
                label for label in codebook.labels(category) if label in found[category]
            )
        for category in CATEGORIES:
            for label in codebook.labels(category):
                row[label] = label in found[category]
        row["has_evidence"] = bool(found["evidence"])
        row["cues"] = " | ".join(
            f"{label}: {', '.join(dict.fromkeys(m[0] for m in found[category][label]))}"
            for category in CATEGORIES
            for label in codebook.labels(category)
            if label in found[category]
        )
        compound = _vader().polarity_scores(text)["compound"]
        row["vader_compound"] = compound
        row["evaluation"] = "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"
        rows.append(row)
        for category in CATEGORIES:
            for label, matches in found[category].items():
                cue_rows.extend((sentence_id, category, label, m[0], m[1], m[2], m[3]) for m in matches)
        cue_rows.extend((sentence_id, "rights_claim", "is_rights_claim", r[0], r[1], r[2], "codebook") for r in rights)
    claims = pd.DataFrame(rows)
    if not claims.empty:
        claims["turn_id"] = claims["turn_id"].astype("Int64")
    cue_rows.sort(key=lambda r: (r[0], r[4], r[1], r[2]))  # stable: by sentence, start, category, code
    return claims, pd.DataFrame(cue_rows, columns=CUE_COLUMNS)
