"""Execute the notebook sequence and export the HTML report (``make report``).

Without ``--interview`` (or with the seed) the committed notebooks are executed in place, for the seed.
No execution timings are recorded and the notebook metadata is reduced to what does not vary between
machines, so running ``make report`` twice leaves ``git status`` clean.

With ``--interview PATH`` the same notebooks run for that interview through papermill, which sets the
values of each notebook's ``parameters`` cell; the executed copies go to ``report/<interview_id>/notebooks/``
and the committed notebooks are left as they are. Tables and figures go to ``results/<interview_id>/`` and
``figures/<interview_id>/`` either way, and the HTML report to ``report/<interview_id>/``.

Input that cannot be analysed ends with one line on stderr and exit status 2, before any notebook runs.
"""

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from ombudsman_discourse import load_interview, paths
from ombudsman_discourse.atomic import staged
from ombudsman_discourse.errors import UnusableInputError
from ombudsman_discourse.html_report import export_report, report_title

STABLE_METADATA = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {"name": "python", "pygments_lexer": "ipython3"},
}


def run_in_place(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=900, kernel_name="python3", record_timing=False, resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    nb.metadata = dict(STABLE_METADATA)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    with staged([path]) as (tmp,):
        nbformat.write(nb, tmp)


def run_with_parameters(path: Path, out: Path, parameters: dict) -> None:
    import papermill  # only needed for interviews other than the seed

    out.parent.mkdir(parents=True, exist_ok=True)
    declared = papermill.inspect_notebook(str(path))  # pass each notebook only the parameters it declares
    papermill.execute_notebook(
        str(path),
        str(out),
        parameters={k: v for k, v in parameters.items() if k in declared},
        cwd=str(path.parent),
        kernel_name="python3",
        progress_bar=False,
    )


def _parameter(path: str | Path | None) -> str | None:
    """A path as the notebooks take it: relative to the project root when inside it, else absolute."""
    if path is None:
        return None
    path = Path(path).resolve()
    return path.relative_to(paths.ROOT).as_posix() if path.is_relative_to(paths.ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interview", help="interview text (default: the seed, executed in place)")
    parser.add_argument("--meta", help="sidecar (default: the .yml beside the interview)")
    parser.add_argument("--gold", help="hand coding of the interview's sentences, for notebooks 03 and 05")
    args = parser.parse_args(argv)
    notebooks = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    if not notebooks:
        print("run_notebooks: error: no notebooks found", file=sys.stderr)
        return 1
    interview = Path(args.interview) if args.interview else paths.SEED_INTERVIEW
    try:  # fail before any notebook runs, with the same one-line errors as `analyze`
        meta = load_interview(interview, args.meta).meta
    except UnusableInputError as exc:
        print(f"run_notebooks: error: {exc}", file=sys.stderr)
        return 2
    in_place = interview.resolve() == paths.SEED_INTERVIEW.resolve() and not (args.meta or args.gold)
    if in_place:
        executed = notebooks
        for path in notebooks:
            print(f"executing {paths.relative(path)}", flush=True)
            run_in_place(path)
    else:
        parameters = {"INTERVIEW": _parameter(interview), "META": _parameter(args.meta), "GOLD": _parameter(args.gold)}
        executed = [paths.report_dir(meta.interview_id) / "notebooks" / p.name for p in notebooks]
        for path, out in zip(notebooks, executed):
            print(f"executing {paths.relative(path)} for {meta.interview_id} -> {paths.relative(out)}", flush=True)
            run_with_parameters(path, out, parameters)
    written = export_report(executed, paths.report_dir(meta.interview_id), report_title(meta))
    print(f"HTML report: {paths.relative(written[0])} and {len(written) - 1} notebook pages", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
