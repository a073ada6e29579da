"""The keyword stage (notebook 02): an :class:`~..text.interview.Interview` in, the keyword tables and
figures out.

Unless a table says otherwise the analysed text is the interviewee's answers; questions,
captions and boilerplate are kept out. The thresholds are those of :class:`~..params.KeywordParams`.
"""

import re
from collections import Counter

import numpy as np
import pandas as pd

from ..output import StageOutput
from ..params import DEFAULT_PARAMS, KeywordParams, Params
from ..rows import rows_where, rows_with
from ..text.sentences import by_sentence
from .collocations import collocations
from .dispersion import dispersion_table
from .governors import rights_governors
from .keyness import keyness_columns, keyword_mask, keyword_order
from .lemmas import keyness_lemmas, lemmatise
from .named_terms import named_terms
from .negative import key_function_words, negative_keywords
from .node_word import kwic, rights_collocates, rights_mentions, rights_types
from .reference import reference_lookups
from .word_class import is_name, word_classes
from .wordlist import stopwords, text_size, word_list

_LETTER = re.compile("[a-z]")


def compared_form(form: str) -> bool:
    """Whether a lowercased word form is compared with a reference: it has a letter and is no clitic (``'s``)."""
    return _LETTER.search(form) is not None and not form.startswith("'")


def keyness_table(words: pd.DataFrame, params: KeywordParams) -> pd.DataFrame:
    """Keyness of every answer word form (with a letter; clitics such as 's left out) against wordfreq.

    Adds ``reference_lookup``, ``is_keyword``, ``capitalised`` (the form is capitalised at every
    occurrence in mid-sentence: a likely proper name) and ``word_class`` (``name``, ``topic``, ``function``
    or ``other``: :mod:`.word_class`). Keywords come first, words absent from the reference after those
    present, each by G2.
    """
    counts, capitalised, always = _answer_forms(words)
    forms = sorted(counts)
    lookups = reference_lookups(forms)
    proportion = [q for q, _ in lookups]
    size = int((words["role"] == "answer").sum())
    columns = keyness_columns([counts[f] for f in forms], proportion, size, params.reference_size)
    is_key = keyword_mask(columns, params.min_g2, params.min_log_ratio, params.min_freq)
    # ordered once and built as one table: pandas' sorts and column inserts cost more on a short text
    order = keyword_order(forms, is_key, columns["in_reference"], columns["g2"])
    word = [forms[i] for i in order]
    table = {"word": word} | {name: np.asarray(values)[order] for name, values in columns.items()}
    table["reference_lookup"] = [lookups[i][1] for i in order]
    table["is_keyword"] = is_key[order]
    stop = stopwords()
    table["stopword"] = np.array([w in stop for w in word], dtype=bool)
    table["capitalised"] = np.array([capitalised.get(w, False) for w in word], dtype=bool)
    present = table["in_reference"].tolist()
    names = frozenset(w for w, p in zip(word, present) if is_name(capitalised.get(w), always[w], p))
    table["word_class"] = word_classes(word, names, [w if w in names else lemmatise(w) for w in word])
    return pd.DataFrame(table)


def _answer_forms(words: pd.DataFrame) -> tuple[Counter, dict[str, bool], dict[str, bool]]:
    """The answer word forms keyness compares, counted; for each form met in mid-sentence whether it is
    capitalised there every time; for each form whether it is capitalised at every occurrence.

    One loop over plain lists: pandas' filters, value_counts and a groupby-apply cost more than the
    counting on an interview's few thousand words.
    """
    opens = (~words["sentence_id"].duplicated()).tolist()  # a sentence's first word token
    counts, capitalised, always, compared = Counter(), {}, {}, {}
    for form, token, role, first in zip(*(words[c].tolist() for c in ("lower", "token", "role")), opens):
        if role != "answer":
            continue
        if form not in compared:
            compared[form] = compared_form(form)
        if not compared[form]:
            continue
        counts[form] += 1
        upper = token[:1].isupper()
        always[form] = always.get(form, True) and upper
        if not first:
            capitalised[form] = capitalised.get(form, True) and upper
    return counts, capitalised, always


def keyword_tables(interview, params: Params = DEFAULT_PARAMS) -> dict[str, pd.DataFrame]:
    """All tables of the keyword stage for ``interview`` (an :class:`~..text.interview.Interview`), by file stem."""
    kp = params.keywords
    stop = stopwords()
    toks = interview.tokens
    words = rows_where(toks, toks["is_word"].to_numpy(dtype=bool))
    answers = [s for s in by_sentence(toks, interview.sentences) if s.role == "answer"]
    key = keyness_table(words, kp)
    top = key.loc[key["is_keyword"] & key["in_reference"] & ~key["stopword"], "word"].head(kp.top_keywords)
    size = int((words["role"] == "answer").sum())
    negative = negative_keywords(key, size, kp)
    forms, classes = key["word"].tolist(), key["word_class"].tolist()
    names = frozenset(w for w, c in zip(forms, classes) if c == "name")
    answer_words = rows_with(words, "role", "answer", [kp.dispersion_part, "lower"])
    return {
        "wordlist": word_list(toks),
        "text_size": text_size(words, kp.mattr_window),
        "keyness": key,
        "keyness_lemmas": keyness_lemmas(dict(zip(forms, key["observed"].tolist())), size, kp, names),
        "negative_keywords": negative,
        "key_function_words": key_function_words(key, negative, size),
        "collocations": collocations([s.lower for s in answers], stop, kp.collocation_min_freq),
        "kwic_rights": kwic(answers, stop),
        "rights_collocates": rights_collocates(answers, stop, kp.collocate_span, kp.collocate_min_freq),
        "rights_types": rights_types(rights_mentions(answers, stop)),
        "rights_governors": rights_governors(answers, stop),
        "named_terms": named_terms(answers, interview.glossary),
        "dispersion": dispersion_table(answer_words, top.tolist(), kp.dispersion_part),
    }


def keyword_stage(interview, params: Params = DEFAULT_PARAMS) -> StageOutput:
    """:func:`keyword_tables` and Figures 2.1-2.4, drawn on demand by :mod:`.plots`."""
    from . import plots

    tables = keyword_tables(interview, params)
    iid, kp, fp = interview.meta.interview_id, params.keywords, params.figures
    figures = {
        "02_keyness.png": lambda: plots.plot_keyness(tables["keyness"], iid, fp.keyness_top, kp.min_freq),
        "02_rights_collocates.png": lambda: plots.plot_rights_collocates(
            tables["rights_collocates"], iid, span=kp.collocate_span
        ),
        "02_rights_types.png": lambda: plots.plot_rights_types(tables["rights_types"], iid),
        "02_dispersion.png": lambda: plots.plot_dispersion(interview.tokens, tables["dispersion"], iid),
    }
    return StageOutput(tables, figures)
