"""The words that govern *rights*: a concordance of the rights node sorted by its governing word.

Whether rights appear as objects of state action ("protecting the rights of citizens") or as claimed by
their holders ("citizens defend their rights") is a question of grammatical role (van Leeuwen 1996 on
activation; Fairclough 2003 on nominalised processes such as "the implementation of"). The roles are
found by transparent rules on the tokens, without a parser, for every node of :func:`.node_word.rights_nodes`.
The node spans its premodifiers (human rights, children's rights, "social, labour and economic rights")
and a paired noun (rights and freedoms). Relations, tested in this order:

- ``in_name``: *Rights* capitalised inside a name; the governor is the name's head (the capitalised word
  after the node, as in Human Rights Council, else the one before a connector: Commissioner for ...);
- ``modifier_of``: the node premodifies the next word (human rights standards): a content word, not a
  function word, a listed verb or an -ed/-ly form; an -s form unless its stem is a verb seldom used as a
  noun (a verb after plural *rights* takes no -s), a base form unless an object follows it;
- ``of_noun`` / ``prep_noun``: object of a preposition after a noun (implementation of, challenges to);
- ``verb_object``: object of a verb, directly (protecting the rights, has the right, know their rights)
  or through a preposition (fight for); a verb is a listed verb or an -ing/-ed form, a content word before
  a possessive determiner, or a word after *to*, a modal or a subject pronoun, and never follows a
  determiner (the exercise of);
- ``subject_of``: subject of a following verb, after any *of* phrase (the rights of the people are ...)
  or *to* phrase (the right to assembly is ...); after *be* the governor is the complement's head
  ("are a key component" -> component), after *have* or a modal the main verb;
- ``passive``: the node is the subject of a passive or followed by a participle (rights guaranteed by);
- ``other``: none of these.

``holder`` is a possessor of the rights: a possessive (children's, citizens'), a possessive determiner
(their) or the head of an *of* phrase (the rights of the people). ``claimed_by_holder`` is True when
the governor is a claiming verb (demand, claim, defend, exercise, insist on, fight for, stand up for,
assert) whose subject is the stated holder: the same word, or a possessive determiner agreeing with it in
person and number (citizens ... their; not the ombudsman ... their). Without a stated holder ("they claim
rights") it stays False: who holds the rights is then not said.
"""

import pandas as pd

from ..text.sentences import SentenceTokens
from .lemmas import lemmatise
from .node_word import _DETERMINERS, _PAIRED, _VERBS, _premodifier_positions, rights_nodes
from .word_class import function_words

RELATIONS = ("verb_object", "of_noun", "prep_noun", "subject_of", "passive", "modifier_of", "in_name", "other")
COLUMNS = [
    "sentence_id",
    "turn_id",
    "start",
    "end",
    "node",
    "relation",
    "governor",
    "preposition",
    "holder",
    "subject",
    "claimed_by_holder",
    "left",
    "right",
]
CLAIMING = ("demand", "claim", "defend", "exercise", "insist", "fight", "stand", "assert")
_POSSESSIVE = {"my": "i", "our": "we", "your": "you", "their": "they", "his": "he", "her": "she", "its": "it"}
_SUBJECT_PRONOUNS = {"i", "we", "you", "they", "he", "she", "it", "who"}
_PREPOSITIONS = set(
    "of for to on in with against about towards toward into from at by over under between among within without "
    "through regarding concerning upon beyond despite as like".split()
)
_BE = {"is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "become", "became"}
_HAVE_DO = {"have", "has", "had", "do", "does", "did"}
_MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "ca", "wo"}
_SKIP_BEFORE_VERB = _MODALS | _HAVE_DO | _BE | {"to", "not", "n't", "able", "also", "always", "still", "now", "never"}
# lexical verbs that often follow a plural subject (rights include ...): never read as a compound's head
_FOLLOWING_VERBS = set(
    "include require remain become mean need concern apply belong depend exist matter deserve continue differ "
    "extend prevail constitute represent serve stem derive emerge go come stand lie take make".split()
)
# of those, the ones whose -s form is seldom a plural noun: "the fight for rights continues" (a verb) but
# "human rights matters" (a noun)
_SELDOM_NOUNS = set(
    "include require remain become mean apply belong depend exist continue differ extend prevail constitute "
    "represent emerge derive".split()
)
_OBJECT_STARTS = {"the", "a", "an", "their", "our", "this", "these", "those", "its", "his", "her", "them", "us", "it"}
_NOUN_DETERMINERS = set("the a an this these those its their our his her my your every each any".split())
_PARTICIPLES = set("given done taken seen known made held kept set put shown written built brought won lost".split())
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ism", "ance", "ence")
_ADJ_ENDINGS = ("al", "ic", "ive", "ary", "ous", "ian", "ent", "ant", "ble", "ful", "er", "est")


