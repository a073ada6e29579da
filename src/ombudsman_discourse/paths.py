"""Where outputs go and where the package's own data files are.

Outputs are rooted at the folder the caller names (``--out``, a notebook's ``OUTPUT``), else at the
folder named by the environment variable ``OMBUDSMAN_DISCOURSE_OUTPUT``, else at the current directory:
``results/<interview_id>/`` for tables, ``figures/<interview_id>/`` for figures and
``report/<interview_id>/`` for the HTML report. Nothing depends on where the package is installed; its
data files (word lists, codebook, boilerplate patterns, templates) are read with :mod:`importlib.resources`.
"""

import os
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

OUTPUT_VARIABLE = "OMBUDSMAN_DISCOURSE_OUTPUT"


def output_root(root: str | Path | None = None) -> Path:
    """``root`` if given, else ``$OMBUDSMAN_DISCOURSE_OUTPUT`` if set, else the current directory."""
    if root is not None:
        return Path(root)
    return Path(os.environ.get(OUTPUT_VARIABLE) or ".")


def results_dir(interview_id: str, root: str | Path | None = None) -> Path:
    return output_root(root) / "results" / interview_id


def figures_dir(interview_id: str, root: str | Path | None = None) -> Path:
    return output_root(root) / "figures" / interview_id


def report_dir(interview_id: str, root: str | Path | None = None) -> Path:
    return output_root(root) / "report" / interview_id


def relative(path: str | Path, root: str | Path | None = None) -> str:
    """``path`` relative to the output root when inside it, else its file name: output that names files
    carries no machine-specific folder."""
    path, base = Path(path).resolve(), output_root(root).resolve()
    return path.relative_to(base).as_posix() if path.is_relative_to(base) else path.name


def data(*parts: str) -> Traversable:
    """A file or folder of the package's ``data/`` (``data("codebook", "cues.yml")``)."""
    return files("ombudsman_discourse").joinpath("data", *parts)


def data_text(*parts: str) -> str:
    """The UTF-8 text of a package data file."""
    return data(*parts).read_text(encoding="utf-8")


@cache
def data_words(name: str) -> frozenset[str]:
    """A word list shipped in ``data/`` (one entry per line, ``#`` comments and blank lines skipped).

    The one loader of the package's lists: ``stopwords.txt``, ``abbreviations.txt``, ``rights_modifiers.txt``.
    """
    lines = data_text(name).splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def load_yaml(text: str):
    """``yaml.safe_load`` through libyaml when PyYAML was built with it (ten times faster on a sidecar with a
    record), else PyYAML's own safe loader: the same documents load to the same values."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
