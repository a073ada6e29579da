"""The words of one sentence for the agency rules (:mod:`.agency`), and the tests of a single word they share.

- :func:`tokens` -> :class:`Tokens`: each word as written, lowercased, where it starts, whether it is a word
  (not punctuation) and capitalised; built once per sentence and read by the passive, nominalisation,
  aggregation and subject rules;
- the word tests: :func:`adverb`, :func:`adjective`, :func:`participle`, :func:`gerund`, :func:`plural_gerund`,
  :func:`plural`, and the two that look at a word in its sentence, :func:`plain_verb` and :func:`next_comma`.

A token is a word with inner hyphens and apostrophes, a number with inner separators ("200,000", "2015-2016"),
or one punctuation mark; a clitic ("'s", "'re") is then split off its word.
"""

import re
from operator import itemgetter
from typing import NamedTuple

from .lexicon import ADJECTIVE_ENDINGS, ADJECTIVES, IRREGULAR_PLURALS, LY_NOT_ADVERBS, PREFIXES, Lexicon

_TOKEN = re.compile(r"\w+(?:[-'’]\w+|(?<=\d)[.,:/]\d+)*|[^\w\s]")
_CLITIC = re.compile(r"(?<=\w)(['’](?:s|re|ve|m|ll|d))$", re.IGNORECASE)
_PAD = 16  # the padded lists run on: t.pad[i] is "" just outside the sentence, also for i = -1
_EMPTY, _FALSE = [""] * _PAD, [False] * _PAD
_FIRST = itemgetter(0)


class Tokens(NamedTuple):
    """The tokens of one sentence, by position; ``pad``, ``word`` and ``capital`` run on past the end so that
    a rule may look a few words ahead (or at -1) without checking the length."""

    text: str
    words: list[str]  # as written
    low: list[str]  # lowercase, ’ as '
    pad: list[str]  # ``low`` padded with ""
    word: list[bool]  # a word or number, not punctuation (padded with False)
    capital: list[bool]  # (padded with False)
    n: int  # the number of tokens
    starts: list[int]  # offsets in ``text`` of the first words, found as far as :meth:`span` has needed them

    def span(self, first: int, last: int) -> tuple[str, int, int]:
        """The text of tokens ``first``..``last`` and its offsets in the sentence."""
        starts, top = self.starts, max(first, last)
        if top >= len(starts):  # each word is found after the one before: only spaces lie between them
            words, find = self.words, self.text.find
            end = starts[-1] + len(words[len(starts) - 1]) if starts else 0
            for word in words[len(starts) : top + 1]:
                end = find(word, end)
                starts.append(end)
                end += len(word)
        start, end = starts[first], starts[last] + len(self.words[last])
        return self.text[start:end], start, end


def _pieces(chunk: str) -> str:
    """The tokens, space-separated, of a stretch between spaces that is not a single word ("rights,",
    "Kazakhstan's")."""
    if chunk[-1] != "_" and chunk[:-1].isalnum():  # a word and a punctuation mark: "rights,"
        return chunk[:-1] + " " + chunk[-1]
    found = _TOKEN.findall(chunk)
    if "'" in chunk or "’" in chunk:
        found = [piece for word in found for piece in _CLITIC.split(word) if piece]
    return " ".join(found)


def tokens(text: str) -> Tokens:
    """The tokens of ``text``. Every character but a space belongs to a token, so the text is split at spaces
    and only the stretches that are not a single word are matched against the token pattern."""
    chunks = text.split()
    split = [i for i, chunk in enumerate(chunks) if not chunk.isalnum()]
    for i in split:
        chunks[i] = _pieces(chunks[i])
    spaced = " ".join(chunks) if split else text  # the tokens, between spaces
    words = spaced.split() if split else chunks
    if "\x00" in text:  # a NUL token also splits the lowercase list, as it always has: kept for the same output
        low = "\x00".join(words).lower().replace("’", "'").split("\x00") if words else []
    else:
        low = spaced.lower().replace("’", "'").split()
    firsts = list(map(_FIRST, words))
    word = list(map(str.isalnum, firsts))
    if "'" in text or "’" in text:  # a clitic counts as a word
        word = [w or c in "'’" for w, c in zip(word, firsts)]
    word += _FALSE
    capital = list(map(str.isupper, firsts))
    capital += _FALSE
    return Tokens(text, words, low, low + _EMPTY, word, capital, len(low), [])


# ---------------------------------------------------------------- word tests


def adverb(word: str, lex: Lexicon) -> bool:
    return word in lex.adverbs or (word.endswith("ly") and len(word) > 3 and word not in LY_NOT_ADVERBS)


def adjective(word: str) -> bool:
    if word in ADJECTIVES:
        return True
    return word.isalpha() and len(word) > 4 and word.endswith(ADJECTIVE_ENDINGS) and not word.endswith("ment")


def participle(word: str, lex: Lexicon) -> str | None:
    """``"verb"`` for a past participle, ``"adjectival"`` for an -ed adjective (a passive only with an agent),
    else None."""
    if word in lex.irregular:
        return "verb"
    if len(word) < 5 or not word.endswith("ed"):
        return None
    if word in lex.adjectival or (word.startswith("un") and not word.startswith(("under", "uni"))):
        return "adjectival"
    if "-" in word:
        return "verb" if word.split("-")[0] in PREFIXES else "adjectival"
    return "verb" if word.isalpha() else None


def gerund(word: str, lex: Lexicon) -> bool:
    return len(word) > 5 and word.endswith("ing") and word.isalpha() and word not in lex.not_processes


def plural_gerund(word: str, lex: Lexicon) -> bool:
    """ "beatings", "killings", "hearings": the plural makes the -ing form a noun, in any context."""
    return len(word) > 6 and word.endswith("ings") and word.isalpha() and word[:-1] not in lex.not_processes


def plural(word: str) -> bool:
    return (word.endswith("s") and not word.endswith(("ss", "'s", "us", "is"))) or word in IRREGULAR_PLURALS


def plain_verb(t: Tokens, j: int, lex: Lexicon) -> bool:
    """A listed verb form that is not also a noun, in lower case."""
    return not t.capital[j] and lex.verbs.get(t.pad[j], "noun")[-4:] != "noun"


def next_comma(t: Tokens, i: int, limit: int = 30) -> int | None:
    """The first comma from ``i`` within ``limit`` tokens."""
    for k in range(i, min(i + limit, t.n)):
        if t.pad[k] == ",":
            return k
    return None