def _alpha(word: str) -> bool:
    return word.replace("-", "").isalpha()


def _is_noun_like(word: str) -> bool:
    """A content word that is no listed verb and no -ed form: a word of a noun phrase."""
    return _alpha(word) and word not in function_words() and word not in _FOLLOWING_VERBS and not word.endswith("ed")


def _verb_cue(lower: list[str], k: int, preposition: str = "") -> bool:
    """Is ``lower[k]`` a verb? Not after a determiner (the fight, their demand); before *of* only an -ing or
    -ed form (speaking of, deprived of; the exercise of is a noun); else a listed verb, an -ing/-ed form,
    or a word after *to*, a modal or a subject pronoun."""
    w, before = lower[k], lower[k - 1] if k else ""
    if not _alpha(w) or w in function_words() or before in _NOUN_DETERMINERS:
        return False
    participle = len(w) > 4 and w.endswith(("ing", "ed"))
    if preposition == "of":
        return participle
    listed = lemmatise(w) in _VERBS or lemmatise(w) in _FOLLOWING_VERBS or bool(_claiming(w))
    return participle or listed or before in ({"to"} | _MODALS | _SUBJECT_PRONOUNS)


def _claiming(word: str) -> str:
    """The claiming verb ``word`` is a form of, or ''."""
    if word in ("fought", "stood"):
        return {"fought": "fight", "stood": "stand"}[word]
    for verb in CLAIMING:
        stem = verb[:-1] if verb.endswith("e") else verb
        if word in (verb, verb + "s", verb + "ed", verb + "d", stem + "ing", verb + "ing"):
            return verb
    return ""


def _noun_after(lower: list[str], k: int) -> bool:
    """Is ``lower[k]`` a noun the node premodifies (human rights *standards*)? Not a function word, a listed
    verb, an -ed or -ly form; an -s form is a plural noun unless its stem is a verb seldom used as a noun
    (a verb after plural *rights* takes no -s); a base form is a noun unless an object follows it."""
    if k >= len(lower) or not _alpha(lower[k]):
        return False
    w = lower[k]
    if w in function_words() or w in _FOLLOWING_VERBS or w in _BE or w.endswith(("ed", "ly")):
        return False
    if w.endswith("s") and not w.endswith("ss"):
        return lemmatise(w) not in _SELDOM_NOUNS
    return not (k + 1 < len(lower) and lower[k + 1] in _OBJECT_STARTS)


def _in_name_head(tokens: list[str], lower: list[str], s: int, e: int) -> str:
    k = e + 1
    if k < len(tokens) and tokens[k][:1].isupper() and _alpha(tokens[k]):
        while k + 1 < len(tokens) and tokens[k + 1][:1].isupper() and _alpha(tokens[k + 1]):
            k += 1
        return lower[k]
    k = s - 1
    while k >= 0 and lower[k] in ("for", "of", "on", "the", "and", "'s"):
        k -= 1
    return lower[k] if k >= 0 and tokens[k][:1].isupper() and _alpha(tokens[k]) else ""


