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
    """MATTR of ``words`` with a window of ``window`` tokens (Covington & McFall 2010: the mean type-token ratio
    of every window); plain TTR when the text is shorter.

    The types of all windows are summed without moving a window: a token adds a type to each window that holds
    it and not the previous occurrence of its word, i.e. to the windows starting after that occurrence.
    """
    n = len(words)
    if not n:
        return float("nan")
    if n <= window:
        return len(set(words)) / n
    last: dict[str, int] = {}
    previous = np.empty(n, dtype=np.int64)  # where each token's word last occurred before it, -1 if never
    for j, w in enumerate(words):
        previous[j] = last.get(w, -1)
        last[w] = j
    j = np.arange(n)
    first = np.maximum(np.maximum(j - window + 1, previous + 1), 0)  # window starts counting token j
    final = np.minimum(j, n - window)
    total = int(np.clip(final - first + 1, 0, None).sum())
    return total / (n - window + 1) / window


def word_list(tokens: pd.DataFrame) -> pd.DataFrame:
    """Counts of every lowercased word form in answers and in questions.

    ``tokens``: the table of :func:`~.sentences.tokens`.
    Returns ``word``, ``answers``, ``answers_per_1000``, ``questions``, ``questions_per_1000``,
    ``stopword``; sorted by answer count (descending), then question count, then word.
    """
    counts = {"answer": Counter(), "question": Counter()}  # Counters: pandas' value_counts and reindex cost more
    for form, role, word in zip(*(tokens[c].tolist() for c in ("lower", "role", "is_word"))):
        if word and role in counts:
            counts[role][form] += 1
    forms = sorted(counts["answer"].keys() | counts["question"].keys())
    forms.sort(key=lambda w: (-counts["answer"][w], -counts["question"][w]))  # stable: by word within a tie
    table: dict = {"word": forms}  # built as one table: column inserts and a sort cost more than the counting
    for name, role in (("answers", "answer"), ("questions", "question")):
        table[name] = np.array([counts[role][w] for w in forms], dtype=int)
        table[f"{name}_per_1000"] = table[name] / max(counts[role].total(), 1) * 1000
    stop = stopwords()
    table["stopword"] = np.array([w in stop for w in forms], dtype=bool)
    return pd.DataFrame(table)


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
