"""Execute the notebook sequence and export the HTML report (``make report``).

Without ``--interview`` (or with the seed and no other option) the committed notebooks are executed in
place, for the seed. With ``--interview PATH`` (or ``--meta``, ``--gold``, ``--param``) the same notebooks
run for that interview: the values are written into a cell after each notebook's ``parameters`` cell (as
papermill does, and with the same tag, ``injected-parameters``), the same values in every notebook, and
the executed copies go to ``report/<interview_id>/notebooks/``; the committed notebooks stay as they are.
Tables and figures go to ``results/<interview_id>/`` and ``figures/<interview_id>/`` either way, and the
HTML report to ``report/<interview_id>/``, all under the output root (the project folder, or
``$OMBUDSMAN_DISCOURSE_OUTPUT``).

Every run is byte-stable: no execution timings, no random cell ids, metadata reduced to what does not vary
between machines. Input that cannot be analysed ends with one line on stderr and exit status 2, before any
notebook runs.
"""

import argparse
import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell

from ombudsman_discourse import paths
from ombudsman_discourse.errors import UnusableInputError
from ombudsman_discourse.output import staged
from ombudsman_discourse.params import Params, parse_changes
from ombudsman_discourse.report.html_export import export_report, report_title
from ombudsman_discourse.text.interview import load_interview

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
SEED = ROOT / "seeds" / "000_f6497625efb25940.txt"
STABLE_METADATA = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {"name": "python", "pygments_lexer": "ipython3"},
}


def execute(source: Path, target: Path, parameters: dict | None = None) -> None:
    """Run the notebook ``source`` in its own folder and write it, executed, to ``target``.

    ``parameters``: values set in a cell inserted after the ``parameters`` cell (None: run as committed).
    """
    nb = nbformat.read(source, as_version=4)
    if parameters is not None:
        tagged = [i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", [])]
        if not tagged:
            raise SystemExit(f"run_notebooks: error: {source.name} has no cell tagged 'parameters'")
        lines = ["# Parameters of this run (the same in every notebook of the report)"]
        lines += [f"{name} = {value!r}" for name, value in parameters.items()]
        cell = new_code_cell("\n".join(lines), id="injected-parameters", metadata={"tags": ["injected-parameters"]})
        nb.cells.insert(tagged[0] + 1, cell)
    client = NotebookClient(
        nb, timeout=900, kernel_name="python3", record_timing=False, resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    client.execute()
    nb.metadata = dict(STABLE_METADATA)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    with staged([target]) as (tmp,):
        nbformat.write(nb, tmp)


def notebook_path(path: str | Path | None) -> str | None:
    """A path as the notebooks take it: relative to their folder when inside the project, else absolute."""
    if path is None:
        return None
    path = Path(path).resolve()
    return os.path.relpath(path, NOTEBOOKS) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interview", help="interview text (default: the seed, executed in place)")
    parser.add_argument("--meta", help="sidecar (default: the .yml beside the interview)")
    parser.add_argument(
        "--gold", action="append", help="a hand coding of the interview's sentences (repeat for several files)"
    )
    parser.add_argument("--param", action="append", metavar="NAME=VALUE", help="change an analysis parameter")
    parser.add_argument("--no-html", action="store_true", help="execute the notebooks only, without the HTML report")
    args = parser.parse_args(argv)
    notebooks = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    interview = Path(args.interview) if args.interview else SEED
    try:  # fail before any notebook runs, with the same one-line errors as `analyze`
        changes = parse_changes(args.param)
        Params().with_changes(changes)
        meta = load_interview(interview, args.meta).meta
    except UnusableInputError as exc:
        print(f"run_notebooks: error: {exc}", file=sys.stderr)
        return 2
    root = paths.output_root(os.environ.get(paths.OUTPUT_VARIABLE) or ROOT)
    relocated = bool(os.environ.get(paths.OUTPUT_VARIABLE))
    in_place = interview.resolve() == SEED.resolve() and not (args.meta or args.gold or changes or relocated)
    if in_place:
        executed = notebooks
        for path in notebooks:
            print(f"executing {path.relative_to(ROOT)}", flush=True)
            execute(path, path)
    else:
        parameters = {
            "INTERVIEW": notebook_path(interview),
            "META": notebook_path(args.meta),
            "GOLD": [notebook_path(g) for g in args.gold] if args.gold else None,
            "OUTPUT": notebook_path(root),
            "PARAMS": changes,
        }
        executed = [paths.report_dir(meta.interview_id, root) / "notebooks" / p.name for p in notebooks]
        for path, out in zip(notebooks, executed):
            print(
                f"executing {path.relative_to(ROOT)} for {meta.interview_id} -> {paths.relative(out, root)}", flush=True
            )
            execute(path, out, parameters)
    if args.no_html:
        return 0
    written = export_report(executed, paths.report_dir(meta.interview_id, root), report_title(meta))
    print(f"HTML report: {paths.relative(written[0], root)} and {len(written) - 1} notebook pages", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
