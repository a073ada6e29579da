"""Agreement measures against values worked out by hand.

Ten items, automatic 1 1 1 1 0 0 0 0 0 0, hand 1 1 1 0 1 0 0 0 0 0: both = 3, precision 3/4, recall 3/4,
F1 0.75; p_o = 8/10; p_a = p_g = 0.4, p_e = 0.4*0.4 + 0.6*0.6 = 0.52; kappa = (0.8 - 0.52)/(1 - 0.52) = 0.5833.
"""

import math

import pandas as pd
import pytest

from ombudsman_discourse.claims.agreement import agreement_table, binary_agreement, disagreements

AUTO = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
HAND = [1, 1, 1, 0, 1, 0, 0, 0, 0, 0]


def test_known_answer():
    r = binary_agreement(AUTO, HAND)
    assert (r["both"], r["gold_positive"], r["auto_positive"]) == (3, 4, 4)
    assert (
        r["precision"] == pytest.approx(0.75) and r["recall"] == pytest.approx(0.75) and r["f1"] == pytest.approx(0.75)
    )
    assert r["kappa"] == pytest.approx(0.28 / 0.48)


def test_perfect_and_undefined_cases():
    assert binary_agreement([1, 0, 1], [1, 0, 1])["kappa"] == pytest.approx(1.0)
    r = binary_agreement([0, 0, 0], [0, 0, 0])
    assert math.isnan(r["kappa"]) and math.isnan(r["f1"])
    assert binary_agreement([1, 0], [0, 1])["f1"] == 0.0


def test_table_and_disagreements():
    claims = pd.DataFrame(
        {
            "sentence_id": [1, 2],
            "is_rights_claim": [True, False],
            "achievement": [True, False],
            "security": [False, True],
            "text": ["a", "b"],
            "rights_cues": ["rights", ""],
            "cues": ["achievement: adopted", "security: conflict"],
        }
    )
    gold = pd.DataFrame(
        {
            "sentence_id": [1, 2],
            "is_rights_claim": [True, True],
            "claim_types": ["achievement", ""],
            "rights_domains": ["", ""],
        }
    )
    table = agreement_table(claims, gold, ["achievement"], ["security"]).set_index("code")
    assert table.loc["achievement", "kappa"] == pytest.approx(1.0)
    assert table.loc["is_rights_claim", "recall"] == pytest.approx(0.5)
    d = disagreements(claims, gold, ["achievement"], ["security"])
    assert sorted(zip(d["sentence_id"], d["code"])) == [(2, "is_rights_claim"), (2, "security")]
