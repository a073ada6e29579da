from pathlib import Path

import pandas as pd
import pytest

from ombudsman_discourse import load_interview
from ombudsman_discourse.text.sentences import by_sentence, segment_sentences

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_f6497625efb25940.txt"
NOTEBOOKS = ROOT / "notebooks"
DATA = Path(__file__).parent / "data"
FIXTURES = {
    "qa_labels": DATA / "qa_labels.txt",
    "name_labels": DATA / "name_labels_cp1252_crlf.txt",
    "unlabelled": DATA / "unlabelled.txt",
    "markdown": DATA / "markdown_bold.md",
    "html": DATA / "html_page.html",
}
# The roles a careful reader gives these fixtures' paragraphs (paragraph counts per role).
FIXTURE_ROLES = {
    "qa_labels": {"title": 1, "byline": 1, "lead": 1, "question": 3, "answer": 4, "boilerplate": 2},
    "name_labels": {"title": 1, "lead": 1, "question": 2, "answer": 3},
    "unlabelled": {"title": 1, "lead": 1, "question": 2, "caption": 1, "answer": 3, "boilerplate": 1},
    "markdown": {"title": 1, "byline": 1, "lead": 1, "question": 2, "answer": 3, "boilerplate": 1},
    "html": {"title": 1, "byline": 1, "lead": 1, "caption": 1, "question": 3, "answer": 5, "boilerplate": 1},
}
# Pages in the layouts of published interviews (tests/data/README.md), each with a careful reader's reading,
# paragraph by paragraph, in NAME.roles; most have no sidecar, as pages people bring do not.
LAYOUT_FIXTURES = {path.stem: path for path in sorted(DATA.glob("*.txt")) if path.with_suffix(".roles").is_file()}
EXPECTED_LAYOUT = {
    "clutter_page": "unlabelled",
    "dash_dialogue": "dash_dialogue",
    "dash_spaced": "dash_dialogue",
    "first_turn_labels": "name_labels",
    "greetings_unlabelled": "unlabelled",
    "hyphen_answers_only": "dash_dialogue",
    "missed_question": "unlabelled",
    "name_labels_unicode": "name_labels",
    "one_per_line": "unlabelled",
    "reported_mixed": "dash_dialogue",
    "reported_speech": "reported_speech",
    "single_question": "unlabelled",
}


@pytest.fixture(scope="session")
def seed():
    return load_interview(SEED)


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


@pytest.fixture(scope="session")
def seed_analysis(seed):
    """Every stage of the seed with the default parameters (:func:`ombudsman_discourse.run_analysis`)."""
    from ombudsman_discourse import run_analysis

    return run_analysis(seed)


@pytest.fixture(scope="session")
def seed_tables(seed_analysis):
    return seed_analysis.tables
