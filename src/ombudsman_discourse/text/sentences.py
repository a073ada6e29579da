"""Sentences and tokens of the cleaned paragraphs, with offsets back into each paragraph.

Sentences: NLTK's Punkt (Kiss & Strunk 2006) trained on the interview itself, plus a list of
common abbreviations (``data/abbreviations.txt``): no NLTK data package is needed. On a text of a few
hundred words Punkt learns ordinary words as abbreviations ("not", "war") and then joins two sentences;
a learned abbreviation is kept only when it is no ordinary English word (wordfreq's Zipf frequency below
``MAX_ABBREVIATION_ZIPF``) or holds a full stop itself ("u.s").
In a news report, a paragraph of narration is split at its quotations first: the interviewee's quoted
words become sentences of their own (role ``answer``), other speakers' words role ``quote``.
Tokens: NLTK's Treebank-style ``NLTKWordTokenizer``, spans kept.
Both run NLTK's own patterns compiled by ``re`` when that finds the same matches (see :func:`_plain`).
"""

import re
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import pandas as pd
from nltk import redos
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer, PunktToken, PunktTrainer
from wordfreq import zipf_frequency

from ..literals import Sieved
from ..paths import data_words
from ..rows import table_of

SENTENCE_COLUMNS = [
    "interview_id",
    "sentence_id",
    "paragraph_id",
    "turn_id",
    "role",
    "speaker",
    "text",
    "start",
    "end",
    "n_tokens",
]
TOKEN_COLUMNS = [
    "interview_id",
    "sentence_id",
    "paragraph_id",
    "turn_id",
    "role",
    "token_id",
    "token",
    "lower",
    "start",
    "end",
    "is_word",
]

MAX_ABBREVIATION_ZIPF = 3.0  # a learned "abbreviation" this common in English is an ordinary word

# NLTK runs its own fixed patterns through ``nltk.redos``: the ``regex`` engine under a timeout, several times
# slower than ``re`` over the thousands of short matches Punkt and the word tokenizer make. On a pattern both accept,
# outside case-insensitive matching, the two engines (``regex`` in its re-compatible VERSION0) differ only in which
# characters ``\w``, ``\d`` and ``\s`` match (about 30,000 code points, combining marks and numerals of other
# scripts mostly; ``\b`` follows ``\w``): ``re`` knows no other character property. So NLTK's pattern sources,
# compiled by ``re``, find the same matches in a text on whose every character the engines agree; any other text
# goes through NLTK's own objects.
_RE_FLAGS = re.UNICODE | re.MULTILINE | re.DOTALL | re.VERBOSE
_VERSION0 = 0x2000  # regex.VERSION0: the re-compatible behaviour redos compiles with
_CLASSES = [(re.compile(c), redos.compile(c)) for c in (r"\w", r"\d", r"\s")]


def _plain(pattern):
    """``pattern`` (an NLTK pattern) compiled by ``re``; itself if case-insensitive (the engines fold case
    differently) or using a flag or syntax ``re`` lacks."""
    flags = pattern.flags & ~_VERSION0
    if flags & ~_RE_FLAGS:
        return pattern
    try:
        return re.compile(pattern.pattern, flags)
    except re.error:
        return pattern


def _engines_agree(text: str) -> bool:
    r"""Whether ``re`` and NLTK's engine put every character of ``text`` in the same classes ``\w``, ``\d``, ``\s``."""
    chars = "".join(set(text))
    return all(mine.findall(chars) == theirs.findall(chars) for mine, theirs in _CLASSES)


