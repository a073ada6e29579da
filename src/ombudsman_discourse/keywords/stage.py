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
from ..text.sentences import by_sentence
from .collocations import collocations
from .dispersion import dispersion_table
from .keyness import keyness, keywords
from .named_terms import named_terms
from .node_word import kwic, rights_collocates, rights_mentions, rights_types
from .reference import reference_frequencies
from .wordlist import stopwords, text_size, word_list

_LETTER = re.compile("[a-z]")


def compared_form(form: str) -> bool:
    """Whether a lowercased word form is compared with a reference: it has a letter and is no clitic (``'s``)."""
    return _LETTER.search(form) is not None and not form.startswith("'")


def keyness_table(words: pd.DataFrame, params: KeywordParams) -> pd.DataFrame:
    """Keyness of every answer word form (with a letter; clitics such as 's left out) against wordfreq.

    Adds ``reference_lookup``, ``is_keyword`` and ``capitalised`` (the form is capitalised at
    every occurrence in mid-sentence: a likely proper name). Keywords come first, words absent
    from the reference after those present, each by G2.
    """
    counts, capitalised = _answer_forms(words)
    forms = sorted(counts)
    ref = reference_frequencies(forms).set_index("word")
    observed = pd.Series([counts[f] for f in forms], index=forms, dtype="int64")
    table = keyness(observed, int((words["role"] == "answer").sum()), ref["proportion"], params.reference_size)
    table["reference_lookup"] = table["word"].map(ref["reference_lookup"])
    chosen = set(keywords(table, params.min_g2, params.min_log_ratio, params.min_freq)["word"])
    table["is_keyword"] = table["word"].isin(chosen)
    table["stopword"] = table["word"].isin(stopwords())
    table["capitalised"] = np.array([capitalised.get(w, False) for w in table["word"].tolist()], dtype=bool)
    order = table.assign(_k=~table["is_keyword"], _r=~table["in_reference"])
    order = order.sort_values(["_k", "_r", "g2", "word"], ascending=[True, True, False, True], kind="stable")
    return order.drop(columns=["_k", "_r"]).reset_index(drop=True)


def _answer_forms(words: pd.DataFrame) -> tuple[Counter, dict[str, bool]]:
    """The answer word forms keyness compares, counted, and for each form met in mid-sentence
    whether it is capitalised there every time.

    One loop over plain lists: pandas' filters, value_counts and a groupby-apply cost more than the
    counting on an interview's few thousand words.
    """
    opens = (~words["sentence_id"].duplicated()).tolist()  # a sentence's first word token
    counts, capitalised = Counter(), {}
    for form, token, role, first in zip(*(words[c].tolist() for c in ("lower", "token", "role")), opens):
        if role != "answer" or not compared_form(form):
            continue
        counts[form] += 1
        if not first:
            capitalised[form] = capitalised.get(form, True) and token[:1].isupper()
    return counts, capitalised


def keyword_tables(interview, params: Params = DEFAULT_PARAMS) -> dict[str, pd.DataFrame]:
    """All tables of the keyword stage for ``interview`` (an :class:`~..text.interview.Interview`), by file stem."""
    kp = params.keywords
    stop = stopwords()
    toks = interview.tokens
    words = toks[toks["is_word"]]
    answers = [s for s in by_sentence(toks, interview.sentences) if s.role == "answer"]
    key = keyness_table(words, kp)
    top = key.loc[key["is_keyword"] & key["in_reference"] & ~key["stopword"], "word"].head(kp.top_keywords)
    return {
        "wordlist": word_list(toks),
        "text_size": text_size(words, kp.mattr_window),
        "keyness": key,
        "collocations": collocations([s.lower for s in answers], stop, kp.collocation_min_freq),
        "kwic_rights": kwic(answers, stop),
        "rights_collocates": rights_collocates(answers, stop, kp.collocate_span, kp.collocate_min_freq),
        "rights_types": rights_types(rights_mentions(answers, stop)),
        "named_terms": named_terms(answers, interview.glossary),
        "dispersion": dispersion_table(words[words["role"] == "answer"], top.tolist(), kp.dispersion_part),
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
