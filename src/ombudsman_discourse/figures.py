"""One figure style, and one helper that saves figures byte-stably."""

import functools
import os
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # headless: figures are files; notebooks display the returned Figure

from matplotlib.figure import Figure

# Okabe & Ito (2008) colour-blind-safe palette
PALETTE = {
    "question": "#E69F00",
    "answer": "#0072B2",
    "title": "#000000",
    "lead": "#009E73",
    "byline": "#56B4E9",
    "caption": "#CC79A7",
    "boilerplate": "#999999",
}
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "ombudsman-discourse",
    "path.simplify": True,
}


def styled(plot):
    """Decorator: draw the whole figure under :data:`STYLE` (rcParams apply when artists are made)."""

    @functools.wraps(plot)
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context(STYLE):
            return plot(*args, **kwargs)

    return wrapper


def new_figure(width: float = 8.0, height: float = 4.0) -> Figure:
    """A Figure not registered with pyplot, so a notebook shows it once, as the value it is."""
    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def source_line(fig: Figure, interview_id: str) -> None:
    fig.text(0.995, 0.005, f"Source: interview {interview_id}", ha="right", va="bottom", fontsize=7, color="#555555")


def save_figure(fig: Figure, path: str | Path, dpi: int = 150) -> Path:
    """Save ``fig`` as PNG (or SVG by suffix) with no timestamp or version in its metadata, atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fmt = path.suffix.lstrip(".").lower()
    metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        with matplotlib.rc_context(STYLE):
            fig.savefig(tmp, format=fmt, dpi=dpi, metadata=metadata)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
