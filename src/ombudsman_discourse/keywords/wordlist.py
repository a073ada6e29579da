"""Word lists and text-size figures for the tokens of an interview.

Lexical diversity is the moving-average type-token ratio, MATTR (Covington & McFall 2010):
the mean TTR of every window of ``window`` consecutive tokens, which unlike plain TTR does
not fall as a text grows.
"""

from collections import Counter

import numpy as np
import pandas as pd

from ..paths import data_words


def stopwords() -> frozenset[str]:
    """The package's stoplist (``data/stopwords.txt``), lowercase."""
    return data_words("stopwords.txt")


def mattr(words: list[str], window: int = 100) -> float:
    """MATTR of ``words`` with a window of ``window`` tokens; plain TTR when the text is shorter."""
    if not words:
        return float("nan")
    if len(words) <= window:
        return len(set(words)) / len(words)
    counts = Counter(words[:window])
    total = len(counts)
    for i in range(window, len(words)):
        out, new = words[i - window], words[i]
        counts[out] -= 1
        if counts[out] == 0:
            del counts[out]
        counts[new] += 1
        total += len(counts)
    return total / (len(words) - window + 1) / window


def word_list(tokens: pd.DataFrame) -> pd.DataFrame:
    """Counts of every lowercased word form in answers and in questions.

    ``tokens``: the table of :func:`~.sentences.tokens`.
    Returns ``word``, ``answers``, ``answers_per_1000``, ``questions``, ``questions_per_1000``,
    ``stopword``; sorted by answer count (descending), then question count, then word.
    """
    words = tokens[tokens["is_word"]]
    counts = {"answer": Counter(), "question": Counter()}  # Counters: pandas' value_counts and reindex cost more
    for form, role in zip(words["lower"].tolist(), words["role"].tolist()):
        if role in counts:
            counts[role][form] += 1
    forms = sorted(counts["answer"].keys() | counts["question"].keys())
    table = pd.DataFrame({"word": forms})
    for name, role in (("answers", "answer"), ("questions", "question")):
        table[name] = np.array([counts[role][w] for w in forms], dtype=int)
        table[f"{name}_per_1000"] = table[name] / max(counts[role].total(), 1) * 1000
    table["stopword"] = table["word"].isin(stopwords())
    return table.sort_values(["answers", "questions", "word"], ascending=[False, False, True]).reset_index(drop=True)


def text_size(words: pd.DataFrame, window: int = 100) -> pd.DataFrame:
    """Tokens, types, TTR and MATTR (window stated) for answers, questions and both.

    ``words``: word tokens with columns ``lower`` and ``role``.
    """
    rows = []
    lower, roles = words["lower"].tolist(), words["role"].tolist()
    for name, wanted in (("answers", "answer"), ("questions", "question")):
        forms = [form for form, role in zip(lower, roles) if role == wanted]
        rows.append(
            {
                "text": name,
                "tokens": len(forms),
                "types": len(set(forms)),
                "ttr": len(set(forms)) / len(forms) if forms else float("nan"),
                "mattr": mattr(forms, window),
                "mattr_window": window,
            }
        )
    return pd.DataFrame(rows)
