"""The grammatical subject of one sentence's main clause, its voice and its kind (van Leeuwen 2008, *Discourse
and Practice*, ch. 2: activation and passivation), for :func:`.agency.grammatical_subjects`.

- :func:`subject` -> ``(subject, start, end, voice, kind)``: the words as written and their offsets in the
  sentence, ``active`` or ``passive``, and ``ordinary``, ``existential``, ``dummy_it``, ``inverted`` or
  ``none`` (``("", None, None, "", "none")`` when no subject is found).

The rules: the subject is the words before the first finite verb of the main clause (:mod:`.clauses`); after a
prepositional phrase without a comma, the noun phrase that ends it ("In most cases the attackers"); comma
inserts and trailing adverbs are trimmed. *There* + *be* gives the noun phrase after it (``existential``),
*it* + *be* ... *that/to* the dummy *it* (``dummy_it``), "Equally disturbing are X" gives X (``inverted``);
questions take the noun phrase after the auxiliary. A sentence whose verb comes after a colon is read from the
colon ("Name: quote"). The voice is passive when the verb group holds a full passive (:mod:`.passives`).
"""

from .clauses import clause_start, finite, group_end, insert_after, main_verb
from .lexicon import (
    AGENT_TRAIL,
    AUX,
    BE,
    BE_GET,
    DEMONSTRATIVES,
    DETERMINERS,
    DUMMY_VERBS,
    FINITE_AUX,
    GROUP,
    OBJECT_PRONOUNS,
    PHRASE_STOP,
    POSSESSIVES,
    PREPOSITIONS,
    QUANTIFIERS,
    QUESTION_SUBJECT,
    SUBJECT_PRONOUNS,
    WH,
    Lexicon,
)
from .passives import full_passive
from .tokens import Tokens, adjective, adverb, gerund, participle, plural

_ALONE_BEFORE = DETERMINERS | AUX
_DUMMY_AFTER = frozenset({"that", "to", "whether", "how", "why", "what", "if"})
_NO_TRAILING = PREPOSITIONS | OBJECT_PRONOUNS
_OPENS_NP = DETERMINERS | POSSESSIVES
NONE = ("", None, None, "", "none")


