"""Time the cleaning pipeline on the seed in-process: median of repeated runs.

Usage: .venv/bin/python benchmarks/analyze_seed.py [--repeat N]
The whole command including interpreter start is timed separately with
/usr/bin/time -v .venv/bin/ombudsman-discourse analyze seeds/000_f6497625efb25940.txt --out /tmp/out
"""

import argparse

from timing import time_repeated

from ombudsman_discourse import load_interview, paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print("load_interview(seed):", time_repeated(lambda: load_interview(paths.SEED_INTERVIEW), args.repeat))


if __name__ == "__main__":
    main()
