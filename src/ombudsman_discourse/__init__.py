"""ombudsman-discourse: computational discourse analysis of interviews with human-rights ombudsmen.

Start with :func:`load_interview`; it returns an :class:`Interview` whose tables
(``paragraphs``, ``sentences``, ``cleaning_log``, ``editorial_insertions``, ``glossary``)
every later stage reads. :func:`tokens` gives the tokens of a sentence table, and
:func:`keyword_tables` runs the keyword stage (notebook 02).
"""

from .audit import unaccounted
from .errors import UnusableInputError
from .figure_set import figure_image
from .figures import save_figure
from .keyword_stage import KeywordParams, keyword_tables
from .pipeline import Interview, load_interview
from .sentences import tokens

__all__ = [
    "Interview",
    "KeywordParams",
    "UnusableInputError",
    "figure_image",
    "keyword_tables",
    "load_interview",
    "save_figure",
    "tokens",
    "unaccounted",
]
__version__ = "0.1.0"
