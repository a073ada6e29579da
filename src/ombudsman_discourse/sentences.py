"""Sentences and tokens of the cleaned paragraphs, with offsets back into each paragraph.

Sentences: NLTK's Punkt (Kiss & Strunk 2006) trained on the interview itself, plus a list of
common abbreviations (``data/abbreviations.txt``): no NLTK data package is needed.
Tokens: NLTK's Treebank-style ``NLTKWordTokenizer``, spans kept.
"""

from functools import lru_cache

import pandas as pd
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer

from .paths import DATA

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
TOKEN_COLUMNS = ["interview_id", "sentence_id", "paragraph_id", "token_id", "token", "lower", "start", "end", "is_word"]

_WORDS = NLTKWordTokenizer()


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    lines = (DATA / "abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def sentence_tokenizer(texts: list[str]) -> PunktSentenceTokenizer:
    """A Punkt tokenizer trained (unsupervised) on ``texts`` with the package's abbreviations added."""
    trainer = PunktTrainer()
    trainer.train("\n\n".join(texts), finalize=True)
    params = trainer.get_params()
    params.abbrev_types.update(abbreviations())
    return PunktSentenceTokenizer(params)


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def word_spans(text: str) -> list[tuple[int, int]]:
    """Token spans of ``text`` (Treebank conventions: ``Kazakhstan's`` -> ``Kazakhstan`` + ``'s``)."""
    return list(_WORDS.span_tokenize(text))


def split_sentences(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of every non-boilerplate paragraph (columns :data:`SENTENCE_COLUMNS`).

    ``start``/``end`` are offsets in the cleaned paragraph text; ``n_tokens`` counts word
    tokens (those with a letter or digit), punctuation excluded.
    """
    kept = paragraphs[paragraphs["role"] != "boilerplate"]
    tokenizer = sentence_tokenizer(kept["text"].tolist())
    rows = []
    for p in kept.itertuples(index=False):
        for start, end in tokenizer.span_tokenize(p.text):
            sentence = p.text[start:end]
            rows.append(
                {
                    "interview_id": p.interview_id,
                    "sentence_id": len(rows),
                    "paragraph_id": p.paragraph_id,
                    "turn_id": p.turn_id,
                    "role": p.role,
                    "speaker": p.speaker,
                    "text": sentence,
                    "start": start,
                    "end": end,
                    "n_tokens": sum(_is_word(sentence[a:b]) for a, b in word_spans(sentence)),
                }
            )
    out = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    out["turn_id"] = out["turn_id"].astype("Int64")
    return out


def tokens(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per token of ``sentences`` (columns :data:`TOKEN_COLUMNS`), in reading order.

    ``token_id`` runs over the whole interview; ``start``/``end`` are offsets in the cleaned
    paragraph, like the sentence's own; ``is_word`` is False for punctuation.
    """
    rows = []
    for s in sentences.itertuples(index=False):
        for a, b in word_spans(s.text):
            token = s.text[a:b]
            rows.append(
                (
                    s.interview_id,
                    s.sentence_id,
                    s.paragraph_id,
                    len(rows),
                    token,
                    token.lower(),
                    s.start + a,
                    s.start + b,
                    _is_word(token),
                )
            )
    return pd.DataFrame(rows, columns=TOKEN_COLUMNS)