def _left(lower: list[str], s: int) -> tuple[str, str, str, int] | None:
    """(relation, governor, preposition, governor position) of a governor before the node starting at ``s``."""
    j, adjectives, possessive = s - 1, 0, False
    while j >= 0:
        if lower[j] in _DETERMINERS or lower[j] in _POSSESSIVE:
            possessive = possessive or lower[j] in _POSSESSIVE
            j -= 1
        elif (
            adjectives < 2
            and _alpha(lower[j])
            and lower[j] not in function_words()
            and lower[j].endswith(_ADJ_ENDINGS)
            and not _verb_cue(lower, j)
        ):
            j, adjectives = j - 1, adjectives + 1
        else:
            break
    if j < 0:
        return None
    if lower[j] in _PREPOSITIONS:
        k = j - 1
        if k >= 1 and lower[k] == "up":  # stand up for
            k -= 1
        if k < 0 or not _alpha(lower[k]) or lower[k] in function_words():
            return None
        if _verb_cue(lower, k, lower[j]):
            return "verb_object", lower[k], lower[j], k
        return ("of_noun" if lower[j] == "of" else "prep_noun"), lower[k], lower[j], k
    # has the right to; a content word before "their rights" is a verb (know their rights)
    verb = _verb_cue(lower, j) or lower[j] in ("have", "has", "had", "having")
    if verb or (possessive and _alpha(lower[j]) and lower[j] not in function_words()):
        return "verb_object", lower[j], "", j
    return None


def _of_phrase_head(lower: list[str], k: int) -> str:
    """The head of the noun phrase from ``k`` (after *of*): determiners skipped, a possessor's noun replaced by
    what it owns (Kazakhstan's citizens), ending at a word that is not noun-like or after a plural."""
    while k < len(lower) and lower[k] in _DETERMINERS:
        k += 1
    head = ""
    while k < len(lower) and (_is_noun_like(lower[k]) or lower[k] in ("'s", "'")):
        if lower[k] not in ("'s", "'"):
            head = lower[k]
            if lemmatise(head) != head and lower[k + 1 : k + 2] not in (["'s"], ["'"]):
                break  # a plural ends the phrase: "of ordinary citizens grow"
        k += 1
    return head


def _noun_phrase_head(lower: list[str], k: int) -> str:
    """The last content word of the noun phrase from ``k`` (determiners skipped, "and" between content words)."""
    while k < len(lower) and lower[k] in _DETERMINERS:
        k += 1
    head = ""
    while k < len(lower) and _alpha(lower[k]) and lower[k] not in function_words():
        head = lower[k]
        joined = k + 2 < len(lower) and lower[k + 1] == "and" and _alpha(lower[k + 2])
        k += 2 if joined and lower[k + 2] not in function_words() else 1
    return head


def _right(lower: list[str], e: int) -> tuple[str, str] | None:
    """(relation, governor) when the node ending at ``e`` is the subject of what follows."""
    k = e + 1
    # the rights of the people were ..., the right to assembly is ...: the verb follows the phrase
    if k < len(lower) and (lower[k] == "of" or (lower[e] == "right" and lower[k] == "to")):
        k += 1
        while k < len(lower) and (lower[k] in _DETERMINERS or lower[k] == "'s" or _is_noun_like(lower[k])):
            k += 1
    while k < len(lower) and (lower[k].endswith("ly") or lower[k] in ("also", "today", "now", "still", "already")):
        k += 1
    if k >= len(lower) or not _alpha(lower[k]):
        return None
    w = lower[k]
    if w in _BE or w in _HAVE_DO or w in _MODALS:
        copula = False
        while k < len(lower) and (lower[k] in _SKIP_BEFORE_VERB or lower[k].endswith("ly")):
            copula = copula or lower[k] in _BE
            k += 1
        nxt = lower[k] if k < len(lower) else ""
        if copula and (nxt in _PARTICIPLES or (len(nxt) > 4 and nxt.endswith("ed"))):
            return "passive", nxt
        if copula or not _alpha(nxt) or nxt in _DETERMINERS:
            head = _noun_phrase_head(lower, k) if copula else ""
            return "subject_of", head or w
        return "subject_of", nxt
    if w in function_words():
        return None
    has_object = k + 1 < len(lower) and lower[k + 1] in _OBJECT_STARTS
    if len(w) > 4 and w.endswith("ed") and w not in _FOLLOWING_VERBS and not has_object:
        return "passive", w
    if w in _FOLLOWING_VERBS or has_object:
        return "subject_of", w
    return None


def _subject(lower: list[str], k: int) -> str:
    """The subject before the verb at ``k``: auxiliaries, *to*, adverbs skipped; a relative *who* looks further."""
    k -= 1
    while k >= 0 and (lower[k] in _SKIP_BEFORE_VERB or lower[k].endswith("ly")):
        k -= 1
    if k >= 1 and lower[k] in ("who", "that"):
        k -= 1
    if k < 0 or not _alpha(lower[k]):
        return ""
    w = lower[k]
    return w if w in _SUBJECT_PRONOUNS or w not in function_words() else ""


