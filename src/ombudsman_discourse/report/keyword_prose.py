"""The sentences notebook 02 computes about word classes, lemmas, negative keywords, key function words and the
words that govern "human rights" (the older keyword sentences are in :mod:`.prose`).

Negative keywords after Baker (2004, "Querying keywords", *Journal of English Linguistics* 32(4)): what a text
under-uses against a reference can say as much as what it over-uses. The sentences report the under-used words
and groups with their counts; what an absence means for this interview is the analyst's reading (notebook 05).
"""

import math

import pandas as pd

from .wording import join, plural

_CLASSES = (
    ("name", "names"),
    ("topic", "topic words of the genre"),
    ("function", "function words"),
    ("other", "the rest, the speaker's own emphases to read first"),
)


def word_class_summary(key: pd.DataFrame) -> str:
    """The keywords by class (names, topic words, function words, the rest), each listed."""
    keywords = key[key["is_keyword"]]
    if keywords.empty:
        return "No keyword passes the filters, so there is nothing to sort into names, topic words and the rest."
    parts = []
    for cls, name in _CLASSES:
        words = keywords.loc[keywords["word_class"] == cls, "word"].tolist()
        shown = ", ".join(words[:15]) + (", ..." if len(words) > 15 else "")
        parts.append(f"{name} {len(words)}" + (f" ({shown})" if words else ""))
    return f"The {plural(len(keywords), 'keyword')} by class: " + "; ".join(parts) + "."


def lemma_summary(lemmas: pd.DataFrame, key: pd.DataFrame) -> str:
    """Which lemmas merge several forms, and where the lemma view changes what is a keyword."""
    merged = lemmas[lemmas["n_forms"] > 1]
    if merged.empty:
        return "No lemma of the answers merges two word forms: the lemma view equals the word-form view."
    keyword_forms = set(key.loc[key["is_keyword"], "word"])
    shown = join(f"*{r.lemma}* ({r.forms.replace(' ', ' + ')}, {r.observed})" for r in merged.head(8).itertuples())
    text = f"{plural(len(merged), 'lemma')} merge two or more forms of the answers; the most frequent: {shown}."
    lost = [r for r in merged.itertuples() if not r.is_keyword and set(r.forms.split()) & keyword_forms]
    gained = [r for r in merged.itertuples() if r.is_keyword and not set(r.forms.split()) & keyword_forms]
    if lost:
        text += (
            " A form is a keyword but its lemma is not (the other forms are common): "
            + join(f"*{r.lemma}*" for r in lost)
            + "."
        )
    if gained:
        text += " A lemma is a keyword though none of its forms is: " + join(f"*{r.lemma}*" for r in gained) + "."
    return text


def negative_summary(negative: pd.DataFrame, groups: pd.DataFrame, min_g2: float, n_total: float) -> str:
    """The negative keywords with their counts against expectation, the under-used groups with what their absence
    is compatible with, and how many reach positive BIC (G² − ln ``n_total``, the two corpora's tokens)."""
    if negative.empty:
        return f"No word is under-used against general English at G² ≥ {min_g2} with Log Ratio ≤ −1."
    shown = join(f"*{r.word}* {r.freq} (expected {r.expected:.1f})" for r in negative.head(10).itertuples())
    text = f"{plural(len(negative), 'negative keyword')} (G² ≥ {min_g2}, Log Ratio ≤ −1); the strongest: {shown}."
    classes = negative["word_class"].value_counts()
    if classes.get("function", 0) == len(negative):
        text += " All are function words."
    for r in groups.itertuples():
        text += f" **{r.group.capitalize()}** ({r.words}): {r.freq} against {r.expected:.1f} expected."
    if len(groups):
        text += (
            " The reference mixes conversation, subtitles and the web with books and news, where *I*, *you* and "
            "contractions are common: their under-use marks edited, institutional speech in general, so compare "
            "other interviews (`ombudsman-discourse compare`) before reading it as this speaker's."
        )
    bic = negative["g2"] - math.log(n_total)
    text += (
        " An absence reaches significance only when the word is common: a short text cannot show the under-use of a "
        f"rare word. BIC (G² − ln {n_total:,.0f}) is positive for {int((bic > 0).sum())} of them."
    )
    return text


def governors_summary(governors: pd.DataFrame) -> str:
    """How "human rights" (and rights with another modifier) are governed: counts by relation, the governing
    words, and whether any rights-holder claims them."""
    if governors.empty:
        return "The answers never name rights in the entitlement sense."
    counts = governors["relation"].value_counts()
    relations = join(f"{r.replace('_', ' ')} {n}" for r, n in counts.items())
    out = [f"{plural(len(governors), 'occurrence')} of the rights node, by relation: {relations}."]
    for relation, name in (("verb_object", "objects of the verbs"), ("of_noun", "objects of the nouns")):
        words = governors.loc[governors["relation"] == relation, "governor"].value_counts()
        if len(words):
            out.append(
                f"Rights are {name} " + join(f"*{w}*" + (f" ({n})" if n > 1 else "") for w, n in words.items()) + "."
            )
    holders = governors[governors["holder"] != ""]
    claimed = governors[governors["claimed_by_holder"]]
    if len(holders):
        out.append(
            f"A holder is named with {plural(len(holders), 'occurrence')} ({join(sorted(set(holders['holder'])))})."
        )
    if claimed.empty:
        out.append(
            "No occurrence has a rights-holder as the subject of a claiming verb (claim, demand, defend, exercise, "
            "insist on, fight for)."
        )
    else:
        out.append(f"Rights claimed by their holders: {join(f's{s}' for s in claimed['sentence_id'])}.")
    return " ".join(out)


def collocates_tie(collocates: pd.DataFrame) -> str:
    """The collocates whose every occurrence falls inside the windows share one MI: a tie, not a ranking."""
    tied = collocates[collocates["all_in_window"]] if "all_in_window" in collocates else collocates.iloc[:0]
    if len(tied) < 2:
        return ""
    return (
        f"{plural(len(tied), 'collocate')} occur only inside the windows ({join(tied['collocate'])}), so they share "
        f"one MI ({tied['mi'].iloc[0]:.2f}): their order is by frequency, not by strength of association."
    )
