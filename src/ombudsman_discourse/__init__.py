"""ombudsman-discourse: computational discourse analysis of interviews with human-rights ombudsmen.

The stages mirror the notebooks, one subpackage each: :mod:`.text` (notebook 01: a file to an
:class:`Interview`), :mod:`.keywords` (02), :mod:`.claims` (03), :mod:`.framing` (04), :mod:`.report`
(05: findings, figure style and files, the HTML export) and :mod:`.corpus` (many interviews compared).
:class:`Params` holds every analysis parameter; :mod:`.output` is the one writer.

The small API, imported on first use so that ``import ombudsman_discourse`` stays cheap:

- :func:`load_interview` (path, sidecar) -> :class:`Interview`, whose tables every later stage reads;
- :func:`keyword_tables`, :func:`claim_tables`, :func:`framing_tables` -> dicts of tables by file stem;
- :func:`report_findings` -> the findings of notebook 06;
- :func:`analyze` -> every stage of one file, tables and figures written;
- :func:`compare` -> many interviews side by side.
"""

from importlib import import_module

__version__ = "0.1.0"

_API = {
    "load_interview": "text.interview",
    "Interview": "text.interview",
    "keyword_tables": "keywords.stage",
    "claim_tables": "claims.stage",
    "framing_tables": "framing.stage",
    "report_findings": "report.findings",
    "analyze": "analysis",
    "run_analysis": "analysis",
    "compare": ("corpus.compare", "compare_interviews"),
    "Params": "params",
    "UnusableInputError": "errors",
}
__all__ = sorted(_API)


def __getattr__(name: str):
    target = _API.get(name)
    if target is None:
        raise AttributeError(f"module 'ombudsman_discourse' has no attribute {name!r}")
    module, attribute = target if isinstance(target, tuple) else (target, name)
    value = getattr(import_module(f".{module}", __name__), attribute)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])
