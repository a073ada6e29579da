"""Negative keywords: words the answers use markedly less than general English (Baker 2004, "Querying
keywords"), and the function words among the keywords of either sign.

What a speaker avoids can matter as much as what they repeat: few *I*, no *but*, no *may* say something
about voice, argument and hedging. Candidates are the answers' word forms and wordfreq's ``N`` most
frequent English words, split into Treebank tokens as the answers are (don't -> do + n't), so a word the
answers never use can be a negative keyword. Statistics are those of :mod:`.keyness`: the two-cell G2
(Rayson & Garside 2000) against wordfreq taken as a corpus of the assumed reference size, Log Ratio
(Hardie 2014) with an absent word counted as 0.5. ``expected`` is ``c p``, the count the answers would
have at general English's rate (the two-cell ``E1`` tends to it as the reference grows).
"""

from collections.abc import Mapping
from functools import lru_cache

import numpy as np
import pandas as pd
from wordfreq import top_n_list

from ..params import KeywordParams
from .keyness import keyness_columns
from .reference import reference_proportions
from .word_class import word_classes

COLUMNS = ["word", "freq", "expected", "g2", "log_ratio", "p_band", "word_class"]
_NEEDED = ("word", "observed", "ref_per_million", "g2", "log_ratio", "p_band", "word_class")
GROUP_COLUMNS = ["group", "words", "freq", "expected", "members"]
FUNCTION_COLUMNS = ["word", "direction", "freq", "expected", "g2", "log_ratio", "p_band"]
# groups whose under-use a discourse analyst reads as voice, stance or argument (Hyland 2005 on
# self-mention, hedges and engagement; Baker 2004)
GROUPS = {
    "first person singular": ("i", "me", "my", "mine", "myself"),
    "negation": ("not", "no", "never", "n't"),
    "contrastive connectives": ("but", "however", "although", "though", "yet"),
    "hedging modals": ("may", "might", "could"),
    "second person": ("you", "your", "yours", "yourself", "yourselves"),
}


# whole words the Treebank tokenizer splits (NLTK's CONTRACTIONS2/3)
_SPLIT_WORDS = {
    "cannot": "can not",
    "gimme": "gim me",
    "gonna": "gon na",
    "gotta": "got ta",
    "lemme": "lem me",
    "wanna": "wan na",
}


def treebank_pieces(word: str) -> list[str]:
    """``word`` cut as the Treebank tokenizer cuts it: n't and a clitic from its apostrophe split off
    (don't -> do n't, can't -> ca n't, it's -> it 's) and NLTK's listed contractions (cannot -> can not)."""
    if word in _SPLIT_WORDS:
        return _SPLIT_WORDS[word].split()
    if word.endswith("n't") and len(word) > 3:
        return [word[:-3], "n't"]
    cut = word.find("'")
    return [word[:cut], word[cut:]] if cut > 0 else [word]


@lru_cache(maxsize=8)
def common_words(n: int, lang: str = "en") -> tuple[str, ...]:
    """The Treebank tokens (:func:`treebank_pieces`) of wordfreq's ``n`` most frequent words that keyness
    compares (with a letter, no clitic beginning with an apostrophe), in wordfreq's order without repeats."""
    pieces: dict[str, None] = {}
    for word in top_n_list(lang, n):
        for piece in treebank_pieces(word):
            if any(ch.isalpha() for ch in piece) and not piece.startswith("'"):
                pieces[piece] = None
    return tuple(pieces)


def _under_used(columns, params: KeywordParams) -> np.ndarray:
    return (
        (np.asarray(columns["direction"]) == "-")
        & np.asarray(columns["in_reference"])
        & (np.asarray(columns["log_ratio"]) <= -params.min_log_ratio)
        & (np.asarray(columns["g2"]) >= params.negative_min_g2)
    )


def negative_keywords(key: pd.DataFrame, target_size: int, params: KeywordParams) -> pd.DataFrame:
    """Words used markedly less in the answers than in general English.

    ``key``: the keyness table of the answers' forms (:func:`~.stage.keyness_table`, with ``word_class``);
    ``target_size``: the answers' word tokens. wordfreq's ``params.negative_candidates`` commonest words
    absent from the answers are added with frequency 0. Kept: less frequent than in the reference, Log
    Ratio at or below ``-params.min_log_ratio`` and G2 at or above ``params.negative_min_g2``.
    Returns :data:`COLUMNS` (``freq`` observed, ``expected`` = c p), by G2 (descending) then word.
    """
    # plain columns, one table at the end: pandas' filters and concatenations cost more than the statistics
    answers = {c: key[c].to_numpy() for c in (*_NEEDED, "direction", "in_reference")}
    seen = set(answers["word"].tolist())
    absent = [w for w in common_words(params.negative_candidates) if w not in seen]
    extra = keyness_columns([0] * len(absent), reference_proportions(absent), target_size, params.reference_size)
    extra |= {"word": absent, "word_class": word_classes(absent)}
    rows = []
    for columns in (answers, extra):
        for i in np.flatnonzero(_under_used(columns, params)).tolist():
            word, freq, per_million, g2, lr, p_band, word_class = (columns[c][i] for c in _NEEDED)
            rows.append((word, int(freq), per_million * target_size / 1e6, g2, lr, p_band, word_class))
    rows.sort(key=lambda r: (-r[3], r[0]))
    return pd.DataFrame(rows, columns=COLUMNS)


def negative_groups(table: pd.DataFrame, groups: Mapping[str, tuple[str, ...]] = GROUPS) -> pd.DataFrame:
    """The groups of ``groups`` with at least one member among the negative keywords ``table``.

    Returns :data:`GROUP_COLUMNS`: ``words`` the members that are negative keywords (space-separated,
    in the group's order), ``freq`` and ``expected`` summed over them, ``members`` every word of the group.
    """
    rows = table.set_index("word")
    out = []
    for group, members in groups.items():
        found = [w for w in members if w in rows.index]
        if found:
            sub = rows.loc[found]
            out.append(
                (group, " ".join(found), int(sub["freq"].sum()), float(sub["expected"].sum()), " ".join(members))
            )
    return pd.DataFrame(out, columns=GROUP_COLUMNS)


def key_function_words(key: pd.DataFrame, negative: pd.DataFrame, target_size: int) -> pd.DataFrame:
    """Function words among the positive keywords of ``key`` (``is_keyword``) and the negative keywords.

    Returns :data:`FUNCTION_COLUMNS`, ``direction`` ``over`` or ``under``; over-used first, each by G2.
    """
    over = np.flatnonzero(key["is_keyword"].to_numpy() & (key["word_class"].to_numpy() == "function")).tolist()
    under = np.flatnonzero(negative["word_class"].to_numpy() == "function").tolist()
    rows = [
        (w, "over", int(f), r * target_size / 1e6, g, lr, p)
        for w, f, r, g, lr, p in zip(*(key[c].to_numpy()[over] for c in _NEEDED[:-1]))
    ]
    rows.sort(key=lambda r: (-r[4], r[0]))
    under_rows = zip(*(negative[c].to_numpy()[under] for c in COLUMNS[:-1]))
    rows += [(w, "under", int(f), e, g, lr, p) for w, f, e, g, lr, p in under_rows]
    return pd.DataFrame(rows, columns=FUNCTION_COLUMNS)
