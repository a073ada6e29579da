"""Names and topic words read apart from stylistic keywords (Baker 2004, "Querying keywords").

A keyword list of an interview with an ombudsman opens with the names of places and bodies and the
genre's topic vocabulary (rights, human, ombudsman); the words a discourse analyst reads first, the
evaluative and stylistic ones, come after them. Each word gets one class, tested in this order:

- ``function``: in the shipped list of English function words (``data/function_words.txt``:
  determiners, pronouns, prepositions, conjunctions, auxiliaries and modals, negation, common adverbs);
- ``topic``: the word or its lemma is in the shipped list of the genre's topic vocabulary
  (``data/topic_words.txt``). Topic words win over names because they are often capitalised inside
  institutions' names (Commissioner for Human Rights, Criminal Code) and stay topic words there;
- ``name``: capitalised at every occurrence in mid-sentence, or absent from wordfreq's list and
  capitalised at every occurrence (e.g. seen only at sentence starts);
- ``other``: everything else.
"""

from ..paths import data_words

CLASSES = ("name", "topic", "function", "other")


def function_words() -> frozenset[str]:
    """The shipped English function words (``data/function_words.txt``)."""
    return data_words("function_words.txt")


def topic_words() -> frozenset[str]:
    """The shipped topic vocabulary of human-rights interviews (``data/topic_words.txt``)."""
    return data_words("topic_words.txt")


def is_name(capitalised_mid: bool | None, capitalised_always: bool, in_reference: bool) -> bool:
    """Whether a form is a proper name: ``capitalised_mid`` (True/False, None when never met in
    mid-sentence) and ``capitalised_always`` (capitalised at every occurrence) as counted in the text."""
    return bool(capitalised_mid) or (capitalised_mid is None and capitalised_always and not in_reference)


def word_class(word: str, name: bool = False, lemma: str | None = None) -> str:
    """``function``, ``topic``, ``name`` or ``other`` for a lowercased word (``name``: :func:`is_name`;
    ``lemma``: its lemma, also looked up in the topic list)."""
    if word in function_words():
        return "function"
    if word in topic_words() or lemma in topic_words():
        return "topic"
    return "name" if name else "other"


def word_classes(words: list[str], names: frozenset[str] = frozenset(), lemmas: list[str] | None = None) -> list[str]:
    """:func:`word_class` of each of ``words`` (those in ``names`` are names; ``lemmas`` aligned with
    ``words``), the lists read once."""
    function, topic = function_words(), topic_words()
    lemmas = lemmas or words
    return [
        "function" if w in function else "topic" if w in topic or m in topic else "name" if w in names else "other"
        for w, m in zip(words, lemmas)
    ]
