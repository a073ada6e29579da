import random
import re

import pytest

from ombudsman_discourse.claims.codebook import codebook_for
from ombudsman_discourse.literals import Sieved, folded, required_literals


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\btorture\b", ("torture",)),
        (r"\b(?:was|were) adopted\b", (" adopted",)),  # the longer literal after the alternation
        (r"\bprisons?\b", ("prison",)),  # the optional letter is no part of it
        (r"\b(?:19|20)\d\d\b", ("19", "20")),
        (r"\w+ism\b", ("ism",)),
        (r"(?i)\bUN\b", ("un",)),  # lowercased when the regex ignores case
        (r"\b(?:we|I|the office) will\b(?! not\b)", (" will",)),  # a look-ahead consumes nothing
        (r"\b(?:an )?inquiry\b", ("inquiry",)),
        (r"[;:]", (":", ";")),  # a short class: its characters
        (r"[a-c]x", ("x",)),  # as short as the class's characters, and one literal rather than three
        (r"(?:ab)+c", ("ab",)),  # a repeat at least once holds its body
        (r"(?:ab)*cd", ("cd",)),  # a repeat that may be absent holds nothing
        (r"\d+", ()),
        (r"[^a]", ()),  # a negated class matches too much to list
        (r"\w", ()),
        (r"a|\d", ()),  # one branch without a literal: none is required
        (r"(?i:abc)d", ("d",)),  # a group with flags of its own is not read
        (r"(?i)\bİstanbul\b", ()),  # folding outside ASCII is the engine's to decide
    ],
)
def test_required_literals_known_answers(pattern, literals):
    assert required_literals(re.compile(pattern)) == literals


def test_folded_lowercases_as_the_engine_matches_case():
    # re matches "i" with the dotted and dotless capital i and "s" with the long s, ignoring case
    for text, word in [("İs", "is"), ("ıs", "is"), ("ſign", "sign"), ("KELVIN", "kelvin")]:
        assert re.search(f"(?i){word}", text)
        assert word in folded(text)


PATTERNS = [
    r"\b(?:was|were) adopted\b",
    r"\bprisons?\b",
    r"(?i)\bwe (?:\w+ ){0,2}visited\b",
    r"(?i)(?<!not )\bab+c\b",
    r"[;:,]\s*x",
    r"(?:ab|cd)+e?f",
    r"(?i)x[a-c]{2}",
    r"'(?:s|ll|re)\b",
    r"(?i)\bi\b",
    r"\d+ (?:people|cases)",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_sieved_answers_as_the_regex_on_random_text(pattern):
    """On text made of the patterns' own pieces, a sieved regex finds exactly what the regex finds."""
    regex = re.compile(pattern)
    sieved = Sieved(regex)
    rng = random.Random(pattern)
    pieces = "was|were| adopted|prison|s|we| |visited|we visited|We ab visited|not |ab|b|c|cd|;|:|,|x|e|f|'|ll"
    pieces += "|re|I|İ|ı|ſ|12| people| cases|K|X| abc | ABBC "
    pieces = pieces.split("|")
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [m.span() for m in regex.finditer(text)]
        assert [m.span() for m in sieved.finditer(text)] == expected, text
        assert (sieved.search(text) is None) == (regex.search(text) is None)
        assert sieved.sub("#", text) == regex.sub("#", text)
        matched += bool(expected)
    assert matched  # the texts exercise matches, not only their absence


def test_no_cue_or_rule_is_skipped_where_it_matches(seed, fixtures):
    """Every cue and rule regex of the codebook admits every sentence of the seed and the fixtures it matches."""
    for interview in [seed, *fixtures.values()]:
        codebook = codebook_for(interview)
        rules = codebook.rules
        sieves = [rules.home, rules.abroad, rules.outcome, rules.denial, *(p for ps in rules.we.values() for p in ps)]
        coded = (cue for codes in codebook.codes.values() for code in codes.values() for cue in code.cues)
        cues = [*codebook.rights_cues, *coded]
        for text in interview.sentences["text"]:
            lowered = folded(text)
            for cue in cues:
                if cue.regex.search(text):
                    assert any(x in (lowered if cue.folded else text) for x in cue.literals) or not cue.literals
            for sieve in sieves:
                assert (sieve.search(text) is None) == (sieve.regex.search(text) is None)


def test_sieved_patterns_compare_as_their_regexes():
    assert Sieved(re.compile("ab")) == Sieved(re.compile("ab"))
    assert Sieved(re.compile("ab")) != Sieved(re.compile("ab", re.I))
    assert len({Sieved(re.compile("ab")), Sieved(re.compile("ab"))}) == 1
