"""Aggregation in one sentence: people treated as statistics and masses (van Leeuwen 2008, *Discourse and
Practice*, ch. 2), for :func:`.agency.agency_features`.

- :func:`aggregations` -> ``(start, end, head)`` of each match of the shipped patterns (``aggregation.txt``,
  with the nouns for people of ``people_nouns.txt``): flows and waves of people and migration, thousands of, a
  number from ten and a noun for people, N per cent of the population, the number of, categories of people, the
  population. Of overlapping matches the leftmost is kept, and of two starting together the longer.
"""

import re
from functools import cache
from operator import itemgetter

from .lexicon import lines
from .tokens import Tokens

_FIRST = itemgetter(0)
_NUMERALS = (  # ten to ninety-nine in words: smaller counts name individuals rather than a mass
    "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight"
    "|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_MOD = r"(?:(?!(?:and|or|of|the|a|an|in|on|at|to|for|with|by|from|as|than)\b)[\w-]+\s+){0,2}?"


def _head_group(pattern: str) -> str:
    """The text of the pattern's ``(?P<head>...)`` group."""
    start = pattern.index("(?P<head>") + len("(?P<head>")
    depth, i = 1, start
    while depth:
        depth += {"(": 1, ")": -1}.get(pattern[i], 0) if pattern[i - 1] != "\\" else 0
        i += 1
    return pattern[start : i - 1]


def _head_words(head: str) -> frozenset[str]:
    """The literal words of a head group ("flows?" gives flow and flows): a sentence without one of them, and
    without a digit where the head has one, cannot match, and its pattern is not run."""
    words = set()
    for word, plural in re.findall(r"([a-z]{3,}?)(s\?)?(?![a-z])", head):
        words.update({word, word + "s"} if plural else {word})
    return frozenset(words)


def _case_free(source: str) -> bool:
    r"""Whether a pattern, matched case-insensitively on an ASCII text, matches where it matches the lowercased
    text case-sensitively (the faster): ASCII, no capital letter of its own (escapes such as ``\S`` and group
    names aside), no escape that could stand for one, no inline flags."""
    if not source.isascii() or re.search(r"\\[xuUN0-9]|\(\?(?![:!=<P])", source):
        return False
    return not any(c.isupper() for c in re.sub(r"\\.|\(\?P[<=]\w+>?", "", source))


@cache
def _patterns() -> tuple[frozenset[str], tuple[tuple[frozenset[str], bool, re.Pattern, re.Pattern | None], ...]]:
    """The shipped patterns, compiled once: all their head words, and ``(head words, head has a digit,
    pattern, pattern for the lowercased text or None)`` of each."""
    people = sorted(lines("people_nouns.txt"), key=len, reverse=True)
    alternation = "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in people) + ")"
    fill = {"{people}": alternation, "{mod}": _MOD, "{numeral}": _NUMERALS}
    patterns = []
    for line in lines("aggregation.txt"):
        for key, value in fill.items():
            line = line.replace(key, value)
        head = _head_group(line)
        lowered = re.compile(line) if _case_free(line) else None
        patterns.append((_head_words(head), "\\d" in head, re.compile(line, re.IGNORECASE), lowered))
    return frozenset().union(*(p[0] for p in patterns)), tuple(patterns)


def _matches(t: Tokens, words: set[str], digit: bool) -> list[tuple[int, int, str]]:
    """``(start, end, head)`` of every match of the patterns whose head words (or digit) the sentence has."""
    text, lowered = t.text, t.text.lower() if t.text.isascii() else None
    hits = []
    for heads, needs_digit, pattern, lowered_pattern in _patterns()[1]:
        if (needs_digit and digit) or not words.isdisjoint(heads):
            if lowered is not None and lowered_pattern is not None:
                hits += [(m.start(), m.end(), m.group("head")) for m in lowered_pattern.finditer(lowered)]
            else:
                hits += [(m.start(), m.end(), m.group("head").lower()) for m in pattern.finditer(text)]
    return hits


def aggregations(t: Tokens) -> list[tuple[int, int, str]]:
    """``(start, end, head)`` of each aggregation (van Leeuwen 2008, ch. 2), the leftmost of overlaps kept."""
    words = set(t.low)
    if "-" in t.text:  # the first part of a hyphenated word counts as a word too
        words.update([w.split("-")[0] for w in words if "-" in w])
    digit = any(map(str.isdigit, map(_FIRST, t.low)))
    if not digit and words.isdisjoint(_patterns()[0]):
        return []
    kept, end = [], -1
    for start, stop, head in sorted(_matches(t, words, digit), key=_leftmost_longest):
        if start >= end:
            kept.append((start, stop, " ".join(head.split())))
            end = stop
    return kept


def _leftmost_longest(hit: tuple[int, int, str]) -> tuple[int, int]:
    return hit[0], -hit[1]
