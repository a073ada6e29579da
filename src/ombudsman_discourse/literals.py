"""The literal texts a regex's every match must contain, so that a substring test can skip the regex.

Coding runs a few dozen cue regexes per sentence and the word tokenizer thirty substitutions; most find nothing,
and Python's engine scans the whole sentence to learn that. Every match of ``\\b(?:we|I|the office) will\\b``
contains " will", so a sentence without " will" is skipped at the cost of a substring test. This is the
*required factor* prefilter of regex engines (RE2, Hyperscan), computed here from the parse tree that
:mod:`re` builds for the pattern.
"""

import re
from re import _constants as sre  # the parser's node codes: private, so anything unexpected means "unknown"
from re import _parser

_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}  # \b, ^, look-arounds: a literal run goes on across them
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_MAX_RANGE = 16  # a character range listed as its characters when shorter than this
# characters outside ASCII that a case-insensitive ASCII letter matches but whose lower() is another letter
_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _score(found: frozenset[str]) -> tuple[int, int]:
    return min(len(s) for s in found), -len(found)  # longer literals first, then fewer of them


def _characters(items) -> frozenset[str] | None:
    """The characters a class such as ``[;:,]`` or ``[a-d]`` matches, when it lists a few; else None."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # a negated class, a category such as \d, a wide range
            return None
    return frozenset(chars) or None


def _required(items) -> frozenset[str] | None:
    """A set of texts one of which every match of the parsed sequence ``items`` contains, or None."""
    best, run = None, []

    def consider(found):
        nonlocal best
        if found and (best is None or _score(found) > _score(best)):
            best = found

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue
        if run:
            consider(frozenset(["".join(run)]))
            run = []
        if op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
            consider(_required(av[3]))
        elif op is sre.BRANCH:
            branches = [_required(b) for b in av[1]]
            consider(None if None in branches else frozenset().union(*branches))
        elif op in _REPEATS and av[0] >= 1:
            consider(_required(av[2]))
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            consider(_required(av))
        elif op is sre.IN:
            consider(_characters(av))
    if run:
        consider(frozenset(["".join(run)]))
    return best


def required_literals(regex: re.Pattern) -> tuple[str, ...]:
    """Texts one of which every match of ``regex`` contains (lowercased when it ignores case: test them
    against :func:`folded`), longest first; () when none is known (the regex must always run).

    ``\\b(?:was|were) adopted\\b``: (" adopted",); ``\\bprisons?\\b``: ("prison",); ``\\b(?:19|20)\\d\\d\\b``:
    ("19", "20"); ``\\w+ism\\b``: ("ism",); ``[;:]``: (":", ";"); ``\\d+``: ().
    """
    try:
        found = _required(_parser.parse(regex.pattern, regex.flags))
    except Exception:  # a parser of another Python version: no prefilter, the regex decides
        return ()
    if not found:
        return ()
    if regex.flags & re.IGNORECASE:
        if not all(s.isascii() for s in found):  # folding outside ASCII is the engine's to decide
            return ()
        found = frozenset(s.lower() for s in found)
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


def folded(text: str) -> str:
    """``text`` lowercased so that a case-insensitive ASCII literal is in it wherever the regex engine would
    match it ("ſ" and the Turkish i's count as "s" and "i", as :mod:`re` matches them)."""
    return text.lower() if text.isascii() else text.translate(_FOLDS).lower()


class Sieved:
    """A compiled regex that answers ``search``, ``finditer`` and ``sub`` without a scan, as the scan would, on a
    text lacking every literal its matches must contain (:func:`required_literals`)."""

    __slots__ = ("fold", "literals", "regex")

    def __init__(self, regex: re.Pattern):
        self.regex, self.literals = regex, required_literals(regex)
        self.fold = bool(regex.flags & re.IGNORECASE)

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def __eq__(self, other) -> bool:  # the same regex sieves alike: codebooks built twice compare equal
        return isinstance(other, Sieved) and self.regex == other.regex

    def __hash__(self) -> int:
        return hash(self.regex)

    def __repr__(self) -> str:
        return f"Sieved({self.regex!r})"

    def admits(self, text: str) -> bool:
        """Whether ``text`` holds one of the literals (or none is known): only then can the regex match."""
        if not self.literals:
            return True
        hay = folded(text) if self.fold else text
        return any(x in hay for x in self.literals)

    def search(self, text: str) -> re.Match | None:
        return self.regex.search(text) if self.admits(text) else None

    def finditer(self, text: str):
        return self.regex.finditer(text) if self.admits(text) else iter(())

    def sub(self, replacement, text: str) -> str:
        return self.regex.sub(replacement, text) if self.admits(text) else text
