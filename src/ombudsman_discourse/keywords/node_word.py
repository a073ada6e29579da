"""The node word *rights*: concordance, collocates and the kinds of rights named.

Premodifiers: the word right before *rights* counts unless it looks like a verb taking *rights*
as its object ("protects rights", "violated rights"); further items of a coordinated list count
when they are listed in ``data/rights_modifiers.txt`` or end like an adjective.

Corpus-assisted discourse studies move from keywords to collocates to concordance lines
(Baker et al. 2008). Occurrences of *right* in other senses ("the right moment") are left out:
singular *right* counts only before *to*/*of* ("the right to social security") or after a
rights premodifier ("a constitutional right"); *right-wing* is one token and never matches.
"""

from collections import Counter

import numpy as np
import pandas as pd

from ..paths import data_words
from ..text.sentences import SentenceTokens
from .keyness import g2_contingency

KWIC_COLUMNS = ["sentence_id", "paragraph_id", "turn_id", "left", "node", "right", "start", "end"]
TYPE_COLUMNS = ["kind", "form", "count", "sentence_ids"]
COLLOCATE_COLUMNS = ["collocate", "frequency", "corpus_frequency", "expected", "mi", "log_likelihood", "all_in_window"]
_DETERMINERS = {
    "the",
    "a",
    "an",
    "their",
    "its",
    "our",
    "his",
    "her",
    "every",
    "all",
    "each",
    "any",
    "these",
    "those",
    "this",
    "that",
    "virtually",
    "almost",
    "such",
    "other",
    "many",
    "some",
    "my",
    "your",
}
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ary", "ous", "ian")
# verbs that take "rights" as their object ("protect rights"), never its modifier
_VERBS = {
    "protect",
    "respect",
    "defend",
    "ensure",
    "violate",
    "guarantee",
    "promote",
    "uphold",
    "exercise",
    "enjoy",
    "restrict",
    "abuse",
    "deny",
    "have",
    "claim",
    "realise",
    "realize",
    "secure",
    "strengthen",
    "advance",
    "expand",
    "observe",
    "fulfil",
    "fulfill",
    "infringe",
    "limit",
    "affect",
    "improve",
    "support",
    "grant",
}
_PAIRED = {"freedoms", "freedom", "interests", "liberties", "obligations", "duties", "responsibilities"}


def rights_modifiers() -> frozenset[str]:
    """Words that premodify *rights* in a list (``data/rights_modifiers.txt``)."""
    return data_words("rights_modifiers.txt")


def _is_content(token: str, stop: frozenset[str]) -> bool:
    return token.replace("'", "").isalpha() and token not in stop and token not in _DETERMINERS


def rights_nodes(lower: list[str], stop: frozenset[str]) -> list[int]:
    """Indices of *right*/*rights* used in the sense of entitlements in one sentence's lowercased tokens."""
    nodes = []
    for i, tok in enumerate(lower):
        if tok == "rights":
            nodes.append(i)
        elif tok == "right":
            after = lower[i + 1] if i + 1 < len(lower) else ""
            before = lower[i - 1] if i else ""
            if after in ("to", "of") or before in rights_modifiers() or before == "'s":
                nodes.append(i)
    return nodes


def _phrase_after(lower: list[str], i: int, stop: frozenset[str], limit: int = 4) -> str:
    """The noun phrase after position ``i``: leading determiners skipped, up to ``limit`` content words."""
    j = i
    while j < len(lower) and lower[j] in _DETERMINERS:
        j += 1
    words = []
    while j < len(lower) and len(words) < limit and (_is_content(lower[j], stop) or lower[j] == "'s"):
        words.append(lower[j])
        j += 1
    return " ".join(words).replace(" 's", "'s")


def _modifier_like(word: str) -> bool:
    """Can ``word`` premodify *rights*? Listed modifiers and adjective-like words can; verb forms cannot."""
    if word in rights_modifiers() or word.endswith(_ADJECTIVE_ENDINGS):
        return True
    return word not in _VERBS and not word.endswith(("s", "ed", "ing"))


