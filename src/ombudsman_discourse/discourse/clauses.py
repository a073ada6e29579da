"""Where the main clause of one sentence starts and where its finite verb is, for :mod:`.subjects`; token
indices, no parser.

- :func:`clause_start` -> the first word of the main clause's subject: after a leading conjunction, a name
  addressed ("Ms Vandoliu, you were"), a time phrase ("This year", "Three years ago") or an adverbial ended by a
  comma ("In 2012, we joined");
- :func:`main_verb` -> its first finite verb, passing over relative clauses ("which ...", "the complaints we
  receive") and comma-enclosed inserts;
- :func:`finite` -> whether a word is a finite verb: an auxiliary or modal, the word after a subject pronoun, a
  listed verb form where its neighbours allow a verb, an -ed word that opens an object or phrase, or an -s word
  before a determiner; :func:`group_end` -> the end of the verb group it opens; :func:`insert_after` -> whether
  a comma opens an insert.
"""

from .lexicon import (
    AFTER_VERB,
    AUX,
    CLITIC_HOSTS,
    CONJUNCTIONS,
    CONTACT_BREAK,
    DETERMINERS,
    FINITE_AUX,
    GROUP,
    LEADING,
    NO_VERB_AFTER,
    NOT_AFTER_PRONOUN,
    NOUN_VERB_OBJECT,
    OPENERS,
    PLURAL_PRONOUNS,
    PREPOSITIONS,
    QUESTION_SUBJECT,
    REDUCED_PREPOSITIONS,
    REFLEXIVES,
    RELATIVES,
    S_VERB_OBJECT,
    SENTENCE_ADVERBS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_WORDS,
    WH,
    Lexicon,
)
from .passives import by_agent, participle_insert
from .tokens import Tokens, adjective, adverb, gerund, next_comma, participle, plain_verb, plural

_TIME_PLURALS = TIME_WORDS | {w + "s" for w in TIME_WORDS}
_VOCATIVE_NEXT = SUBJECT_PRONOUNS | WH | FINITE_AUX
_FREE_RELATIVE_NEXT = SUBJECT_PRONOUNS | DETERMINERS
_CONTACT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
_PERSONAL = _CONTACT_PRONOUNS - {"you"}
_PRONOUNS_AND_REFLEXIVES = SUBJECT_PRONOUNS | _CONTACT_PRONOUNS | REFLEXIVES


def _object_start(t: Tokens, k: int, lex: Lexicon) -> bool:
    """What may follow a finite verb: an object, a phrase, the sentence's end (not a bare modifier)."""
    w = t.pad[k]
    if not t.word[k] or w[0].isdigit() or t.capital[k] or adverb(w, lex):
        return True
    return w in AFTER_VERB


def _reduced_here(t: Tokens, j: int, lex: Lexicon) -> bool:
    """The -ed word at ``j`` opens a reduced relative: a by-agent follows, or a preposition follows and an
    auxiliary comes later in the same stretch ("complaints received from prisoners were examined")."""
    if by_agent(t, j + 1, lex):
        return True
    pad = t.pad
    if pad[j + 1] not in REDUCED_PREPOSITIONS or pad[j + 1] == "of":
        return False
    k = j + 2
    while k < t.n and pad[k] not in {",", ";", ":"}:
        form = lex.verbs.get(pad[k], "")
        if pad[k] in FINITE_AUX or (form.startswith(("s", "base")) and pad[k - 1].endswith("s")):
            return True  # "cells meant for six people hold fourteen"
        k += 1
    return False


def _after_pronoun(t: Tokens, j: int, i0: int, lex: Lexicon) -> bool:
    pad, k = t.pad, j - 1
    while k > i0 and (adverb(pad[k], lex) or pad[k] in REFLEXIVES):
        k -= 1
    if pad[k] in _PERSONAL or (k == i0 and pad[k] in SUBJECT_PRONOUNS):
        return True
    return pad[k] == "you" and _contact_clause(t, k, i0, lex)  # "the persons you mention"


def _pronoun_demonstrative(prev: str, form: str) -> bool:
    """ "this suggests", "these include": a demonstrative standing alone as subject, told by agreement from
    "this change", "these changes"."""
    if prev in {"this", "that"}:
        return form.startswith(("s", "past"))
    return prev in PLURAL_PRONOUNS and form.startswith(("base", "past"))


