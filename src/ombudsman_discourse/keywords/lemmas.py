"""Lemmas beside word forms: a small rule-based English lemmatiser and the keyness of lemmas.

What a keyword list needs is plural nouns merged with their singular (threats -> threat, policies ->
policy, ombudsmen -> ombudsman); the same rules take the third-person -s off regular verbs (reflects ->
reflect), whose stem is the base form. Past and -ing forms are left alone: without a part of speech
"the rights abused" and "an abused child" cannot be told apart safely. The rules, in order:

1. the shipped exceptions (``data/lemma_exceptions.txt``, "form lemma"): irregular plurals (children ->
   child, women -> woman, people stays) and -s words no rule should touch (news, series, rights);
2. unchanged: function words, proper names (the caller says which), words with anything but letters and
   hyphens, words of three letters or fewer (has, was, its, bus);
3. -ies -> -y in words of five letters or more (policies -> policy; ties -> tie by rule 5);
4. -sses, -xes, -ches, -shes lose -es (processes, taxes, approaches, wishes);
5. a final -s is dropped except after s, u or i and in -ics (process, status, basis, politics).

Keyness of a lemma uses the statistics of :mod:`.keyness` (Rayson & Garside 2000; Hardie 2014) with
the lemma's reference proportion the sum of wordfreq's proportions of its forms: the answers' forms and
the forms the same rules map to the lemma (threat + threats even when the answers say only "threats"),
so that the reference is lemmatised as the answers are. Without parts of speech that includes forms of
another word class (joints beside the adjective joint); wordfreq's counts of those are small.
"""

from collections.abc import Mapping
from functools import lru_cache

import numpy as np
import pandas as pd

from ..params import KeywordParams
from ..paths import data_words
from .keyness import keyness_columns, keyword_mask, keyword_order
from .reference import reference_proportions
from .word_class import function_words, word_classes

_ES_ENDINGS = ("sses", "xes", "ches", "shes")


@lru_cache(maxsize=1)
def exceptions() -> dict[str, str]:
    """The shipped exceptions, form -> lemma (``data/lemma_exceptions.txt``)."""
    return dict(line.split() for line in data_words("lemma_exceptions.txt"))


@lru_cache(maxsize=50_000)
def lemmatise(form: str) -> str:
    """The lemma of a lowercased word form by the rules of this module (proper names: do not call)."""
    if form in exceptions():
        return exceptions()[form]
    if len(form) <= 3 or form in function_words() or not form.replace("-", "").isalpha():
        return form
    if form.endswith("ies") and len(form) >= 5:
        return form[:-3] + "y"
    if form.endswith(_ES_ENDINGS):
        return form[:-2]
    if form.endswith("s") and not form.endswith(("ss", "us", "is", "ics")):
        return form[:-1]
    return form


def _regular_plural(lemma: str) -> str:
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    if lemma.endswith(("ss", "x", "ch", "sh")):
        return lemma + "es"
    return lemma + "s"


@lru_cache(maxsize=1)
def _exception_forms() -> dict[str, tuple[str, ...]]:
    forms: dict[str, list[str]] = {}
    for form, lemma in exceptions().items():
        forms.setdefault(lemma, []).append(form)
    return {lemma: tuple(f) for lemma, f in forms.items()}


@lru_cache(maxsize=50_000)
def lemma_forms(lemma: str) -> tuple[str, ...]:
    """The forms of ``lemma`` looked up in the reference: itself and its plural (the exceptions' forms when
    it has some, else the regular one), each kept when the rules map it back to ``lemma``."""
    irregular = _exception_forms().get(lemma, ())
    candidates = {lemma, *irregular} if irregular else {lemma, _regular_plural(lemma)}
    return tuple(sorted(f for f in candidates if lemmatise(f) == lemma))


@lru_cache(maxsize=50_000)
def _reference(lemma: str, forms: str, is_name: bool) -> tuple[str, float]:
    """The reference forms of ``lemma`` that wordfreq lists (space-separated) and the sum of their proportions;
    ``forms``: the answers' forms (space-separated), the only ones looked up for a name."""
    found = forms.split()
    looked_up = found if is_name else sorted({*found, *lemma_forms(lemma)})
    proportions = reference_proportions(looked_up)
    return " ".join(f for f, q in zip(looked_up, proportions) if q > 0), sum(proportions)


def keyness_lemmas(
    observed: Mapping[str, int], target_size: int, params: KeywordParams, names: frozenset[str] = frozenset()
) -> pd.DataFrame:
    """Keyness of the lemmas of ``observed`` (answer word form -> count); forms in ``names`` stay as they are.

    Returns one row per lemma: ``lemma``, ``forms`` (the answers' forms merged, space-separated),
    ``n_forms``, ``reference_forms`` (the forms whose wordfreq proportions are summed, those wordfreq
    lists), then the columns of :func:`~.keyness.keyness` from ``observed`` to ``in_reference``,
    ``is_keyword`` (the thresholds of ``params``) and ``word_class`` (:func:`~.word_class.word_class`; a
    name when every form is one). Keywords first, then lemmas present in the reference before absent
    ones, each by G2 (descending) then lemma.
    """
    merged: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for form in sorted(observed):
        lem = form if form in names else lemmatise(form)
        merged.setdefault(lem, []).append(form)
        counts[lem] = counts.get(lem, 0) + observed[form]
    lemmas = sorted(merged)
    forms = [" ".join(merged[lem]) for lem in lemmas]
    name_lemmas = frozenset(lem for lem, found in merged.items() if all(f in names for f in found))
    reference = [_reference(lem, f, lem in name_lemmas) for lem, f in zip(lemmas, forms)]
    a = [counts[lem] for lem in lemmas]
    p = [r[1] for r in reference]
    # built as plain columns and ordered once: pandas' per-column inserts and sorts cost more on a short text
    columns = keyness_columns(a, p, target_size, params.reference_size)
    is_key = keyword_mask(columns, params.min_g2, params.min_log_ratio, params.min_freq)
    order = keyword_order(lemmas, is_key, columns["in_reference"], columns["g2"])
    table = {
        "lemma": [lemmas[i] for i in order],
        "forms": [forms[i] for i in order],
        "n_forms": [len(merged[lemmas[i]]) for i in order],
        "reference_forms": [reference[i][0] for i in order],
    }
    table |= {name: np.asarray(values)[order] for name, values in columns.items()}
    table["is_keyword"] = is_key[order]
    table["word_class"] = word_classes(table["lemma"], name_lemmas)
    return pd.DataFrame(table)
