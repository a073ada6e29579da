"""Nominalised processes of one sentence (Billig 2008, "The language of critical discourse analysis: the case of
nominalization", *Discourse & Society* 19(6); Fairclough 2003, *Analysing Discourse*, ch. 8), for
:func:`.agency.agency_features`.

- :func:`nominalisations` -> a list of :class:`.passives.Match` (feature ``nominalisation``, form ``noun`` or
  ``gerund``), in sentence order, then the gerunds that continue a list.

The rules: a noun ending in -tion/-sion, -ment, -ance/-ence, or listed (-al, -ure and bare-verb nouns:
"refusal", "closure", "arrest"), not in the stop list and not capitalised inside a sentence (a name), counted
when *of* follows or a determiner or adjective precedes; an -ing form after a determiner or adjective and before
*of* or the end of a phrase ("the strengthening of"); a plural -ings form anywhere ("beatings"); gerunds that
continue a list of such nouns ("expansion of ..., strengthening the judiciary"). The agent is stated by a *by*
phrase after it ("the adoption of X by Y") or by a possessive before it when *of* follows ("the government's
adoption of").
"""

import string
from functools import cache

from .lexicon import (
    DETERMINERS,
    ITEM_BREAKS,
    LIST_BREAK,
    NOMINAL_ENDINGS,
    NP_BREAK,
    OF_PHRASE_BREAK,
    POSSESSIVE_BREAK,
    POSSESSIVES,
    Lexicon,
)
from .passives import Match, agent_phrase
from .tokens import Tokens, adjective, gerund, participle, plain_verb, plural_gerund

_QUICK = (*NOMINAL_ENDINGS, *(e + "s" for e in NOMINAL_ENDINGS), "ing", "ings")  # a candidate at a glance
_TAILS = frozenset(ending[-3:] for ending in _QUICK)  # looked up before the endings are tried one by one


@cache
def _listed_forms(nouns: frozenset[str]) -> frozenset[str]:
    """The listed process nouns, and each with one more lowercase letter, digit or "_" (a plural): the words of
    an ASCII sentence that ``w in nouns or w[:-1] in nouns`` accepts."""
    return nouns | {noun + c for noun in nouns for c in string.ascii_lowercase + string.digits + "_"}


def _process_noun(t: Tokens, j: int, lex: Lexicon, title: bool) -> bool:
    """Whether the word at ``j`` has the form of a process noun (ending, list, not stopped, not a name)."""
    w = t.low[j]
    singular = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    if not (singular.endswith(NOMINAL_ENDINGS) or singular in lex.process_nouns):
        return False
    if not w.isalpha() or (t.capital[j] and j > 0 and not title):
        return False
    if singular in lex.not_processes or w in lex.not_processes:
        return False
    if singular in lex.process_nouns:
        return True
    ending = singular.endswith(("tion", "sion", "ment")) and len(singular) >= 6
    return ending or (singular.endswith(("ance", "ence")) and len(singular) >= 7)


def _determiner_before(t: Tokens, j: int, lex: Lexicon) -> bool:
    """A determiner or possessive opens the noun phrase of ``j`` (up to two modifiers between, no verb)."""
    for k in range(j - 1, max(j - 4, -1), -1):
        w = t.pad[k]
        if w in DETERMINERS or w == "'s":
            return True
        if not t.word[k] or w in NP_BREAK or (k < j - 1 and w in lex.verbs):
            return False
    return False


def _possessive_agent(t: Tokens, j: int) -> tuple[int, int] | None:
    """The possessive before the noun at ``j`` ("the government's", "its"), adjectives allowed between."""
    pad, is_word = t.pad, t.word
    p = j - 1
    while p > j - 3 and adjective(pad[p]) and pad[p] not in DETERMINERS:
        p -= 1
    if pad[p] in POSSESSIVES:
        return (p, p)
    if pad[p] != "'s":
        return None
    q = p - 1
    while q > p - 4 and is_word[q - 1] and pad[q - 1] not in POSSESSIVE_BREAK:
        if pad[q - 1] in DETERMINERS:
            return (q - 1, p - 1)
        q -= 1
    return (q, p - 1) if is_word[q] else None


