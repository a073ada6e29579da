from pathlib import Path

import pytest

from ombudsman_discourse import load_interview, paths

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
