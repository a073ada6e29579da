import pandas as pd

from ombudsman_discourse.sentences import split_sentences, tokens


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
