"""Execute every notebook in notebooks/ in order, in place, then export the HTML report.

No execution timings are recorded and the notebook metadata is reduced to what does not vary
between machines, so running ``make report`` twice leaves ``git status`` clean. The HTML report
(reading copy and one page per notebook) goes to ``report/<interview_id>/``, which git ignores.
"""

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from ombudsman_discourse import paths
from ombudsman_discourse.atomic import staged
from ombudsman_discourse.html_report import export_report, report_title
from ombudsman_discourse.sidecar import load_meta, sidecar_for

NOTEBOOKS = paths.NOTEBOOKS
STABLE_METADATA = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {"name": "python", "pygments_lexer": "ipython3"},
}


def run(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=900, kernel_name="python3", record_timing=False, resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    client.execute()
    nb.metadata = dict(STABLE_METADATA)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    with staged([path]) as (tmp,):
        nbformat.write(nb, tmp)


def main() -> int:
    notebooks = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    if not notebooks:
        print("no notebooks found", file=sys.stderr)
        return 1
    for path in notebooks:
        print(f"executing {path.relative_to(paths.ROOT)}", flush=True)
        run(path)
    meta = load_meta(sidecar_for(paths.SEED_INTERVIEW), paths.SEED_INTERVIEW.stem)
    written = export_report(notebooks, paths.report_dir(meta.interview_id), report_title(meta))
    print(f"HTML report: {paths.relative(written[0])} and {len(written) - 1} notebook pages", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
