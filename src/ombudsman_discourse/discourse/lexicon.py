"""The words the agency rules know (:mod:`.agency`): closed classes of English, written here, and the package's
own lists in ``data/discourse/``, read once.

- the closed classes (``BE``, ``AUX``, ``DETERMINERS``, ...) and the unions the rules test against, as frozensets;
- :func:`lexicon` -> :class:`Lexicon`: irregular participles, -ed adjectives, adverbs without -ly, process
  nouns and their stop list, reduced-passive pairs and the forms of common verbs.
"""

import re
from dataclasses import dataclass
from functools import cache

from ..paths import data_text

# closed word classes of English
BE = frozenset("am is are was were be been being isn't aren't wasn't weren't 're 'm".split())
GET = frozenset("get gets got gotten getting".split())
HAVE = frozenset("have has had having 've haven't hasn't hadn't".split())
MODAL = frozenset(
    "will would shall should can could may might must cannot 'll 'd won't wouldn't shouldn't can't couldn't "
    "mustn't".split()
)
DO = frozenset("do does did don't doesn't didn't".split())
AUX = BE | HAVE | MODAL | DO
FINITE_AUX = AUX - {"be", "been", "being", "having"}
DETERMINERS = frozenset(
    "the a an this that these those its their our his her my your such any no each every some another whose "
    "many several few much both either neither all".split()
)
POSSESSIVES = frozenset("its their our his her my your".split())
SUBJECT_PRONOUNS = frozenset("i we you he she they it".split())
OBJECT_PRONOUNS = frozenset("me us you him her it them".split())
REFLEXIVES = frozenset("myself ourselves yourself yourselves himself herself itself themselves".split())
PREPOSITIONS = frozenset(
    "of in on at to for with by from into onto about against among amongst between through during under over "
    "within without upon across after before since until towards toward via per beyond despite around along "
    "behind beside besides near throughout amid like than as".split()
)
RELATIVES = frozenset("which who whom whose that".split())
WH = frozenset("what how why where when which who whom whose".split())
CONJUNCTIONS = frozenset("and or but nor".split())
SUBORDINATORS = frozenset(
    "as when while if although though because since after before once unless whereas whether until".split()
)
TIME_WORDS = frozenset(
    "year month week day time spring summer autumn fall winter decade century quarter season term".split()
)
TIME_ADVERBS = frozenset("today nowadays now currently recently yesterday then meanwhile lately".split())
LY_NOT_ADVERBS = frozenset(
    "family assembly anomaly supply reply apply comply rely ally rally italy july fly monopoly belly bully".split()
)
ADJECTIVES = frozenset(
    "new full high low great good bad joint early late wide broad strong weak own main key real true free fair "
    "equal open clear poor large small major minor prompt swift rapid recent proper direct mass further".split()
)
ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ful", "ic", "ed", "able", "ible", "ary", "less", "ant", "ent")
NOMINAL_ENDINGS = ("tion", "sion", "ment", "ance", "ence")
REDUCED_PREPOSITIONS = frozenset(
    "in at on with for to into under from as within through during against upon between among without "
    "throughout across over after before since until about".split()
)
NOT_AGENTS = frozenset(  # by + these is a date, a manner or a means, not an agent
    "then now far way means chance mistake default virtue contrast comparison name hand force phone telephone "
    "mail email post car bus train air sea road foot accident heart".split()
)
CLAUSE_BREAKS = frozenset("while but so because if when where whereas although though".split())
PREFIXES = frozenset("re co pre de over under self mis".split())
DEMONSTRATIVES = frozenset("this that these those".split())
PARTICLES = frozenset("out up off down back over away".split())
PLURAL_PRONOUNS = frozenset("these those both many several few all most some".split())  # "both came"
IRREGULAR_PLURALS = frozenset("people children men women police staff youth".split())

