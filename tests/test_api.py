"""The top-level API: small, lazy, and without side effects on the user's session."""

import subprocess
import sys

import pytest

import ombudsman_discourse


def _python(code: str) -> str:
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return run.stdout.strip()


def test_import_loads_no_heavy_library_and_keeps_the_backend():
    loaded = _python(
        "import sys; import ombudsman_discourse; "
        "print(sorted(m for m in ('pandas', 'numpy', 'nltk', 'matplotlib', 'wordfreq') if m in sys.modules))"
    )
    assert loaded == "[]"
    kept = _python(
        "import matplotlib; before = matplotlib.get_backend(); import ombudsman_discourse; "
        "print(matplotlib.get_backend() == before, matplotlib.rcParams['backend'] == before)"
    )
    assert kept == "True True"


def test_analysis_leaves_the_backend_and_rcparams_alone():
    out = _python(
        "import matplotlib; backend = matplotlib.get_backend(); rc = dict(matplotlib.rcParams); "
        "import ombudsman_discourse as o; from ombudsman_discourse.report.figure_files import save_figure; "
        "import tempfile, pathlib; a = o.run_analysis(o.load_interview('tests/data/qa_labels.txt')); "
        "d = pathlib.Path(tempfile.mkdtemp()); [save_figure(f(), d / n) for n, f in a.output.figures.items()]; "
        "print(matplotlib.get_backend() == backend, dict(matplotlib.rcParams) == rc)"
    )
    assert out == "True True"


def test_import_takes_well_under_half_a_second():
    best = min(
        float(
            _python("import time; t = time.perf_counter(); import ombudsman_discourse; print(time.perf_counter() - t)")
        )
        for _ in range(3)
    )
    assert best < 0.5


@pytest.mark.parametrize("name", ombudsman_discourse.__all__)
def test_every_name_of_the_api_resolves(name):
    assert getattr(ombudsman_discourse, name) is not None
    assert name in dir(ombudsman_discourse)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        ombudsman_discourse.nothing  # noqa: B018