def _agrees(holder: str, subject: str) -> bool:
    """Is ``holder`` (a word or a possessive determiner) the same referent as ``subject``?"""
    if not holder or not subject:
        return False
    if holder not in _POSSESSIVE:
        return lemmatise(holder) == lemmatise(subject)
    pronoun = _POSSESSIVE[holder]
    if subject in _SUBJECT_PRONOUNS:
        return subject == pronoun
    plural = subject == "people" or lemmatise(subject) != subject
    return pronoun == "they" if plural else pronoun in ("he", "she", "it")


def _node(sent: SentenceTokens, i: int, stop: frozenset[str]) -> dict:
    lower, tokens = sent.lower, sent.token
    e = i + 2 if i + 2 < len(lower) and lower[i + 1] == "and" and lower[i + 2] in _PAIRED else i
    holder = ""
    # a possessive 's or ' written against its noun (citizens' rights; not a quotation mark: 'rights')
    if i >= 2 and lower[i - 1] in ("'s", "'") and _alpha(lower[i - 2]) and sent.end[i - 2] == sent.start[i - 1]:
        s = i - 2
        holder = lower[s]
    else:
        s = min([i, *_premodifier_positions(lower, i, stop)])
    if not holder and s > 0 and lower[s - 1] in _POSSESSIVE:
        holder = lower[s - 1]
    if not holder and e + 1 < len(lower) and lower[e + 1] == "of":
        head = _of_phrase_head(lower, e + 2)
        holder = "" if head.endswith(_ABSTRACT_ENDINGS) else head  # rights of association: no holder
    found = {"s": s, "e": e, "holder": holder, "preposition": "", "subject": "", "claimed": False}
    if tokens[i][:1].isupper() and i > 0:
        return found | {"relation": "in_name", "governor": _in_name_head(tokens, lower, s, e)}
    if _noun_after(lower, e + 1):
        return found | {"relation": "modifier_of", "governor": lower[e + 1]}
    left = _left(lower, s)
    if left:
        relation, governor, preposition, k = left
        subject = _subject(lower, k) if relation == "verb_object" else ""
        claimed = bool(_claiming(governor)) and _agrees(holder, subject)
        return found | {
            "relation": relation,
            "governor": governor,
            "preposition": preposition,
            "subject": subject,
            "claimed": claimed,
        }
    right = _right(lower, e)
    if right:
        return found | {"relation": right[0], "governor": right[1]}
    return found | {"relation": "other", "governor": ""}


def rights_governors(sents: list[SentenceTokens], stop: frozenset[str], width: int = 60) -> pd.DataFrame:
    """One row per *rights* node of ``sents`` with its governing word, sorted by relation (:data:`RELATIONS`
    order), governor, then position.

    Returns :data:`COLUMNS`: ``start``/``end`` locate ``node`` (the text as found, premodifiers included) in
    the cleaned paragraph as in :func:`.node_word.kwic`; ``governor``, ``holder`` and ``subject`` lowercased
    ('' when none); ``preposition`` the one between governor and node; ``left``/``right`` up to ``width``
    characters of the sentence either side of the node.
    """
    rows = []
    for sent in sents:
        for i in rights_nodes(sent.lower, stop):
            f = _node(sent, i, stop)
            a, b = sent.start[f["s"]] - sent.offset, sent.end[f["e"]] - sent.offset
            rows.append(
                (
                    sent.sentence_id,
                    sent.turn_id,
                    sent.start[f["s"]],
                    sent.end[f["e"]],
                    sent.text[a:b],
                    f["relation"],
                    f["governor"],
                    f["preposition"],
                    f["holder"],
                    f["subject"],
                    f["claimed"],
                    sent.text[:a][-width:],
                    sent.text[b:][:width],
                )
            )
    rank = {r: n for n, r in enumerate(RELATIONS)}
    rows.sort(key=lambda r: (rank[r[5]], r[6], r[0], r[2]))  # sorted here: cheaper than a pandas sort
    return pd.DataFrame(rows, columns=COLUMNS)
