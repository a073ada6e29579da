"""environment.yml (conda, Binder) and requirements.lock (make) must pin the same versions."""

import re
import tomllib

import yaml

from ombudsman_discourse.paths import ROOT


def _norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def lock():
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[_norm(name)] = version
    return pins


def environment_pins():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    return {_norm(p.split("==")[0]): p.split("==")[1] for p in pip if "==" in p}


def test_environment_and_lock_agree():
    pins, env = lock(), environment_pins()
    assert env, "environment.yml pins nothing"
    disagree = {name: (version, pins.get(name)) for name, version in env.items() if pins.get(name) != version}
    assert disagree == {}


def test_every_direct_dependency_is_in_both():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    direct = {_norm(re.split(r"[<>=!~ ]", d)[0]) for d in project}
    wanted = {
        _norm(re.split(r"[<>=!~ ]", line.strip())[0])
        for line in (ROOT / "requirements.in").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert direct <= wanted
    assert wanted <= set(environment_pins()) and wanted <= set(lock())


def test_citation_version_follows_the_package():
    import ombudsman_discourse

    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert citation["version"] == project["version"] == ombudsman_discourse.__version__
