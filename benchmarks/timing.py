"""Repeat a call and summarise its wall time (shared by the benchmark scripts)."""

import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_f6497625efb25940.txt"
NOTEBOOKS = ROOT / "notebooks"


def time_repeated(call: Callable[[], object], repeat: int) -> str:
    """Run ``call`` once to warm caches, then ``repeat`` times; return "median X (min, max) over N runs"."""
    call()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return f"median {statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f}) over {repeat} runs"