def finite(t: Tokens, j: int, i0: int, lex: Lexicon) -> bool:
    """Whether the word at ``j`` is a finite verb of the clause opened at ``i0`` (rules in the module
    docstring)."""
    pad = t.pad
    w, prev = pad[j], pad[j - 1]
    if not t.word[j] or j == i0:
        return w in FINITE_AUX and w != "'s"
    if w in FINITE_AUX:
        return w != "'s" or prev in CLITIC_HOSTS
    # (only a pronoun, a reflexive or an adverb before the word can put it after a subject pronoun)
    near_pronoun = prev in _PRONOUNS_AND_REFLEXIVES or prev in lex.adverbs or prev.endswith("ly")
    if near_pronoun and _after_pronoun(t, j, i0, lex):
        return w not in NOT_AFTER_PRONOUN and not adverb(w, lex)
    form = lex.verbs.get(w, "")
    if prev in RELATIVES and form and not t.capital[j]:  # "groups that help", "a body which holds"
        return True
    if t.capital[j] or (prev in NO_VERB_AFTER and not (form and _pronoun_demonstrative(prev, form))):
        return False
    if form in ("base", "base noun"):
        if not (plural(prev) or adverb(prev, lex) or prev in PLURAL_PRONOUNS) or pad[j + 1] == "of":
            return False
        nxt = pad[j + 1]  # a verb also used as a noun needs an object after it: "complaints concern pensions"
        return form == "base" or nxt in NOUN_VERB_OBJECT or nxt[:1].isdigit() or plural(nxt) or adverb(nxt, lex)
    if form == "past" or (w.endswith("ed") and len(w) > 4 and w.isalpha() and w not in lex.not_verbs):
        # "adopted" in "other important adopted legal acts" modifies a noun; "opened" in "police opened
        # investigations" has one as object: told apart by the word before
        modifier = (adjective(prev) and not t.capital[j - 1]) or adverb(prev, lex)
        opens = _object_start(t, j + 1, lex) or not modifier
        return opens and not _reduced_here(t, j, lex)
    if form in ("s", "s noun"):
        loose = prev in lex.adverbs or prev == "," or t.capital[j - 1]  # "also deals with", "Mr X talks about"
        return pad[j + 1] != "of" and (form == "s" or pad[j + 1] not in PREPOSITIONS or loose)
    plural_noun = not w.endswith("s") or w.endswith(("ss", "us", "is")) or len(w) < 4
    return not plural_noun and (pad[j + 1] in S_VERB_OBJECT or prev in lex.adverbs)


def insert_after(t: Tokens, k: int, lex: Lexicon) -> bool:
    """The comma at ``k`` opens an insert: a relative, a participle phrase or a parenthetical."""
    w = t.pad[k + 1]
    if w in {"which", "who", "whose", "whom"} or gerund(w, lex) or w in PREPOSITIONS or adverb(w, lex):
        return True
    return participle(w, lex) == "verb" and participle_insert(t, k + 1, lex)


def group_end(t: Tokens, v: int, lex: Lexicon) -> int:
    """The last word of the verb group opened at ``v``: auxiliaries, adverbs and one lexical verb."""
    pad, j = t.pad, v
    while pad[j + 1] in GROUP or adverb(pad[j + 1], lex) or (pad[j + 1] == "to" and pad[j + 2] == "be"):
        j += 1
    if pad[v] in AUX and (participle(pad[j + 1], lex) or pad[j + 1].endswith("ing")):
        j += 1
    return j


def _contact_clause(t: Tokens, j: int, i0: int, lex: Lexicon) -> bool:
    """A relative clause without *that*: a subject pronoun right after a noun ("the complaints we receive")."""
    prev = t.pad[j - 1]
    if t.pad[j] not in _CONTACT_PRONOUNS or not t.word[j - 1] or j - 1 < i0:
        return False
    if t.pad[i0] in PREPOSITIONS:  # "In two districts we have": the subject after an adverbial
        return False
    return not (prev in CONTACT_BREAK or adverb(prev, lex) or prev in lex.verbs)


def main_verb(t: Tokens, i0: int, lex: Lexicon) -> int | None:
    """The first finite verb of the main clause from ``i0``, passing over relative clauses and inserts."""
    pad, is_word, verbs = t.pad, t.word, lex.verbs
    # a free relative as subject: "What I can say is that ..."
    j, skip = i0, pad[i0] in {"what", "whatever", "whoever"} and pad[i0 + 1] in _FREE_RELATIVE_NEXT
    resumed = False  # just past a relative clause: a listed verb form is the main verb
    while j < t.n:
        w = pad[j]
        if resumed and is_word[j] and verbs.get(w, "")[:1] in ("b", "s", "p"):
            return j
        resumed = False
        contact = w in _CONTACT_PRONOUNS and _contact_clause(t, j, i0, lex)
        if j > i0 and ((w in RELATIVES and pad[j - 1] != ",") or contact):
            skip, j = True, j + 1
            continue
        if w == "," and insert_after(t, j, lex):
            k = next_comma(t, j + 1)
            j = k if k is not None and k > j else j + 1
            if k is not None:
                continue
        if finite(t, j, i0, lex):
            if not skip:
                return j
            skip, j, resumed = False, group_end(t, j, lex) + 1, True
            continue
        j += 1
    return None


