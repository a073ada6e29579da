"""Sentences and tokens of the cleaned paragraphs, with offsets back into each paragraph.

Sentences: NLTK's Punkt (Kiss & Strunk 2006) trained on the interview itself, plus a list of
common abbreviations (``data/abbreviations.txt``): no NLTK data package is needed. On a text of a few
hundred words Punkt learns ordinary words as abbreviations ("not", "war") and then joins two sentences;
a learned abbreviation is kept only when it is no ordinary English word (wordfreq's Zipf frequency below
``MAX_ABBREVIATION_ZIPF``) or holds a full stop itself ("u.s").
In a news report, a paragraph of narration is split at its quotations first: the interviewee's quoted
words become sentences of their own (role ``answer``), other speakers' words role ``quote``.
Tokens: NLTK's Treebank-style ``NLTKWordTokenizer``, spans kept.
"""

from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import pandas as pd
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer
from wordfreq import zipf_frequency

from ..paths import data_words

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

_WORDS = NLTKWordTokenizer()
MAX_ABBREVIATION_ZIPF = 3.0  # a learned "abbreviation" this common in English is an ordinary word


def abbreviations() -> frozenset[str]:
    """The shipped abbreviations (``data/abbreviations.txt``) Punkt is given besides those it learns."""
    return data_words("abbreviations.txt")


def sentence_tokenizer(texts: list[str]) -> PunktSentenceTokenizer:
    """A Punkt tokenizer trained (unsupervised) on ``texts`` with the package's abbreviations added."""
    trainer = PunktTrainer()
    trainer.train("\n\n".join(texts), finalize=True)
    params = trainer.get_params()
    learned = set(params.abbrev_types)
    params.abbrev_types.clear()
    params.abbrev_types.update(a for a in learned if "." in a or zipf_frequency(a, "en") < MAX_ABBREVIATION_ZIPF)
    params.abbrev_types.update(abbreviations())
    return PunktSentenceTokenizer(params)


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def word_spans(text: str) -> list[tuple[int, int]]:
    """Token spans of ``text`` (Treebank conventions: ``Kazakhstan's`` -> ``Kazakhstan`` + ``'s``)."""
    return list(_WORDS.span_tokenize(text))


def segment_sentences(paragraphs: pd.DataFrame, quotations: dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sentences (columns :data:`SENTENCE_COLUMNS`) and their tokens (:func:`tokens`), tokenizing once.

    Every paragraph except boilerplate is split. ``start``/``end`` are offsets in the cleaned
    paragraph text; ``n_tokens`` counts word tokens (with a letter or digit), punctuation excluded.
    ``quotations``: paragraph_id -> :class:`~.quotations.Quotation` s of a narration paragraph; each is
    split apart from the narration around it.
    """
    kept = paragraphs[paragraphs["role"] != "boilerplate"]
    tokenizer = sentence_tokenizer(kept["text"].tolist())
    rows = []
    for p in kept.itertuples(index=False):
        for start, end, role, speaker in _pieces(p, (quotations or {}).get(p.paragraph_id, [])):
            for a, b in tokenizer.span_tokenize(p.text[start:end]):
                if not p.text[start + a : start + b].strip(" \"'.,;:-"):
                    continue  # the punctuation left between a quotation and its tag
                rows.append(
                    {
                        "interview_id": p.interview_id,
                        "sentence_id": len(rows),
                        "paragraph_id": p.paragraph_id,
                        "turn_id": p.turn_id,
                        "role": role,
                        "speaker": speaker,
                        "text": p.text[start + a : start + b],
                        "start": start + a,
                        "end": start + b,
                    }
                )
    sentences = pd.DataFrame(rows, columns=SENTENCE_COLUMNS[:-1])
    sentences["turn_id"] = sentences["turn_id"].astype("Int64")
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
    spans = [word_spans(text) for text in texts]
    token = [text[a:b] for text, pairs in zip(texts, spans) for a, b in pairs]
    if not token:
        return pd.DataFrame(columns=TOKEN_COLUMNS).astype({"turn_id": "Int64"})
    # built column by column, each token repeating its sentence's fields: faster than a tuple per token
    per_sentence = [len(pairs) for pairs in spans]
    shared = ("interview_id", "sentence_id", "paragraph_id", "turn_id", "role")
    out = pd.DataFrame({c: np.repeat(sentences[c].to_numpy(), per_sentence) for c in shared})
    offset = np.repeat(sentences["start"].to_numpy(dtype=int), per_sentence)
    out["token_id"] = np.arange(len(token))
    out["token"] = token
    out["lower"] = [t.lower() for t in token]
    out["start"] = offset + np.array([a for pairs in spans for a, _ in pairs], dtype=int)
    out["end"] = offset + np.array([b for pairs in spans for _, b in pairs], dtype=int)
    out["is_word"] = [_is_word(t) for t in token]
    out["turn_id"] = out["turn_id"].astype("Int64")
    return out


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
