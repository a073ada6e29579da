"""Figure files: saving a figure byte-stably, and showing a saved file in a notebook."""

from pathlib import Path

import matplotlib
from matplotlib.figure import Figure

from ..output import staged
from .figure_registry import FIGURE_INFO
from .figure_style import STYLE


def save_figure(fig: Figure, path: str | Path, dpi: int = 150, svg_copy: bool = True) -> Path:
    """Save ``fig`` byte-stably and atomically; return ``path``.

    The format follows the suffix (``.png`` or ``.svg``). A PNG (for screens, notebooks and the README)
    gets an SVG copy beside it (for print) unless ``svg_copy`` is false. No timestamp or software version
    goes into either file, and SVG element ids come from the fixed ``svg.hashsalt`` of :data:`STYLE`, so
    saving the same figure twice gives the same bytes. Every file is rendered to a temporary name first,
    so a failure leaves the previous files in place.
    """
    path = Path(path)
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in ("png", "svg"):
        raise ValueError(f"figure path must end in .png or .svg: {path}")
    targets = [path] + ([path.with_suffix(".svg")] if fmt == "png" and svg_copy else [])
    with staged(targets) as temporary, matplotlib.rc_context(STYLE):
        for tmp, target in zip(temporary, targets):
            kind = target.suffix.lstrip(".").lower()
            metadata = {"Software": None} if kind == "png" else {"Date": None, "Creator": None}
            fig.savefig(tmp, format=kind, dpi=dpi, metadata=metadata)
    return path


def figure_image(path: str | Path, dpi: int = 150):
    """The saved PNG at ``path`` as a notebook image, so the notebook shows exactly the file it cites.

    It is displayed at 100 pixels per figure inch, the size the figure was designed at (its ``dpi``
    pixels per inch keep it sharp on high-density screens), with the figure's description from
    :data:`FIGURE_INFO` as alternative text.
    """
    from IPython.display import Image  # only notebooks need IPython

    path = Path(path)
    data = path.read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValueError(f"not a PNG file: {path}")
    width = int.from_bytes(data[16:20], "big")  # the IHDR chunk always comes first
    alt = FIGURE_INFO.get(path.name, ("", f"Figure {path.name}"))[1]
    return Image(data=data, format="png", width=round(width * 100 / dpi), alt=alt)
