"""The figures' one style: colours, fonts, sizes, and the helpers every plotting function uses.

Figures are built as :class:`matplotlib.figure.Figure` objects, never through pyplot, and the style is
applied with a context around each plotting function: nothing here changes the user's matplotlib backend
or settings.
"""

import functools

import matplotlib
from matplotlib.figure import Figure

# Okabe & Ito (2008) colour-blind-safe palette
PALETTE = {
    "question": "#E69F00",
    "answer": "#0072B2",
    "title": "#000000",
    "lead": "#009E73",
    "byline": "#56B4E9",
    "caption": "#CC79A7",
    "narration": "#D55E00",
    "boilerplate": "#999999",
}
# Okabe & Ito colours in a fixed order, for categories without a colour of their own
SEQUENCE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
# p-value bands of G2, light (not significant) to dark (p < .0001)
BAND_COLOURS = {
    "n.s.": "#D9D9D9",
    "p < .05": "#C6DBEF",
    "p < .01": "#6BAED6",
    "p < .001": "#2171B5",
    "p < .0001": "#08306B",
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


def message_figure(fig: Figure, text: str) -> Figure:
    """Put a sentence saying why in place of a chart that would be empty."""
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=10, wrap=True)
    return fig


def source_line(fig: Figure, interview_id: str) -> None:
    """A short source line at the bottom right, with room kept for it below the axes.

    Call it last: the room is computed from the figure's final height.
    """
    bottom = 0.18 / fig.get_figheight()
    fig.get_layout_engine().set(rect=(0, bottom, 1, 1 - bottom))
    fig.text(0.995, 0.01, f"Source: interview {interview_id}", ha="right", va="bottom", fontsize=7, color="#555555")
