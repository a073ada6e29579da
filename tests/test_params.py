"""One source of parameters: changes by flat name, checked, and the same in every notebook."""

import nbformat
import pytest

from ombudsman_discourse.errors import ParameterError, UnusableInputError
from ombudsman_discourse.params import Params, parse_changes

from .conftest import NOTEBOOKS


def test_changes_by_flat_name_reach_their_group():
    params = Params().with_changes({"min_g2": 10.83, "min_freq": 2, "arc_window": 7, "svg": False})
    assert params.keywords.min_g2 == 10.83 and params.keywords.min_freq == 2
    assert params.figures.arc_window == 7 and params.figures.svg is False
    assert params.changed() == {"min_g2": 10.83, "min_freq": 2, "svg": False, "arc_window": 7}
    assert Params().with_changes(None) == Params() and Params().changed() == {}
    assert Params().with_changes({"min_g2": 6}).keywords.min_g2 == 6.0  # a whole number is a valid float


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"min_gg2": 1}, "unknown parameter 'min_gg2'"),
        ({"min_freq": 2.5}, "parameter 'min_freq' must be of type int"),
        ({"svg": "no"}, "parameter 'svg' must be of type bool"),
        ({"min_g2": True}, "parameter 'min_g2' must be of type float"),
        ({"codebook": 3}, "parameter 'codebook' must be a folder path"),
    ],
)
def test_bad_changes_are_refused_naming_the_parameter(changes, message):
    with pytest.raises(ParameterError, match=message) as caught:
        Params().with_changes(changes)
    assert isinstance(caught.value, UnusableInputError)  # the command line's one line and exit status 2


def test_command_line_form_is_read_as_yaml_scalars():
    assert parse_changes(["min_g2=10.83", "svg=false", "min_freq=2", "codebook=my/codes"]) == {
        "min_g2": 10.83,
        "svg": False,
        "min_freq": 2,
        "codebook": "my/codes",
    }
    assert parse_changes(None) == {}
    with pytest.raises(ParameterError, match="NAME=VALUE"):
        parse_changes(["min_g2"])


def test_the_table_lists_every_parameter_with_its_default():
    table = Params().with_changes({"min_freq": 2}).table().set_index("parameter")
    assert list(table.index) == list(Params().values())
    assert table.loc["min_freq", "value"] == "2" and table.loc["min_freq", "default"] == "3"


def _parameters_cell(path):
    cells = [c for c in nbformat.read(path, as_version=4).cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1, path.name
    return cells[0].source


def test_every_notebook_has_the_same_parameters_cell_with_the_defaults():
    sources = {p.name: _parameters_cell(p) for p in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))}
    assert len(set(sources.values())) == 1, "the notebooks' parameters cells differ"
    values = {}
    exec(next(iter(sources.values())), {}, values)
    assert set(values) == {"INTERVIEW", "META", "GOLD", "OUTPUT", "PARAMS"}
    assert values["PARAMS"] == {}  # the committed report uses the defaults of Params
