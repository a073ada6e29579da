"""Passives of one sentence, with and without their agent (Fairclough 2003, *Analysing Discourse*, ch. 8: agent
deletion), for :func:`.agency.agency_features`; the subject rules ask it whether a verb group is passive.

- :func:`passives` -> a list of :class:`Match`: full, coordinate and reduced passives, in sentence order of
  their kind;
- :func:`full_passive` -> the passive opened by one form of *be* or *get*; :func:`agent_phrase`,
  :func:`by_agent` -> the token span of an agent; :func:`participle_insert` -> whether a participle after a comma
  opens a participle phrase.

The rules: a form of *be* or *get*, up to two adverbs, then a past participle (a regular -ed form, or an
irregular one from the list) is a passive of form ``full``; the auxiliaries before it (*should*, *has*) and a
particle after it (*set up*) are part of the words. It is ``agented_passive`` when *by* follows within four words
and opens a noun phrase (not a date, a manner or a means: "by 2020", "by name", "by sending letters"); the agent
is that phrase without *by*. A coordinated participle ("were adopted and amended") is a second row (form
``coordinate``) sharing the agent. An -ed adjective ("we are concerned", "unprecedented", "so-called") counts
only with a by-agent. Reduced forms (form ``reduced``): a participle right after a noun with a by-agent
("problems identified by monitoring"), after a comma opening a participle phrase (", established in accordance
with", ", published last week,"), or a listed pair after a noun ("policies aimed at"). An attributive participle
("other important adopted legal acts") and an inverted active ("the implementation started of the Law") are not
passives.
"""

from typing import NamedTuple

from .lexicon import (
    AGENT_BREAK,
    AGENT_TRAIL,
    AUX,
    AUX_CHAIN,
    BE,
    BE_GET,
    BY_BREAK,
    DETERMINERS,
    NO_REDUCED_AFTER,
    NOT_AGENT_AFTER_THE,
    NOT_AGENTS,
    OBJECT_OPENERS,
    PARTICLES,
    PREPOSITIONS,
    REDUCED_PREPOSITIONS,
    RELATIVES,
    Lexicon,
)
from .tokens import Tokens, adverb, gerund, next_comma, participle, plain_verb


class Match(NamedTuple):
    """A passive or a nominalisation: its token span, head and agent."""

    feature: str
    form: str
    first: int  # token span of the words
    last: int
    head: int
    agent: tuple[int, int] | None = None
    be: int = -1  # the be/get form of a full passive, for the voice of the subject


def _aux_start(t: Tokens, i: int, lex: Lexicon) -> int:
    """The first auxiliary of the verb group whose be-form is at ``i`` ("should not be", "has also been")."""
    pad = t.pad
    while i > 0 and (pad[i - 1] in AUX_CHAIN or (adverb(pad[i - 1], lex) and pad[i - 2] in AUX_CHAIN)):
        i -= 1
    return i


