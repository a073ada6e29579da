"""The project's folders, derived from this file so nothing depends on the working directory."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
RESULTS = ROOT / "results"
FIGURES = ROOT / "figures"
NOTEBOOKS = ROOT / "notebooks"
REPORT = ROOT / "report"
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


def results_dir(interview_id: str) -> Path:
    return RESULTS / interview_id


def figures_dir(interview_id: str) -> Path:
    return FIGURES / interview_id


def report_dir(interview_id: str) -> Path:
    return REPORT / interview_id
