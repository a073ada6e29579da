"""A regular (non-editable) install outside the checkout runs `analyze` and `init`, writing only where told.

The new environment borrows the dependencies of the running one through a ``.pth`` file (no download; the
editable install of the running environment is not picked up, because a borrowed folder's own ``.pth``
files are not run), and the package itself is built and installed from a copy of the project's source.
"""

import shutil
import site
import subprocess
import sys

import pytest

from .conftest import DATA, ROOT, SEED


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    base = tmp_path_factory.mktemp("install")
    source = base / "source"
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    venv = base / "venv"
    # without pip: the borrowed environment's pip and setuptools build and install the package
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    packages = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (venv / "lib" / packages.split("/lib/")[1] / "borrowed.pth").write_text(site.getsitepackages()[0] + "\n")
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return base, venv


def test_the_package_is_installed_not_linked(installed):
    base, venv = installed
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import ombudsman_discourse; print(ombudsman_discourse.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=base,
    ).stdout
    assert str(venv) in where and str(ROOT) not in where


def test_analyze_from_another_directory_writes_only_into_out(installed):
    base, venv = installed
    elsewhere, out = base / "elsewhere", base / "out"
    elsewhere.mkdir()
    run = subprocess.run(
        [str(venv / "bin" / "ombudsman-discourse"), "analyze", str(SEED), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert (out / "claims.csv").is_file() and (out / "figures" / "02_keyness.png").is_file()
    assert list(elsewhere.iterdir()) == []
    assert not list(venv.rglob("results")) and not list(venv.rglob("figures"))


def test_analyze_without_out_writes_under_the_current_directory(installed):
    base, venv = installed
    here = base / "here"
    here.mkdir()
    run = subprocess.run(
        [str(venv / "bin" / "ombudsman-discourse"), "analyze", str(DATA / "qa_labels.txt"), "--no-figures"],
        capture_output=True,
        text=True,
        cwd=here,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in here.iterdir()) == ["results"]
    assert (here / "results" / "fixture_qa_labels" / "paragraphs.csv").is_file()


def test_init_works_from_the_installed_package(installed, tmp_path):
    _, venv = installed
    text = tmp_path / "interview.txt"
    shutil.copy(DATA / "qa_labels.txt", text)
    run = subprocess.run(
        [str(venv / "bin" / "ombudsman-discourse"), "init", str(text)], capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "interview.yml").read_text(encoding="utf-8").startswith("# Starter sidecar")