def _premodifier_positions(lower: list[str], i: int, stop: frozenset[str]) -> list[int]:
    """Positions of the modifiers before the node at ``i``, nearest first (a possessive's owner, e.g.
    *children* of "children 's rights"); coordinated items follow the first."""
    j = i - 1
    if j >= 1 and lower[j] == "'s":
        found, j = [j - 1], j - 2
    elif j >= 0 and _is_content(lower[j], stop) and _modifier_like(lower[j]):
        found, j = [j], j - 1
    else:
        return []
    while j >= 1 and lower[j] in (",", "and", "or"):
        k = j - 1
        while k >= 0 and lower[k] in (",", "and", "or"):
            k -= 1
        candidate = lower[k] if k >= 0 else ""
        if (
            not candidate.isalpha()
            or candidate in _VERBS
            or not (candidate in rights_modifiers() or candidate.endswith(_ADJECTIVE_ENDINGS))
        ):
            break
        found.append(k)
        j = k - 1
    return found


def _premodifiers(lower: list[str], i: int, stop: frozenset[str]) -> list[str]:
    """Modifiers before the node at ``i``, nearest first; coordinated items follow the first."""
    return [lower[p] + ("'s" if lower[p + 1] == "'s" else "") for p in _premodifier_positions(lower, i, stop)]


def rights_mentions(sents: list[SentenceTokens], stop: frozenset[str]) -> pd.DataFrame:
    """One row per kind of right named at each node: ``sentence_id``, ``token_id``, ``kind``, ``form``.

    Forms: ``premodifier`` (labour rights), ``premodifier in a list`` (each item of "social, labour,
    housing and economic rights"), ``in a named term`` (Commissioner for Human *R*ights: a
    capitalised *Rights* inside a name), ``right to``, ``rights of``, ``rights and`` (rights and
    freedoms) and ``unmodified``. A node may yield several rows ("constitutional rights of the people").
    """
    rows = []
    for sent in sents:
        lower = sent.lower
        for i in rights_nodes(lower, stop):
            node = lower[i]
            in_name = sent.token[i][0].isupper() and i > 0
            found = []
            for n, mod in enumerate(_premodifiers(lower, i, stop)):
                form = "in a named term" if in_name else ("premodifier" if n == 0 else "premodifier in a list")
                found.append((f"{mod} rights", form))
            after = lower[i + 1] if i + 1 < len(lower) and not in_name else ""
            if after in ("to", "of"):
                phrase = _phrase_after(lower, i + 2, stop)
                if phrase:
                    found.append((f"{node} {after} {phrase}", f"{node} {after}"))
            elif after == "and" and i + 2 < len(lower) and lower[i + 2] in _PAIRED:
                found.append((f"rights and {lower[i + 2]}", "rights and"))
            if not found:
                found.append((node, "unmodified"))
            rows.extend((sent.sentence_id, sent.token_id[i], kind, form) for kind, form in found)
    return pd.DataFrame(rows, columns=["sentence_id", "token_id", "kind", "form"])


def rights_types(mentions: pd.DataFrame) -> pd.DataFrame:
    """Aggregate :func:`rights_mentions`: ``kind``, ``form``, ``count``, ``sentence_ids`` (space-separated)."""
    if mentions.empty:
        return pd.DataFrame(columns=TYPE_COLUMNS)
    ids: dict[tuple[str, str], list] = {}  # plain dict: a pandas groupby with a lambda is slow on few rows
    for sid, kind, form in zip(*(mentions[c].tolist() for c in ("sentence_id", "kind", "form"))):
        ids.setdefault((kind, form), []).append(sid)
    rows = [(kind, form, len(s), " ".join(map(str, s))) for (kind, form), s in ids.items()]
    table = pd.DataFrame(rows, columns=TYPE_COLUMNS)
    return table.sort_values(["count", "kind", "form"], ascending=[False, True, True]).reset_index(drop=True)


