"""Named terms without a named-entity model: runs of capitalised words.

A run is a sequence of capitalised words or acronyms, joined by lowercase connectors inside
names ("Committee *against* Torture", "Law *on the* National Preventive Mechanism") and by a
possessive ("Prosecutor General's Office"). *and* joins only inside a name that already has
*of* or *for* ("Ministry of Education *and* Science") and not before *the* or a repeated head
word, so "Kazakhstan and the European Union" and "Ministry of Interior Affairs and Ministry of
Justice" stay two names each. A capital
at the start of a sentence does not count when the word also occurs in lowercase in the text,
or when it is never capitalised elsewhere and is common in general English (wordfreq Zipf at or
above ``max_common_zipf``). Acronyms defined in the
glossary are merged with their expansions.
"""

import pandas as pd
from wordfreq import zipf_frequency

from ..text.sentences import SentenceTokens

COLUMNS = ["term", "n_words", "count", "acronym", "variants", "sentence_ids"]
CONNECTORS = {"of", "for", "against", "on", "the", "de"}


def _capitalised(token: str) -> bool:
    return token[:1].isupper() and any(ch.isalpha() for ch in token) and token != "I"


def _runs(tokens: list[str]) -> list[tuple[int, int]]:
    """[start, end) token spans of capitalised runs in one sentence."""
    spans, i, n = [], 0, len(tokens)
    while i < n:
        if not _capitalised(tokens[i]):
            i += 1
            continue
        j = i + 1
        has_of = False
        while j < n:
            if _capitalised(tokens[j]):
                j += 1
                continue
            k = j
            while k < n and tokens[k] in CONNECTORS:
                k += 1
            if k > j and k < n and _capitalised(tokens[k]):
                has_of = has_of or any(t in ("of", "for") for t in tokens[j:k])
                j = k
                continue
            if tokens[j] == "'s" and j + 1 < n and _capitalised(tokens[j + 1]):
                j += 1
                continue
            if (
                tokens[j] == "and"
                and has_of
                and j + 1 < n
                and _capitalised(tokens[j + 1])
                and tokens[j + 1] != tokens[i]
            ):
                j += 1  # "Ministry of Education and Science"; a repeated head ("... and Ministry of") starts anew
                continue
            break
        spans.append((i, j))
        i = j
    return spans


def named_terms(sents: list[SentenceTokens], glossary: pd.DataFrame, max_common_zipf: float = 4.0) -> pd.DataFrame:
    """Named terms of the analysed sentences: ``term``, ``n_words``, ``count``, ``acronym``,
    ``variants`` (forms merged, ``|``-separated), ``sentence_ids``; sorted by count, then term."""
    mid_capitalised = {t for sent in sents for t in sent.token[1:] if _capitalised(t)}
    lowercase_forms = {t for sent in sents for t in sent.token if t.islower()}

    def ordinary(word: str) -> bool:
        """A word capitalised only because it opens the sentence."""
        if word.lower() in lowercase_forms:
            return True
        return word not in mid_capitalised and zipf_frequency(word, "en") >= max_common_zipf

    found = []
    for sent in sents:
        tokens = sent.token
        for a, b in _runs(tokens):
            if a == 0 and ordinary(tokens[0]):
                a += 1
                while a < b and tokens[a].lower() in CONNECTORS:
                    a += 1
            while b > a and tokens[b - 1].lower() in CONNECTORS | {"and", "'s"}:
                b -= 1
            if a < b:
                found.append((sent.text[sent.start[a] - sent.offset : sent.end[b - 1] - sent.offset], sent.sentence_id))
    expansion_of = dict(zip(glossary["acronym"], glossary["expansion"]))
    acronym_of = {e.lower(): a for a, e in expansion_of.items()}
    rows = []
    for form, sid in found:
        acronym = form if form in expansion_of else acronym_of.get(form.lower())
        rows.append((expansion_of[acronym] if acronym else form, acronym or "", form, sid))
    if not rows:
        return pd.DataFrame(columns=COLUMNS)
    groups: dict[str, list] = {}  # plain dict: a pandas groupby with lambdas is slow on few rows
    for term, acronym, form, sid in rows:
        groups.setdefault(term, []).append((acronym, form, sid))
    out = pd.DataFrame(
        [
            (
                term,
                len(term.split()),
                len(g),
                g[0][0],
                "|".join(sorted({form for _, form, _ in g})),
                " ".join(str(sid) for _, _, sid in g),
            )
            for term, g in groups.items()
        ],
        columns=COLUMNS,
    )
    return out.sort_values(["count", "term"], ascending=[False, True]).reset_index(drop=True)
