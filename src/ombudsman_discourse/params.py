"""The analysis parameters: one object shared by the command line, every notebook and the findings.

:class:`Params` holds the keyword thresholds and reference size (:class:`KeywordParams`), the figure
options (:class:`FigureParams`) and the codebook to code claims with. Changes are given by flat names
(``{"min_g2": 10.83, "arc_window": 7}``): a notebook's ``PARAMS``, ``make report PARAMS="min_g2=10.83"``
and ``analyze --param min_g2=10.83`` all go through :meth:`Params.with_changes`, so the values a report
was made with are the same in every notebook and in the command line's tables.
"""

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from .errors import ParameterError


@dataclass(frozen=True)
class KeywordParams:
    """Thresholds of the keyword stage (defaults after Gabrielatos 2018 and UCREL's guidance)."""

    min_g2: float = 15.13  # p < .0001 at df = 1
    min_log_ratio: float = 1.0  # twice as frequent as in general English
    min_freq: int = 3  # occurrences in the answers
    # tokens assumed for the wordfreq reference: its resolution (reference.WORDFREQ_RESOLUTION) is 10 of them
    reference_size: float = 1_000_000_000
    collocation_min_freq: int = 2
    collocate_span: int = 5  # words either side of the node
    collocate_min_freq: int = 2
    mattr_window: int = 100
    top_keywords: int = 12  # content keywords whose dispersion is measured and plotted
    dispersion_part: str = "paragraph_id"
    compare_min_g2: float = 3.84  # keyness of one interview against the others (compare): p < .05
    # Negative keywords (Baker 2004) at p < .01 rather than 15.13: in a short text expected counts are small;
    # a word absent from 1,500 tokens has G2 of about twice its expected count, so only the dozen commonest
    # English words could ever reach 15.13. Log Ratio must also be at or below -min_log_ratio.
    negative_min_g2: float = 6.63
    negative_candidates: int = 300  # wordfreq's commonest words tested besides the answers' own


@dataclass(frozen=True)
class FigureParams:
    """How figures are drawn and saved."""

    dpi: int = 150  # pixels per inch of the PNG files (displayed at 100 per inch)
    svg: bool = True  # an SVG copy beside every PNG, for print
    keyness_top: int = 20  # words in the keyness figure
    arc_window: int = 5  # sentences in the moving mean of the evaluation arc


@dataclass(frozen=True)
class Params:
    keywords: KeywordParams = KeywordParams()
    figures: FigureParams = FigureParams()
    codebook: str | None = None  # a folder with codebook.yml and cues.yml; None: the package's codebook

    def with_changes(self, changes: Mapping[str, object] | None) -> "Params":
        """A copy with ``changes`` (flat names such as ``min_g2`` or ``arc_window``) applied.

        An unknown name or a value of the wrong type raises :class:`~.errors.ParameterError` naming it.
        """
        groups: dict[str, dict] = {"keywords": {}, "figures": {}, "": {}}
        for name, value in (changes or {}).items():
            group = _GROUP_OF.get(name)
            if group is None:
                raise ParameterError(f"unknown parameter '{name}' (known: {', '.join(sorted(_GROUP_OF))})")
            groups[group][name] = _checked(name, value)
        return replace(
            self,
            keywords=replace(self.keywords, **groups["keywords"]),
            figures=replace(self.figures, **groups["figures"]),
            **groups[""],
        )

    def values(self) -> dict[str, object]:
        """Every parameter by its flat name, in a fixed order."""
        out = {f.name: getattr(self.keywords, f.name) for f in fields(KeywordParams)}
        out |= {f.name: getattr(self.figures, f.name) for f in fields(FigureParams)}
        out["codebook"] = self.codebook
        return out

    def table(self):
        """Every parameter as a table: ``parameter``, ``value``, ``default`` (values as text)."""
        import pandas as pd

        default = Params().values()
        values = self.values()
        return pd.DataFrame(
            {
                "parameter": list(values),
                "value": [str(v) for v in values.values()],
                "default": [str(default[k]) for k in values],
            }
        )

    def changed(self) -> dict[str, object]:
        """The parameters that differ from the defaults."""
        default = Params().values()
        return {k: v for k, v in self.values().items() if v != default[k]}


_GROUP_OF = {f.name: "keywords" for f in fields(KeywordParams)}
_GROUP_OF |= {f.name: "figures" for f in fields(FigureParams)}
_GROUP_OF["codebook"] = ""
_TYPE_OF = {f.name: f.type.__name__ for cls in (KeywordParams, FigureParams) for f in fields(cls)}


def _checked(name: str, value: object) -> object:
    if name == "codebook":
        if value is not None and not isinstance(value, str):
            raise ParameterError(f"parameter 'codebook' must be a folder path, got {value!r}")
        return value
    kind = _TYPE_OF[name]
    ok = {
        "float": isinstance(value, int | float) and not isinstance(value, bool),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "str": isinstance(value, str),
    }[kind]
    if not ok:
        raise ParameterError(f"parameter '{name}' must be of type {kind}, got {value!r}")
    return float(value) if kind == "float" else value


def parse_changes(items: list[str] | None) -> dict[str, object]:
    """``["min_g2=10.83", "svg=false"]`` (command-line form) as a mapping, values read as YAML scalars."""
    import yaml

    changes = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ParameterError(f"parameter '{item}' must be written NAME=VALUE")
        changes[name.strip()] = yaml.safe_load(value)
    return changes


DEFAULT_PARAMS = Params()
