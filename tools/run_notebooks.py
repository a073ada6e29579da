"""Execute every notebook in notebooks/ in order, in place, so that reruns are byte-stable.

No execution timings are recorded and the notebook metadata is reduced to what does not vary
between machines, so running ``make report`` twice leaves ``git status`` clean.
"""

import os
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
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
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".ipynb", dir=path.parent)
    os.close(fd)
    try:
        nbformat.write(nb, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main() -> int:
    notebooks = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    if not notebooks:
        print("no notebooks found", file=sys.stderr)
        return 1
    for path in notebooks:
        print(f"executing {path.relative_to(NOTEBOOKS.parent)}", flush=True)
        run(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