def _nominal_by(t: Tokens, j: int, lex: Lexicon, taken: set[int]) -> tuple[int, int] | None:
    """The agent of "the announcement by X" or "the adoption of Y by X", unless a passive owns that *by*."""
    pad, k = t.pad, j + 1
    if "by" not in pad[k : j + 13]:  # the furthest *by* looked at is the 12th word on
        return None
    if pad[k] == "of":
        k += 1
        while k < min(j + 12, t.n) and pad[k] != "by":
            w = pad[k]
            if not t.word[k] or w in OF_PHRASE_BREAK:
                return None
            if participle(w, lex) or gerund(w, lex) or plain_verb(t, k, lex):
                return None
            k += 1
    if pad[k] != "by" or k in taken:
        return None
    return agent_phrase(t, k + 1, lex)


def _nominal(t: Tokens, j: int, lex: Lexicon, taken: set[int], title: bool) -> Match | None:
    """A nominalised process at ``j`` in the contexts Billig (2008) reads: before *of*, after a determiner or
    an adjective."""
    w = t.low[j]
    prev, nxt = t.pad[j - 1], t.pad[j + 1]
    if plural_gerund(w, lex):
        if t.capital[j] and j > 0 and not title:
            return None
    elif gerund(w, lex):
        # a noun, not a participle: "the strengthening of", "independent monitoring of", not "a pressing issue"
        if (t.capital[j] and not title) or not (prev in DETERMINERS or prev == "'s" or adjective(prev)):
            return None
        if nxt != "of" and t.word[j + 1]:
            return None
    elif not (_process_noun(t, j, lex, title) and (nxt == "of" or _determiner_before(t, j, lex) or adjective(prev))):
        return None
    agent = _nominal_by(t, j, lex, taken)
    owner = _possessive_agent(t, j) if nxt == "of" else None
    first = owner[0] if owner and not agent else j
    last = agent[1] if agent else j + (nxt == "of")
    form = "gerund" if w.endswith(("ing", "ings")) else "noun"
    return Match("nominalisation", form, first, last, j, agent or owner)


def _list_gerunds(t: Tokens, heads: set[int], lex: Lexicon) -> list[Match]:
    """Gerunds that continue a list of process nouns: "expansion of X, strengthening the judiciary, enhancing
    ... and fighting against" (each item opened by a comma, *and* or *or*)."""
    found, previous, pad = [], False, t.pad
    items = [0, *(i + 1 for i, w in enumerate(t.low) if w in ITEM_BREAKS)]
    for start in items:
        counts = start in heads
        if not counts and previous and gerund(pad[start], lex) and not t.capital[start]:
            last = start
            while last < start + 3 and t.word[last + 1] and pad[last + 1] not in LIST_BREAK:
                last += 1
            found.append(Match("nominalisation", "gerund", start, last, start))
            counts = True
        previous = counts
    return found


def nominalisations(t: Tokens, lex: Lexicon, passives: list[Match]) -> list[Match]:
    """Nominalised processes of a sentence (Billig 2008; Fairclough 2003, ch. 8); ``passives`` own the *by*
    of their agents."""
    # a process ending needs a word of six letters or more (_process_noun, gerund); or a listed noun, or its plural
    low, nouns = t.low, lex.process_nouns
    if t.text.isascii():  # a word's last character is then a letter, a digit or "_"
        listed = _listed_forms(nouns)
        candidates = [
            j for j, w in enumerate(low) if (len(w) > 5 and w[-3:] in _TAILS and w.endswith(_QUICK)) or w in listed
        ]
    else:
        candidates = [
            j
            for j, w in enumerate(low)
            if (len(w) > 5 and w[-3:] in _TAILS and w.endswith(_QUICK)) or w in nouns or w[:-1] in nouns
        ]
    if not candidates:
        return []
    taken = {m.agent[0] - 1 for m in passives if m.agent}
    title = sum(t.capital) > 0.6 * sum(t.word)
    found = [m for j in candidates if (m := _nominal(t, j, lex, taken, title))]
    return found + (_list_gerunds(t, {m.head for m in found}, lex) if found else [])