def agent_phrase(t: Tokens, s: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase opened at ``s`` after *by*, or None for a date, a means ("by sending letters") or
    nothing. It runs to punctuation, a preposition, a verb or a clause break; *of* is kept after a single
    content word ("the Ministry of Justice", "members of the commission")."""
    pad, is_word = t.pad, t.word
    first = pad[s]
    if not is_word[s] or first[0].isdigit() or first in NOT_AGENTS or first in PREPOSITIONS:
        return None
    if first == "the" and pad[s + 1] in NOT_AGENT_AFTER_THE:
        return None
    if first.endswith("ing") and not (pad[s + 1] in {"", "and", "or", "of"} or not is_word[s + 1]):
        return None
    j, content = s, 0
    while is_word[j] and j - s < 8:
        w = pad[j]
        if w == "of" and content == 1 and is_word[j + 1]:
            j += 1
            continue
        if j > s and w in AGENT_BREAK:
            break
        if w in {"and", "or"}:
            if not (pad[j + 1] in DETERMINERS or t.capital[j + 1]):
                break
        elif j > s and (participle(w, lex) or gerund(w, lex) or plain_verb(t, j, lex)):
            break
        content += w not in DETERMINERS and w not in {"and", "or"}
        j += 1
    last = j - 1
    while last >= s and pad[last] in AGENT_TRAIL:
        last -= 1
    return (s, last) if last >= s else None


def by_agent(t: Tokens, k: int, lex: Lexicon) -> tuple[int, int] | None:
    """The agent of a *by* phrase within four words from ``k`` (the word after the participle)."""
    pad = t.pad
    for b in range(k, min(k + 5, t.n)):
        w = pad[b]
        if w == "by":
            return agent_phrase(t, b + 1, lex)
        if not t.word[b] or w in BY_BREAK or (b > k and participle(w, lex)):
            return None
    return None


def _conjuncts(t: Tokens, j: int, lex: Lexicon) -> list[int]:
    """Participles coordinated with the one at ``j``: "were adopted and amended", "arrested, beaten and"."""
    found, pad = [], t.pad
    while pad[j + 1] in {"and", "or", ","}:
        k = j + 2 + adverb(pad[j + 2], lex)
        if participle(pad[k], lex) != "verb" or pad[k + 1] in OBJECT_OPENERS:
            break
        found.append(k)
        j = k
    return found


def full_passive(t: Tokens, i: int, lex: Lexicon) -> list[Match]:
    """The passive whose be/get form is at ``i``, with its coordinated participles."""
    pad, j = t.pad, i + 1
    while j < i + 3 and adverb(pad[j], lex) and pad[j] not in BE:
        j += 1
    kind = participle(pad[j], lex)
    if kind is None:
        return []
    heads = [j, *_conjuncts(t, j, lex)]
    agent = by_agent(t, heads[-1] + 1, lex)
    if kind == "adjectival" and agent is None:
        return []
    feature = "agented_passive" if agent else "agentless_passive"
    first = _aux_start(t, i, lex)
    matches = []
    for n, head in enumerate(heads):
        last = head + (pad[head + 1] in PARTICLES)  # "was set up", "were carried out"
        last = agent[1] if agent and head == heads[-1] else last
        form = "full" if n == 0 else "coordinate"
        matches.append(Match(feature, form, first if n == 0 else head, last, head, agent, i))
    return matches


def _closes_insert(t: Tokens, k: int) -> bool:
    """The comma at ``k`` closes a relative insert (", which controlled 70 percent, accounted for")."""
    for p in range(k - 1, -1, -1):
        if t.low[p] == ",":
            return t.pad[p + 1] in RELATIVES
    return False


def participle_insert(t: Tokens, j: int, lex: Lexicon) -> bool:
    """The participle at ``j``, after a comma that follows a word, opens a participle phrase: a preposition
    follows (", established in accordance with") or a comma closes it within six words (", published last
    week,"); not after a relative insert (", which controlled ..., accounted for" is the main verb)."""
    if not t.word[j - 2] or _closes_insert(t, j - 1):
        return False
    if t.pad[j + 1] in REDUCED_PREPOSITIONS:
        return True
    close = next_comma(t, j + 1, 7)
    return close is not None and not any(t.pad[k] in AUX or t.pad[k] in lex.verbs for k in range(j + 1, close))


def _reduced_passive(t: Tokens, j: int, lex: Lexicon) -> Match | None:
    """A participle at ``j`` without *be*: after a noun with a by-agent, after a comma before a preposition,
    or a listed participle-preposition pair after a noun."""
    kind = participle(t.low[j], lex)
    if kind is None or j == 0:
        return None
    prev, nxt = t.low[j - 1], t.pad[j + 1]
    if prev in NO_REDUCED_AFTER or (prev != "," and not t.word[j - 1]) or adverb(prev, lex):
        return None
    by = j + 1 + (adverb(nxt, lex) or nxt in PARTICLES)
    agent = agent_phrase(t, by + 1, lex) if t.pad[by] == "by" else None
    if agent:
        return Match("agented_passive", "reduced", j, agent[1], j, agent)
    if kind == "verb" and ((prev == "," and participle_insert(t, j, lex)) or (t.low[j], nxt) in lex.reduced_pairs):
        return Match("agentless_passive", "reduced", j, j, j)
    return None


def passives(t: Tokens, lex: Lexicon) -> list[Match]:
    """Full, coordinate and reduced passives of a sentence (Fairclough 2003, ch. 8): the full ones (with their
    coordinates) in the order of their *be*, then the reduced ones in sentence order."""
    low, irregular = t.low, lex.irregular
    found: list[Match] = []
    if not BE_GET.isdisjoint(low):
        for i in [i for i, w in enumerate(low) if w in BE_GET]:
            found.extend(full_passive(t, i, lex))
    taken = {m.head for m in found}
    # a participle is listed or a regular -ed form of five letters or more (participle)
    for j in [j for j, w in enumerate(low) if (len(w) > 4 and w.endswith("ed")) or w in irregular]:
        if j not in taken and (match := _reduced_passive(t, j, lex)):
            found.append(match)
    return found