def kwic(sents: list[SentenceTokens], stop: frozenset[str], width: int = 60) -> pd.DataFrame:
    """Concordance lines for *rights* / *right* (entitlement sense), with *human rights* as one node.

    ``left``/``right`` hold up to ``width`` characters of the sentence either side;
    ``start``/``end`` locate the node in the cleaned paragraph.
    """
    rows = []
    for sent in sents:
        for i in rights_nodes(sent.lower, stop):
            first = i - 1 if i and sent.lower[i - 1] == "human" else i
            a, b = sent.start[first] - sent.offset, sent.end[i] - sent.offset
            rows.append(
                (
                    sent.sentence_id,
                    sent.paragraph_id,
                    sent.turn_id,
                    sent.text[:a][-width:],
                    sent.text[a:b],
                    sent.text[b:][:width],
                    sent.start[first],
                    sent.end[i],
                )
            )
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def _merged_nodes(lower: list[str], stop: frozenset[str]) -> tuple[list[str], list[int]]:
    """One sentence's word tokens with *human* taken into each *human rights* node, and the nodes' positions."""
    nodes = rights_nodes(lower, stop)
    inside = [i - 1 for i in nodes if i and lower[i - 1] == "human"]
    if not inside:
        return lower, nodes
    kept = [w for k, w in enumerate(lower) if k not in inside]
    return kept, [i - sum(1 for k in inside if k < i) for i in nodes]


def rights_collocates(
    sents: list[SentenceTokens], stop: frozenset[str], span: int = 5, min_freq: int = 2
) -> pd.DataFrame:
    """Collocates of the *rights* node within ``span`` word tokens either side, in the same sentence.

    Window-based association (Evert 2008): ``N`` word tokens, ``R`` window slots around the nodes,
    ``f`` the collocate's frequency, ``O`` its frequency in the windows; ``E = R f / N``,
    ``MI = log2(O / E)`` (Church & Hanks 1990), and the full 2x2 G2 (Dunning 1993) of the table
    (O, R - O, f - O, N - R - f + O). *human rights* is one node (one token of ``N``): its *human* is
    neither a collocate nor counted in ``f``.
    Stopwords, punctuation and the node word itself are not collocates. Sorted by G2, then collocate.
    ``all_in_window`` is True when every occurrence of the collocate falls in the windows (``O = f``):
    such collocates all share ``MI = log2(N / R)``, a tie rather than a ranking.
    """
    corpus_freq: Counter = Counter()
    in_window: Counter = Counter()
    slots = 0
    for sent in sents:
        lower, nodes = _merged_nodes([w for w, is_word in zip(sent.lower, sent.is_word) if is_word], stop)
        corpus_freq.update(lower)
        for i in nodes:
            window = lower[max(0, i - span) : i] + lower[i + 1 : i + 1 + span]
            slots += len(window)
            in_window.update(w for w in window if w.isalpha() and w not in stop and w not in ("right", "rights"))
    n_total = sum(corpus_freq.values())
    rows = [(w, o, corpus_freq[w]) for w, o in in_window.items() if o >= min_freq]
    if not rows:
        return pd.DataFrame(columns=COLLOCATE_COLUMNS)
    table = pd.DataFrame(rows, columns=["collocate", "frequency", "corpus_frequency"])
    o, f = table["frequency"].to_numpy(float), table["corpus_frequency"].to_numpy(float)
    table["expected"] = slots * f / n_total
    table["mi"] = np.log2(o / table["expected"])
    table["log_likelihood"] = g2_contingency(o, slots - o, f - o, n_total - slots - f + o)
    table["all_in_window"] = o == f
    return table.sort_values(["log_likelihood", "collocate"], ascending=[False, True]).reset_index(drop=True)