# unions used in the rules, built once
BE_GET = BE | GET
AUX_CHAIN = AUX | {"not"}
GROUP = frozenset("be been being have having do get got gotten getting not".split())  # after the finite verb
NOT_AGENT_AFTER_THE = TIME_WORDS | {"end", "way", "middle", "beginning"}
AGENT_TRAIL = DETERMINERS | {"and", "or", "of"}
AGENT_BREAK = PREPOSITIONS | RELATIVES | AUX | CLAUSE_BREAKS | {"'s"}
BY_BREAK = AUX | RELATIVES | CLAUSE_BREAKS | {"to", "and", "or"}
OBJECT_OPENERS = DETERMINERS | OBJECT_PRONOUNS
NO_REDUCED_AFTER = DETERMINERS | PREPOSITIONS | AUX | GET | SUBJECT_PRONOUNS | RELATIVES | CONJUNCTIONS
NP_BREAK = PREPOSITIONS | AUX | CONJUNCTIONS | SUBJECT_PRONOUNS | RELATIVES
POSSESSIVE_BREAK = PREPOSITIONS | AUX | CONJUNCTIONS
OF_PHRASE_BREAK = AUX | RELATIVES | CLAUSE_BREAKS | {"to"}
LIST_BREAK = PREPOSITIONS | {"and", "or"}
ITEM_BREAKS = frozenset({",", ";", "and", "or"})
AFTER_VERB = (
    DETERMINERS
    | POSSESSIVES
    | PREPOSITIONS
    | OBJECT_PRONOUNS
    | {"that", "to"}
    | frozenset(
        "everyone everybody someone somebody anyone anybody nobody nothing everything something anything".split()
    )
)
CLITIC_HOSTS = SUBJECT_PRONOUNS | {"there", "that", "what", "who", "here", "where", "how"}
NOT_AFTER_PRONOUN = DETERMINERS | PREPOSITIONS | CONJUNCTIONS
NO_VERB_AFTER = DETERMINERS | POSSESSIVES | PREPOSITIONS | AUX | GET | {"'s", "to", "most", "more", "less", "fewer"}
S_VERB_OBJECT = (DETERMINERS - {"that"}) | POSSESSIVES | OBJECT_PRONOUNS  # "interviews that" is a relative
NOUN_VERB_OBJECT = DETERMINERS | POSSESSIVES | OBJECT_PRONOUNS | {"that"}
OPENERS = PREPOSITIONS | SUBORDINATORS | TIME_ADVERBS | {"thanks", "according", "due", "owing", "apart"}
# adverbs that may open a sentence before its subject without a comma ("Perhaps the new code will")
SENTENCE_ADVERBS = TIME_ADVERBS | frozenset(
    "perhaps also then still even thus therefore hence however moreover furthermore again once yet so together "
    "first finally".split()
)
LEADING = CONJUNCTIONS | {"so", "yet"}
PHRASE_STOP = RELATIVES | AUX | CLAUSE_BREAKS
DUMMY_VERBS = BE | {"seems", "seemed", "appears", "appeared", "remains", "remained", "became"}
QUESTION_SUBJECT = SUBJECT_PRONOUNS | DETERMINERS | POSSESSIVES
QUANTIFIERS = DETERMINERS | {"most", "more"}
CONTACT_BREAK = CONJUNCTIONS | RELATIVES | SUBORDINATORS | AUX | PREPOSITIONS


@dataclass(frozen=True)
class Lexicon:
    irregular: frozenset[str]
    adjectival: frozenset[str]  # after "be", a passive only with an agent
    not_verbs: frozenset[str]  # the first part of that list: never a verb ("hundred", "indeed")
    adverbs: frozenset[str]
    process_nouns: frozenset[str]
    not_processes: frozenset[str]
    reduced_pairs: frozenset[tuple[str, str]]
    verbs: dict[str, str]  # finite form -> "base", "s" or "past"; "base noun", "s noun" for "report" and the like


def lines(name: str, section: int | None = None) -> list[str]:
    """The entries of a shipped list in ``data/discourse/``; with ``section``, only those under its "# N."
    heading."""
    entries, current = [], None
    for line in (line.strip() for line in data_text("discourse", name).splitlines()):
        if heading := re.match(r"#\s*(\d+)\.", line):
            current = int(heading.group(1))
        elif line and not line.startswith("#") and section in (None, current):
            entries.append(line)
    return entries


def _third_person(base: str) -> str:
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    return base[:-1] + "ies" if base.endswith("y") and base[-2] not in "aeiou" else base + "s"


def _past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    return base[:-1] + "ied" if base.endswith("y") and base[-2] not in "aeiou" else base + "ed"


def _verb_forms(entries: list[str]) -> dict[str, str]:
    """Finite form -> "base", "s" or "past"; "base noun", "s noun" for verbs as often nouns ("report")."""
    forms: dict[str, str] = {}
    for line in entries:
        base, *rest = line.split()
        noun = " noun" if rest[-1:] == ["noun"] else ""
        past = [w for w in rest if w != "noun"]
        forms.update({past[0] if past else _past(base): "past", _third_person(base): "s" + noun})
        forms.setdefault(base, "base" + noun)
    return forms


@cache
def lexicon() -> Lexicon:
    """The shipped word lists of ``data/discourse/``, read once."""
    return Lexicon(
        irregular=frozenset(lines("irregular_participles.txt")),
        adjectival=frozenset(lines("not_participles.txt")),
        not_verbs=frozenset(lines("not_participles.txt", section=1)),
        adverbs=frozenset(lines("adverbs.txt")),
        process_nouns=frozenset(lines("nominalisations.txt")),
        not_processes=frozenset(lines("nominalisation_stoplist.txt")),
        reduced_pairs=frozenset(tuple(line.split()[:2]) for line in lines("reduced_passives.txt")),
        verbs=_verb_forms(lines("common_verbs.txt")),
    )
