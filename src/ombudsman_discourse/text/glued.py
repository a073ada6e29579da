"""Repair words glued together in publishing (``PresidentNursultan`` -> ``President Nursultan``).

A word is split where a lowercase letter runs into a capital only when both parts are known
English words and the glued form is not (wordfreq's lexicon, Zipf scale; Speer 2022), so
names such as McDonald, iPhone, JavaScript or YouTube, which wordfreq knows whole, stay intact.
"""

import re

from wordfreq import zipf_frequency

from .tracked import Edit

_CAMEL = re.compile(r"\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b")
_TRANSITION = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _known(word: str, min_zipf: float) -> bool:
    return zipf_frequency(word.lower(), "en") >= min_zipf


def glued_word_edits(text: str, min_zipf: float = 1.0, min_part: int = 2) -> list[Edit]:
    """Edits that put a space at each repairable lowercase-to-capital join in ``text``.

    ``min_zipf``: Zipf frequency at or above which wordfreq counts a word as known.
    ``min_part``: shortest part, in letters, that may be split off.
    """
    edits = []
    for m in _CAMEL.finditer(text):
        word = m.group()
        cuts = [t.start() for t in _TRANSITION.finditer(word)]
        if len(cuts) != 1 or _known(word, min_zipf):
            continue
        left, right = word[: cuts[0]], word[cuts[0] :]
        if min(len(left), len(right)) < min_part or not (_known(left, min_zipf) and _known(right, min_zipf)):
            continue
        edits.append(
            Edit(
                m.start(),
                m.end(),
                f"{left} {right}",
                "glued words separated: both parts known to wordfreq, the joined form not",
            )
        )
    return edits
