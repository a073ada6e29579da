import pandas as pd

from ombudsman_discourse.text.sentences import TOKEN_COLUMNS, split_sentences, tokens, word_spans


def paragraphs(texts, roles=None):
    roles = roles or ["answer"] * len(texts)
    return pd.DataFrame(
        {
            "interview_id": "toy",
            "paragraph_id": range(len(texts)),
            "turn_id": [1] * len(texts),
            "role": roles,
            "speaker": "interviewee",
            "text": texts,
        }
    )


def test_three_short_sentences_with_offsets_and_counts():
    text = "We visited 12 prisons. Dr. Smith led the visits. Was it enough?"
    s = split_sentences(paragraphs([text]))
    assert s["text"].tolist() == ["We visited 12 prisons.", "Dr. Smith led the visits.", "Was it enough?"]
    assert all(text[a:b] == t for a, b, t in zip(s["start"], s["end"], s["text"]))
    assert s["n_tokens"].tolist() == [4, 5, 3]


def test_boilerplate_is_not_split():
    s = split_sentences(paragraphs(["Real words here.", "Subscribe now."], roles=["answer", "boilerplate"]))
    assert s["paragraph_id"].tolist() == [0]


def test_tokens_point_into_the_paragraph():
    text = "Kazakhstan's law, adopted in 2014."
    s = split_sentences(paragraphs(["Intro sentence here.", text]))
    t = tokens(s)
    mine = t[t["paragraph_id"] == 1]
    assert mine["token"].tolist() == ["Kazakhstan", "'s", "law", ",", "adopted", "in", "2014", "."]
    assert all(text[a:b] == tok for a, b, tok in zip(mine["start"], mine["end"], mine["token"]))
    assert mine["is_word"].tolist() == [True, True, True, False, True, True, True, False]
    assert t["token_id"].tolist() == list(range(len(t)))


def tokens_one_by_one(sentences):
    """The token table built a row per token, the plain definition :func:`tokens` speeds up."""
    rows = []
    for s in sentences.itertuples(index=False):
        for a, b in word_spans(s.text):
            token = s.text[a:b]
            is_word = any(ch.isalnum() for ch in token)
            sentence = (s.interview_id, s.sentence_id, s.paragraph_id, s.turn_id, s.role)
            rows.append((*sentence, len(rows), token, token.lower(), s.start + a, s.start + b, is_word))
    out = pd.DataFrame(rows, columns=TOKEN_COLUMNS)
    out["turn_id"] = out["turn_id"].astype("Int64")
    return out


def test_token_table_is_the_same_built_column_by_column(seed, fixtures):
    for interview in [seed, *fixtures.values()]:
        pd.testing.assert_frame_equal(tokens(interview.sentences), tokens_one_by_one(interview.sentences))
    none = seed.sentences.iloc[:0]
    pd.testing.assert_frame_equal(tokens(none), tokens_one_by_one(none))


def test_n_tokens_counts_each_sentences_word_tokens(seed):
    words = seed.tokens[seed.tokens["is_word"]].groupby("sentence_id").size()
    expected = seed.sentences["sentence_id"].map(words).fillna(0).astype(int)
    pd.testing.assert_series_equal(seed.sentences["n_tokens"], expected, check_names=False)


def test_ordinary_words_punkt_learns_as_abbreviations_are_dropped():
    """On a short text Punkt learns "not" and "on" as abbreviations (each stands before a full stop followed by a
    lowercase word); they are ordinary English words, so they go, while "u.s", with a stop of its own, stays."""
    from nltk.tokenize.punkt import PunktTrainer

    from ombudsman_discourse.text.sentences import sentence_tokenizer

    text = "Some say the law works, others say not. now it is clear. " * 3
    text += "The war goes on. in the east it is worse. The U.S. and the U.K. signed. "
    trainer = PunktTrainer()
    trainer.train(text, finalize=True)
    assert {"not", "on", "u.s"} <= trainer.get_params().abbrev_types  # what Punkt alone learns
    kept = sentence_tokenizer([text])._params.abbrev_types
    assert "not" not in kept and "on" not in kept and {"u.s", "u.k", "mr"} <= kept
    spans = sentence_tokenizer([text]).tokenize("Some say the law works, others say not. Now it is clear.")
    assert len(spans) == 2


def test_word_spans_are_nltks_own(seed, fixtures):
    """The word tokenizer runs NLTK's patterns compiled by ``re`` and skips those that cannot match; every
    sentence of the seed and the fixtures, and sentences made of what the patterns look for, get NLTK's spans."""
    from nltk.tokenize import NLTKWordTokenizer

    crafted = [
        '"We can\'t," she said -- and they didn\'t (not once).',
        "It's the Ombudsman's report... Isn't it? Gimme a sec; we're gonna see: 'tis done.",
        "Cannot; wanna ``quote'' here, [bracket] {brace} <angle> & 50% #tag @name $5.",
        "The İstanbul office and the Iſland — dashes – and ellipses…",
        "“Curly quotes” and ‘single’ ones, «guillemets» too.",
    ]
    texts = [*crafted, *(t for i in [seed, *fixtures.values()] for t in i.sentences["text"])]
    nltk_own = NLTKWordTokenizer()
    for text in texts:
        assert word_spans(text) == list(nltk_own.span_tokenize(text)), text