class _PlainPunktToken(PunktToken):
    """Punkt's token with its patterns compiled by ``re``."""

    __slots__ = ()
    _RE_ELLIPSIS = _plain(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _plain(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _plain(PunktToken._RE_INITIAL)
    _RE_ALPHA = _plain(PunktToken._RE_ALPHA)


class _PlainPunktVars(PunktLanguageVars):
    """Punkt's (English) language variables with their patterns compiled by ``re``, once."""

    __slots__ = ("_plain_period_context", "_plain_word_tokenizer")
    re_boundary_realignment = _plain(PunktLanguageVars.re_boundary_realignment)

    def __init__(self):
        self._plain_word_tokenizer = _plain(super()._word_tokenizer_re())
        self._plain_period_context = _plain(super().period_context_re())

    def _word_tokenizer_re(self):
        return self._plain_word_tokenizer

    def period_context_re(self):
        return self._plain_period_context


def _sieved(pattern):
    """``pattern`` compiled by ``re`` (:func:`_plain`) and skipped where it cannot match (:class:`Sieved`): most of
    the word tokenizer's thirty substitutions find nothing in a given sentence (no quote, bracket or "n't")."""
    plain = _plain(pattern)
    return Sieved(plain) if isinstance(plain, re.Pattern) else plain


def _plain_word_tokenizer() -> NLTKWordTokenizer:
    """An ``NLTKWordTokenizer`` whose substitution patterns (class attributes) are compiled by ``re`` and
    skipped where they cannot match (:func:`_sieved`); its method, and so every token, stays NLTK's."""
    tokenizer = NLTKWordTokenizer()
    for name in ("STARTING_QUOTES", "PUNCTUATION", "ENDING_QUOTES", "CONVERT_PARENTHESES"):
        setattr(tokenizer, name, [(_sieved(p), sub) for p, sub in getattr(NLTKWordTokenizer, name)])
    for name in ("PARENS_BRACKETS", "DOUBLE_DASHES"):
        pattern, sub = getattr(NLTKWordTokenizer, name)
        setattr(tokenizer, name, (_sieved(pattern), sub))
    for name in ("CONTRACTIONS2", "CONTRACTIONS3"):  # compiled by re already
        setattr(tokenizer, name, [_sieved(p) for p in getattr(NLTKWordTokenizer, name)])
    return tokenizer


_WORDS = NLTKWordTokenizer()
_PLAIN_WORDS = _plain_word_tokenizer()
_PUNKT_VARS = PunktLanguageVars()  # shared: an instance compiles its patterns on first use, so once
_PLAIN_PUNKT_VARS = _PlainPunktVars()


def abbreviations() -> frozenset[str]:
    """The shipped abbreviations (``data/abbreviations.txt``) Punkt is given besides those it learns."""
    return data_words("abbreviations.txt")


def sentence_tokenizer(texts: list[str]) -> PunktSentenceTokenizer:
    """A Punkt tokenizer trained (unsupervised) on ``texts`` with the package's abbreviations added.

    Meant for splitting ``texts`` (and parts of them): its patterns are compiled by ``re`` when that matches
    alike on their characters.
    """
    text = "\n\n".join(texts)
    if _engines_agree(text):
        lang_vars, token_cls = _PLAIN_PUNKT_VARS, _PlainPunktToken
    else:
        lang_vars, token_cls = _PUNKT_VARS, PunktToken
    trainer = PunktTrainer(lang_vars=lang_vars, token_cls=token_cls)
    trainer.train(text, finalize=True)
    params = trainer.get_params()
    learned = set(params.abbrev_types)
    params.abbrev_types.clear()
    params.abbrev_types.update(a for a in learned if "." in a or zipf_frequency(a, "en") < MAX_ABBREVIATION_ZIPF)
    params.abbrev_types.update(abbreviations())
    return PunktSentenceTokenizer(params, lang_vars=lang_vars, token_cls=token_cls)


def _is_word(token: str) -> bool:
    return token.isalnum() or any(ch.isalnum() for ch in token)  # the first test settles most tokens at C speed


def _word_tokenizer(text: str) -> NLTKWordTokenizer:
    """The word tokenizer for ``text`` (and parts of it): patterns compiled by ``re`` when that matches alike."""
    return _PLAIN_WORDS if _engines_agree(text) else _WORDS


def word_spans(text: str) -> list[tuple[int, int]]:
    """Token spans of ``text`` (Treebank conventions: ``Kazakhstan's`` -> ``Kazakhstan`` + ``'s``)."""
    return list(_word_tokenizer(text).span_tokenize(text))


def segment_sentences(paragraphs: pd.DataFrame, quotations: dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sentences (columns :data:`SENTENCE_COLUMNS`) and their tokens (:func:`tokens`), tokenizing once.

    Every paragraph except boilerplate is split. ``start``/``end`` are offsets in the cleaned
    paragraph text; ``n_tokens`` counts word tokens (with a letter or digit), punctuation excluded.
    ``quotations``: paragraph_id -> :class:`~.quotations.Quotation` s of a narration paragraph; each is
    split apart from the narration around it.
    """
    kept = [p for p in paragraphs.itertuples(index=False) if p.role != "boilerplate"]  # cheaper than a frame filter
    tokenizer = sentence_tokenizer([p.text for p in kept])
    rows = []
    for p in kept:
        for start, end, role, speaker in _pieces(p, (quotations or {}).get(p.paragraph_id, [])):
            for a, b in tokenizer.span_tokenize(p.text[start:end]):
                if not p.text[start + a : start + b].strip(" \"'.,;:-"):
                    continue  # the punctuation left between a quotation and its tag
                span = (p.text[start + a : start + b], start + a, start + b)
                rows.append((p.interview_id, len(rows), p.paragraph_id, p.turn_id, role, speaker, *span))
    sentences = table_of(rows, SENTENCE_COLUMNS[:-1], integers=("turn_id",))
    toks = tokens(sentences)
    word_sentences = toks.loc[toks["is_word"], "sentence_id"].to_numpy(dtype=int)
    sentences["n_tokens"] = np.bincount(word_sentences, minlength=len(sentences))  # sentence ids are 0, 1, ...
    return sentences, toks


_QUOTE_ROLE = {"interviewee": ("answer", "interviewee"), "other": ("quote", "other"), "unknown": ("quote", "unknown")}


def _pieces(p, quotes) -> list[tuple[int, int, str, str]]:
    """(start, end, role, speaker) of the pieces of paragraph ``p``: itself, or its narration and quotations."""
    if p.role != "narration" or not quotes:
        return [(0, len(p.text), p.role, p.speaker)]
    pieces, pos = [], 0
    for q in quotes:
        if q.start > pos:
            pieces.append((pos, q.start, p.role, p.speaker))
        pieces.append((q.start, q.end, *_QUOTE_ROLE[q.speaker]))
        pos = q.end
    if pos < len(p.text):
        pieces.append((pos, len(p.text), p.role, p.speaker))
    return pieces


def split_sentences(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The sentence table of :func:`segment_sentences`."""
    return segment_sentences(paragraphs)[0]


def tokens(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per token of ``sentences`` (columns :data:`TOKEN_COLUMNS`), in reading order.

    ``token_id`` runs over the whole interview; ``start``/``end`` are offsets in the cleaned
    paragraph, like the sentence's own; ``turn_id`` and ``role`` are the sentence's; ``is_word``
    is False for punctuation.
    """
    texts = sentences["text"].tolist()
    words = _word_tokenizer("".join(texts))
    spans = [list(words.span_tokenize(text)) for text in texts]
    token = [text[a:b] for text, pairs in zip(texts, spans) for a, b in pairs]
    if not token:
        return pd.DataFrame(columns=TOKEN_COLUMNS).astype({"turn_id": "Int64"})
    # built column by column, each token repeating its sentence's fields: faster than a tuple per token; the
    # columns are gathered first and made a DataFrame once (assigning each to a DataFrame costs more)
    per_sentence = [len(pairs) for pairs in spans]
    shared = ("interview_id", "sentence_id", "paragraph_id", "turn_id", "role")
    columns = {c: np.repeat(sentences[c].to_numpy(), per_sentence) for c in shared}
    columns["turn_id"] = sentences["turn_id"].array.take(np.repeat(np.arange(len(sentences)), per_sentence))
    offset = np.repeat(sentences["start"].to_numpy(dtype=int), per_sentence)
    columns["token_id"] = np.arange(len(token))
    columns["token"] = token
    columns["lower"] = [t.lower() for t in token]
    columns["start"] = offset + np.array([a for pairs in spans for a, _ in pairs], dtype=int)
    columns["end"] = offset + np.array([b for pairs in spans for _, b in pairs], dtype=int)
    columns["is_word"] = [_is_word(t) for t in token]
    return pd.DataFrame(columns)


@dataclass(frozen=True)
class SentenceTokens:
    """One sentence's tokens as plain lists, for passes that walk sentence by sentence."""

    sentence_id: int
    paragraph_id: int
    turn_id: object  # int, or pandas NA outside turns
    role: str
    text: str
    offset: int  # where the sentence starts in its cleaned paragraph
    token: list[str]
    lower: list[str]
    start: list[int]  # offsets in the cleaned paragraph
    end: list[int]
    token_id: list[int]
    is_word: list[bool]


def by_sentence(tokens_table: pd.DataFrame, sentences: pd.DataFrame) -> list[SentenceTokens]:
    """Group a token table (rows in reading order) into :class:`SentenceTokens`, one per sentence with tokens."""
    if tokens_table.empty:
        return []
    sid = tokens_table["sentence_id"].to_numpy()
    cuts = [0, *(np.flatnonzero(sid[1:] != sid[:-1]) + 1).tolist(), len(sid)]
    cols = {c: tokens_table[c].tolist() for c in ("token", "lower", "start", "end", "token_id", "is_word")}
    out = [(int(sid[a]), a, b) for a, b in pairwise(cuts)]
    meta = {
        k: dict(zip(sentences["sentence_id"].tolist(), sentences[k].tolist()))
        for k in ("paragraph_id", "turn_id", "role", "text", "start")
    }
    return [
        SentenceTokens(
            sentence_id=s,
            paragraph_id=meta["paragraph_id"][s],
            turn_id=meta["turn_id"][s],
            role=meta["role"][s],
            text=meta["text"][s],
            offset=meta["start"][s],
            **{c: values[a:b] for c, values in cols.items()},
        )
        for s, a, b in out
    ]
