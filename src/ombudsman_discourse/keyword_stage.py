"""The keyword stage: every table of notebook 02 from an interview's sentences.

Unless a table says otherwise the analysed text is the interviewee's answers; questions,
captions and boilerplate are kept out.
"""

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .collocations import collocations
from .dispersion import dispersion_table
from .keyness import keyness, keywords
from .named_terms import named_terms
from .reference import DEFAULT_REFERENCE_SIZE, reference_frequencies
from .rights import kwic, rights_collocates, rights_mentions, rights_types
from .sentences import by_sentence
from .wordlist import stopwords, text_size, word_list

_LETTER = re.compile("[a-z]")  # a word form needs one to be compared


@dataclass(frozen=True)
class KeywordParams:
    """Thresholds of the keyword stage (defaults after Gabrielatos 2018 and UCREL's guidance)."""

    min_g2: float = 15.13  # p < .0001
    min_log_ratio: float = 1.0  # twice as frequent as in general English
    min_freq: int = 3
    reference_size: float = DEFAULT_REFERENCE_SIZE
    collocation_min_freq: int = 2
    collocate_span: int = 5
    collocate_min_freq: int = 2
    mattr_window: int = 100
    top_keywords: int = 12  # for dispersion
    dispersion_part: str = "paragraph_id"


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
        if role != "answer" or not _LETTER.search(form) or form.startswith("'"):
            continue
        counts[form] += 1
        if not first:
            capitalised[form] = capitalised.get(form, True) and token[:1].isupper()
    return counts, capitalised


def keyword_tables(interview, params: KeywordParams = KeywordParams()) -> dict[str, pd.DataFrame]:
    """All tables of the keyword stage for ``interview`` (an :class:`~.pipeline.Interview`), by file stem."""
    stop = stopwords()
    toks = interview.tokens
    words = toks[toks["is_word"]]
    answers = [s for s in by_sentence(toks, interview.sentences) if s.role == "answer"]
    key = keyness_table(words, params)
    top = key.loc[key["is_keyword"] & key["in_reference"] & ~key["stopword"], "word"].head(params.top_keywords)
    return {
        "wordlist": word_list(toks),
        "text_size": text_size(words, params.mattr_window),
        "keyness": key,
        "collocations": collocations([s.lower for s in answers], stop, params.collocation_min_freq),
        "kwic_rights": kwic(answers, stop),
        "rights_collocates": rights_collocates(answers, stop, params.collocate_span, params.collocate_min_freq),
        "rights_types": rights_types(rights_mentions(answers, stop)),
        "named_terms": named_terms(answers, interview.glossary),
        "dispersion": dispersion_table(words[words["role"] == "answer"], top.tolist(), params.dispersion_part),
    }