def _noun_phrase(t: Tokens, k: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase from ``k``: to punctuation, a preposition other than *of*, a verb or a relative."""
    pad, is_word = t.pad, t.word
    if not is_word[k] or pad[k] in PREPOSITIONS:
        return None
    alone = pad[k + 1] in _ALONE_BEFORE or not is_word[k + 1] or not is_word[k + 2]
    if pad[k] in SUBJECT_PRONOUNS or (pad[k] in DEMONSTRATIVES and alone):
        return (k, k)
    j, verbs = k, lex.verbs
    while is_word[j + 1] and j - k < 7:
        w = pad[j + 1]
        if (w in PREPOSITIONS and w != "of") or w in PHRASE_STOP or verbs.get(w, "s")[0] in "bp":
            break
        if participle(w, lex) == "verb" or w.endswith("ing") or (w in {"and", "or"} and not is_word[j + 2]):
            break
        j += 1
    while j > k and (pad[j] in AGENT_TRAIL or adverb(pad[j], lex)):
        j -= 1
    return (k, j)


def _trim(t: Tokens, first: int, last: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject span without comma inserts, trailing adverbs and punctuation."""
    for k in range(first + 1, last + 1):
        if t.pad[k] == "," and insert_after(t, k, lex):
            last = k - 1
            break
    while last >= first and (not t.word[last] or (last > first and adverb(t.pad[last], lex))):
        last -= 1
    return (first, last) if last >= first else None


def _inverted(t: Tokens, i0: int, v: int, lex: Lexicon) -> bool:
    """A fronted complement: "Equally disturbing are X" (adverb and adjective before *be*)."""
    if t.pad[v] not in BE or not 2 <= v - i0 <= 3:
        return False
    words = t.low[i0:v]
    if not adverb(words[0], lex):
        return False
    return all(adverb(w, lex) or adjective(w) or gerund(w, lex) for w in words[1:])


def _dummy_it(t: Tokens, v: int, lex: Lexicon) -> bool:
    """*It* + *be* (or *seem*, *appear*) followed within six words by *that*, *to* or a wh-word."""
    g = group_end(t, v, lex)
    if DUMMY_VERBS.isdisjoint(t.low[v : g + 1]):
        return False
    for k in range(g + 1, min(g + 7, t.n)):
        if t.pad[k] in _DUMMY_AFTER:
            return True
        if not t.word[k]:
            return False
    return False


def _voice(t: Tokens, v: int, g: int, lex: Lexicon) -> str:
    """``passive`` when a full passive opens on a *be* or *get* of the verb group ``v``..``g``."""
    for i in range(v, min(g + 1, t.n)):
        if t.low[i] in BE_GET and full_passive(t, i, lex):
            return "passive"
    return "active"


def _question(t: Tokens, i0: int, lex: Lexicon):
    """``(span, kind, (verb, group end))`` of a question: the noun phrase after the auxiliary ("how would you
    describe", "have any officers been prosecuted"), or the wh-word itself ("what contributed")."""
    v = i0 if t.pad[i0] in FINITE_AUX else next((j for j in range(i0 + 1, t.n) if finite(t, j, i0, lex)), None)
    if v is None:
        return None
    nxt, there = v + 1, t.pad[v + 1] == "there"
    w = t.pad[nxt]
    phrase = t.word[nxt] and not (participle(w, lex) or w.endswith("ing") or adverb(w, lex) or adjective(w))
    inverted = t.pad[v] in FINITE_AUX and (v == i0 or phrase or w in QUESTION_SUBJECT)
    if not (inverted or t.capital[nxt]):
        return ((i0, v - 1), "ordinary", (v, group_end(t, v, lex)))
    np = _noun_phrase(t, nxt + there, lex)
    if np is None:
        return None
    after = np[1] + 1
    g = group_end(t, after, lex) if t.pad[after] in GROUP else v
    return (np, "existential" if there else "ordinary", (v, g))


def _trailing_np(t: Tokens, first: int, last: int) -> tuple[int, int]:
    """The noun phrase that ends a span opened by a preposition without a comma ("In most cases the
    attackers", "In March the regulator", "In Kazakhstan human rights")."""
    pad, capital = t.pad, t.capital
    if pad[last] in SUBJECT_PRONOUNS:
        return (last, last)
    k = last
    while k > first + 1:
        w = pad[k - 1]
        if w in _OPENS_NP:
            return (k - 1, last)
        if w == "of" and capital[k] and t.word[k - 2]:  # "the city of Brenova", "the Alliance of ..."
            k -= 2
            continue
        if not t.word[k - 1] or w in _NO_TRAILING or w[0].isdigit():
            break
        if plural(w) and plural(pad[k]) and pad[k - 2] in QUANTIFIERS:  # "In most cases employers"
            break
        if capital[k - 1] and not capital[k]:
            c = k - 1
            while capital[c - 1]:
                c -= 1
            # "the Dastovan police" is one phrase; "In Kazakhstan human rights" is two
            return (c - 1, last) if pad[c - 1] in _OPENS_NP else (k, last)
        k -= 1
    return (k, last)


def _statement(t: Tokens, i0: int, v: int, lex: Lexicon):
    """``(span, kind, (verb, group end))`` of a statement whose main verb is at ``v``."""
    g = group_end(t, v, lex)
    if t.pad[i0] == "there" and v == i0 + 1:
        return (_noun_phrase(t, g + 1, lex), "existential", (v, g))
    if t.pad[i0] == "it" and v == i0 + 1 and _dummy_it(t, v, lex):
        return ((i0, i0), "dummy_it", (v, g))
    if _inverted(t, i0, v, lex):
        return (_noun_phrase(t, g + 1, lex), "inverted", (v, g))
    span = _trim(t, i0, v - 1, lex)
    quantity = t.pad[i0] == "at" and t.pad[i0 + 1] in {"least", "most"}  # "At least nine journalists"
    if span and t.pad[span[0]] in PREPOSITIONS and span[1] > span[0] + 1 and not quantity:
        span = _trailing_np(t, *span)
    return (span, "ordinary", (v, g))


def subject(t: Tokens, lex: Lexicon) -> tuple[str, int | None, int | None, str, str]:
    """``(subject, start, end, voice, kind)`` of the sentence's main clause (rules in the module docstring)."""
    i0 = clause_start(t, lex)
    found = None
    if t.text.rstrip().endswith("?") and (t.pad[i0] in WH or t.pad[i0] in FINITE_AUX):
        found = _question(t, i0, lex)
    if found is None:
        v = main_verb(t, i0, lex)
        colon = t.low.index(":", i0) if ":" in t.low[i0:] else None
        if colon is not None and (v is None or v > colon):  # a label or headline before a colon: "Name: quote"
            i0 = clause_start(t, lex, colon + 1)
            v = main_verb(t, i0, lex)
        found = _statement(t, i0, v, lex) if v is not None and v > i0 else None
    if found is None or found[0] is None:
        return NONE
    span, kind, (v, g) = found
    text, start, end = t.span(*span)
    return text, start, end, _voice(t, v, g, lex), kind
