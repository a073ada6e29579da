"""The project's folders, derived from this file so nothing depends on the working directory.

Tables, figures and the HTML report go under the project root (``results/``, ``figures/``,
``report/``), or under the folder named by the environment variable ``OMBUDSMAN_DISCOURSE_OUTPUT``
when it is set (the tests use it so that reports of other interviews stay out of the checkout).
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
NOTEBOOKS = ROOT / "notebooks"
DATA = Path(__file__).resolve().parent / "data"

SEED_INTERVIEW = SEEDS / "000_f6497625efb25940.txt"


def resolve(path: str | Path) -> Path:
    """Return ``path`` as given if absolute, else relative to the project root."""
    path = Path(path)
    return path if path.is_absolute() else ROOT / path


def relative(path: str | Path) -> str:
    """Return ``path`` relative to the project root when inside it (for outputs without absolute paths)."""
    path = Path(path).resolve()
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.name


OUTPUT_VARIABLE = "OMBUDSMAN_DISCOURSE_OUTPUT"


def _output_root() -> Path:
    override = os.environ.get(OUTPUT_VARIABLE)
    return Path(override) if override else ROOT


def results_dir(interview_id: str) -> Path:
    return _output_root() / "results" / interview_id


def figures_dir(interview_id: str) -> Path:
    return _output_root() / "figures" / interview_id


def report_dir(interview_id: str) -> Path:
    return _output_root() / "report" / interview_id