def _opener_end(t: Tokens, i: int, lex: Lexicon) -> int:
    """Past a leading adverbial at ``i``: to after its comma, or past a time phrase without one."""
    pad = t.pad
    w = pad[i]
    time = w in {"this", "last", "next", "every", "each", "that"} and pad[i + 1] in TIME_WORDS
    if time and pad[i + 2] not in AUX and pad[i + 2] != ",":  # "This year the Code ... were adopted"
        return i + 2
    if w in {"in", "since", "by", "during", "until"} and _year(pad[i + 1]) and pad[i + 2] != ",":
        return i + 2
    near = pad[i + 1 : min(i + 4, t.n)]
    ago = i + 1 + near.index("ago") if "ago" in near else None
    if ago is not None and pad[ago - 1] in _TIME_PLURALS:
        return ago + 1 + (pad[ago + 1] == ",")
    sentence_adverb = w in SENTENCE_ADVERBS or (w.endswith("ly") and adverb(w, lex))
    if sentence_adverb and (pad[i + 1] in QUESTION_SUBJECT or t.capital[i + 1] or pad[i + 1] in PREPOSITIONS):
        return i + 1  # "Perhaps the new code", "Together with the ombudsmen of ... we"
    if _vocative(t, i):
        return t.low.index(",", i) + 1
    opener = w in OPENERS or adverb(w, lex)
    opener = opener or gerund(w, lex) or participle(w, lex) is not None or w[:1].isdigit()
    k = next_comma(t, i + 1, 25) if opener and w not in RELATIVES else None
    if k is None:
        return i + 1 if w in SUBORDINATORS and w not in PREPOSITIONS else i
    if w not in SUBORDINATORS and any(finite(t, m, i, lex) for m in range(i + 1, k)):
        return i
    # past a list inside the adverbial ("in a world of wars, terrorism and extremism, stability is")
    while (after := next_comma(t, k + 1, 8)) is not None and _list_item(t, k + 1, after, lex):
        k = after
    if _clause_after(t, k, lex):
        return k + 1
    return i


def _year(word: str) -> bool:
    """Four decimal digits ("2012")."""
    return len(word) == 4 and word.isdecimal()


def _clause_after(t: Tokens, k: int, lex: Lexicon) -> bool:
    """The comma at ``k`` can end an adverbial: no conjunction after it (", and the government") and no verb
    with its object (", beat them"); an attributive participle is fine (", detained people lose")."""
    nxt = t.pad[k + 1]
    if nxt in CONJUNCTIONS:
        return False
    verb = participle(nxt, lex) or (plain_verb(t, k + 1, lex) and lex.verbs[nxt] != "s")
    return not (verb and _object_start(t, k + 2, lex))


def _list_item(t: Tokens, first: int, end: int, lex: Lexicon) -> bool:
    """Words ``first``..``end`` (a comma) close a list ("wars, terrorism and extremism,"), not an appositive."""
    words = t.low[first:end]
    return ("and" in words or "or" in words) and not any(finite(t, m, first - 1, lex) for m in range(first, end))


def _vocative(t: Tokens, i: int) -> bool:
    """A name addressed before a comma: "Ms Vandoliu, you were", "Zarina Kairatovna, what would"."""
    k = i
    while k < i + 3 and t.capital[k]:
        k += 1
    if k == i or t.pad[k] != ",":
        return False
    if t.pad[k + 1] in _VOCATIVE_NEXT:
        return True
    # "Mr Mendrasi, the government denies": a determiner, and no second comma closing an apposition
    return t.pad[k + 1] in DETERMINERS and next_comma(t, k + 1, 7) is None


def clause_start(t: Tokens, lex: Lexicon, i: int = 0) -> int:
    """The first word of the main clause's subject, from ``i``."""
    while i < t.n and not t.word[i]:
        i += 1
    for _ in range(3):
        i += t.pad[i] in LEADING
        new = _opener_end(t, i, lex)
        if new == i:
            break
        i = new
    return i
