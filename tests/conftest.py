from pathlib import Path

import pandas as pd
import pytest

from ombudsman_discourse import load_interview, paths
from ombudsman_discourse.sentences import by_sentence, segment_sentences

DATA = Path(__file__).parent / "data"
FIXTURES = {
    "qa_labels": DATA / "qa_labels.txt",
    "name_labels": DATA / "name_labels_cp1252_crlf.txt",
    "unlabelled": DATA / "unlabelled.txt",
    "markdown": DATA / "markdown_bold.md",
}


@pytest.fixture(scope="session")
def seed():
    return load_interview(paths.SEED_INTERVIEW)


@pytest.fixture(scope="session")
def fixtures():
    return {name: load_interview(path) for name, path in FIXTURES.items()}


def toy_sentences(*texts: str, role: str = "answer"):
    """Sentences and tokens of one toy paragraph per text, as the keyword stage sees them."""
    paragraphs = pd.DataFrame(
        {
            "interview_id": "toy",
            "paragraph_id": range(len(texts)),
            "turn_id": 1,
            "role": role,
            "speaker": "interviewee",
            "text": list(texts),
        }
    )
    sentences, tokens = segment_sentences(paragraphs)
    return sentences, tokens, by_sentence(tokens, sentences)
