"""The lock (``requirements.lock``) and the conda environment (``environment.yml``) kept in step.

``requirements.lock`` is resolved for every platform by ``make lock`` (uv's universal resolver): each pin
carries its environment marker and, in ``# via`` lines, the packages that need it. The runtime closure is
every pin reachable from the project's own dependencies (not its ``dev`` extra); ``environment.yml`` pins
exactly that closure, at the same versions and markers, for conda and Binder users.

``python tools/lockfile.py`` rewrites ``environment.yml`` from the lock; the test suite checks they agree.
"""

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT = "ombudsman-discourse"


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True)
class Pin:
    name: str  # as written in the lock
    version: str
    marker: str  # "" when the pin applies everywhere
    via: frozenset[str]  # normalised names of the packages (or the project) that need it

    @property
    def requirement(self) -> str:
        return f"{self.name}=={self.version}" + (f" ; {self.marker}" if self.marker else "")


def read_lock(path: Path = ROOT / "requirements.lock") -> list[Pin]:
    """Every pin of the lock with its marker and its ``# via`` parents."""
    pins, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith((" ", "#")):
            spec, _, marker = line.partition(";")
            name, version = spec.strip().split("==")
            current = {"name": name, "version": version, "marker": marker.strip(), "via": set()}
            pins.append(current)
        elif current is not None and line.strip().startswith("#") and line.strip() != "# via":
            parent = line.strip().lstrip("#").strip().removeprefix("via").strip()
            parent = parent.split(" (")[0]  # "ombudsman-discourse (pyproject.toml)"
            if parent:
                current["via"].add(norm(parent))
    return [Pin(p["name"], p["version"], p["marker"], frozenset(p["via"])) for p in pins]


def direct(extra: str | None = None) -> set[str]:
    """The project's direct dependencies (``extra``: those of an optional extra instead)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["optional-dependencies"][extra] if extra else project["dependencies"]
    return {norm(re.split(r"[<>=!~ \[;]", spec)[0]) for spec in specs}


def runtime_closure(pins: list[Pin]) -> set[str]:
    """Normalised names of the pins the project's own dependencies need, directly or through others."""
    children: dict[str, set[str]] = {}
    for pin in pins:
        for parent in pin.via:
            children.setdefault(parent, set()).add(norm(pin.name))
    found, todo = set(), list(direct())
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo.extend(children.get(name, ()))
    return found


def environment_text(pins: list[Pin]) -> str:
    runtime = runtime_closure(pins)
    lines = [
        "# For conda and Binder users: the runtime packages of requirements.lock, at the same versions and with",
        "# the same platform markers (written by `make lock`, which runs tools/lockfile.py; a test checks them).",
        "# Tests, lint and the browser test are the `dev` extra: `pip install -e .[dev]` adds them.",
        "name: ombudsman-discourse",
        "channels:",
        "  - conda-forge",
        "dependencies:",
        "  - python=3.11",
        "  - pip",
        "  - pip:",
    ]
    lines += [f"      - {pin.requirement}" for pin in pins if norm(pin.name) in runtime]
    lines.append("      - -e .")
    return "\n".join(lines) + "\n"


def main() -> int:
    (ROOT / "environment.yml").write_text(environment_text(read_lock()), encoding="utf-8")
    print("environment.yml written from requirements.lock")
    return 0


if __name__ == "__main__":
    sys.exit(main())
