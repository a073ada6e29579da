"""requirements.lock (every platform, `make`) and environment.yml (conda, Binder) agree, pin for pin."""

import importlib.util
import tomllib

import yaml

from .conftest import ROOT

spec = importlib.util.spec_from_file_location("lockfile", ROOT / "tools" / "lockfile.py")
lockfile = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lockfile)


def environment_pins() -> list[str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    return [p for p in pip if p != "-e ."]


def test_every_lock_pin_is_in_the_environment_or_only_needed_by_the_dev_extra():
    pins = lockfile.read_lock()
    runtime = lockfile.runtime_closure(pins)
    environment = environment_pins()
    assert environment == [p.requirement for p in pins if lockfile.norm(p.name) in runtime]
    dev_only = {lockfile.norm(p.name) for p in pins} - runtime
    assert dev_only, "the lock holds no test or lint tools"
    assert {"pytest", "ruff", "playwright", "nbval"} <= dev_only  # tools stay out of a Binder image
    assert environment_pins() and lockfile.environment_text(pins) == (ROOT / "environment.yml").read_text("utf-8")


def test_the_lock_resolves_for_every_platform():
    pins = lockfile.read_lock()
    markers = {p.marker for p in pins}
    assert any("darwin" in m for m in markers) and any("win32" in m or "nt" in m for m in markers)
    names = {lockfile.norm(p.name) for p in pins}
    assert lockfile.direct() <= names and lockfile.direct("dev") <= names
    assert all(p.via for p in pins), "every pin says which package needs it"


def test_lock_parser_reads_markers_and_parents(tmp_path):
    lock = tmp_path / "requirements.lock"
    lock.write_text(
        "# header\nappnope==1.0.0 ; sys_platform == 'darwin'\n    # via ipykernel\n"
        "pandas==3.1.1\n    # via\n    #   ombudsman-discourse (pyproject.toml)\n    #   seaborn\n",
        encoding="utf-8",
    )
    appnope, pandas = lockfile.read_lock(lock)
    assert (appnope.version, appnope.marker, appnope.via) == ("1.0.0", "sys_platform == 'darwin'", {"ipykernel"})
    assert pandas.via == {"ombudsman-discourse", "seaborn"} and pandas.requirement == "pandas==3.1.1"


def test_citation_version_follows_the_package():
    import ombudsman_discourse

    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert citation["version"] == project["version"] == ombudsman_discourse.__version__
