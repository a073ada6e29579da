"""Time the HTML export of the committed notebooks (what `make report` adds after executing them).

Usage: .venv/bin/python benchmarks/html_report.py [--repeat N]
"""

import argparse
import logging

from timing import NOTEBOOKS, time_repeated

from ombudsman_discourse.report.html_export import render_report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # nbconvert's per-page notices are not what is measured
    notebooks = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    result = time_repeated(lambda: render_report(notebooks, "benchmark"), args.repeat)
    print(f"render_report({len(notebooks)} notebooks, {len(notebooks) + 1} pages):", result)


if __name__ == "__main__":
    main()
