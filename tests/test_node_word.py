import pytest

from ombudsman_discourse.keywords.keyness import g2_contingency
from ombudsman_discourse.keywords.node_word import kwic, rights_collocates, rights_mentions, rights_types
from ombudsman_discourse.keywords.wordlist import stopwords

from .conftest import toy_sentences

STOP = stopwords()


def kinds(*texts):
    _, _, sents = toy_sentences(*texts)
    m = rights_mentions(sents, STOP)
    return sorted(zip(m["kind"], m["form"]))


def test_coordinated_list_counts_each_item():
    assert kinds("It supports social, labour, housing and economic rights.") == [
        ("economic rights", "premodifier"),
        ("housing rights", "premodifier in a list"),
        ("labour rights", "premodifier in a list"),
        ("social rights", "premodifier in a list"),
    ]


def test_possessive_and_postmodified_forms():
    assert kinds("Children's rights matter.") == [("children's rights", "premodifier")]
    assert kinds("Everyone has the right to social security.") == [("right to social security", "right to")]
    assert kinds("We defend the rights of older people.") == [("rights of older people", "rights of")]
    assert kinds("It protects rights and freedoms.") == [("rights and freedoms", "rights and")]
    assert kinds("The constitutional rights of the people were upheld.") == [
        ("constitutional rights", "premodifier"),
        ("rights of people", "rights of"),
    ]


def test_other_senses_of_right_are_not_counted():
    assert kinds("This is the right moment to act.", "A right-wing party won.", "Turn right at the court.") == []


def test_rights_inside_a_name_are_marked():
    assert kinds("He met the Commissioner for Human Rights today.") == [("human rights", "in a named term")]


def test_a_list_stops_at_a_word_that_is_not_a_modifier():
    # "citizens" is neither a listed modifier nor adjective-like, so only "economic" counts
    assert kinds("It protects citizens and economic rights.") == [("economic rights", "premodifier")]


def test_rights_types_aggregates():
    _, _, sents = toy_sentences("Human rights first.", "Human rights again, and labour rights.")
    table = rights_types(rights_mentions(sents, STOP)).set_index(["kind", "form"])
    assert table.loc[("human rights", "premodifier"), "count"] == 2
    assert table.loc[("human rights", "premodifier"), "sentence_ids"] == "0 1"


def test_kwic_lines_align_with_the_text():
    sentences, _, sents = toy_sentences("We protect human rights in prisons. The right to vote is old.")
    lines = kwic(sents, STOP)
    assert lines["node"].tolist() == ["human rights", "right"]
    text = sentences.iloc[0]["text"]
    assert lines.iloc[0]["left"] + lines.iloc[0]["node"] + lines.iloc[0]["right"] == text
    paragraph = "We protect human rights in prisons. The right to vote is old."
    assert all(paragraph[a:b] == node for a, b, node in zip(lines["start"], lines["end"], lines["node"]))


def test_g2_contingency_known_answer():
    # N = 1000, rows 30/970, cols 40/960: E = 1.2, 28.8, 38.8, 931.2;
    # G2 = 2[10 ln(10/1.2) + 20 ln(20/28.8) + 30 ln(30/38.8) + 940 ln(940/931.2)] = 30.0691
    assert g2_contingency(10, 20, 30, 940) == pytest.approx(30.0691, abs=1e-3)


def test_collocates_of_rights_known_answer():
    """Word tokens: labour rights matter / labour rights / prisons matter a lot, so N = 9. The node occurs twice;
    its windows hold {labour, matter} and {labour}: R = 3 slots. *labour*: f = 2, O = 2, E = R f / N = 2/3,
    MI = log2(2 / (2/3)) = log2 3 = 1.58496. Its 2x2 table (O, R - O, f - O, N - R - f + O) = (2, 1, 0, 6):
    rows 2 and 7, columns 3 and 6, E = 2/3, 4/3, 7/3, 14/3;
    G2 = 2[2 ln 3 + 1 ln(3/7) + 6 ln(9/7)] = 2[2.19722 - 0.84730 + 1.50789] = 5.71563."""
    _, _, sents = toy_sentences("Labour rights matter.", "Labour rights.", "Prisons matter a lot.")
    table = rights_collocates(sents, frozenset(), span=5, min_freq=2)
    row = table.set_index("collocate").loc["labour"]
    assert (row["frequency"], row["corpus_frequency"]) == (2, 2)
    assert row["expected"] == pytest.approx(2 / 3)
    assert row["mi"] == pytest.approx(1.58496, abs=1e-5)
    assert row["log_likelihood"] == pytest.approx(5.71563, abs=1e-5)


@pytest.mark.parametrize("text", ["It protects rights.", "They violated rights.", "Protecting rights is our job."])
def test_verbs_before_rights_are_not_modifiers(text):
    assert kinds(text) == [("rights", "unmodified")]


def test_human_rights_is_one_node_for_collocates_and_ties_are_marked():
    """Word tokens with *human rights* taken as one node: [rights need courts] twice and [courts work], so N = 8
    (10 tokens less the two *human* inside the node), R = 2 + 2 = 4 window slots. *need*: f = 2, O = 2,
    E = R f / N = 1, MI = log2 2 = 1 = log2(N / R), every occurrence in the windows; its 2x2 table (2, 2, 0, 4)
    has rows 4 and 4, columns 2 and 6, E = 1, 3, 1, 3, so G2 = 2[2 ln 2 + 2 ln(2/3) + 4 ln(4/3)] = 3.45219.
    *courts*: f = 3, O = 2, E = 1.5, MI = log2(2 / 1.5) = 0.41504, one occurrence outside."""
    _, _, sents = toy_sentences("Human rights need courts.", "Human rights need courts.", "Courts work.")
    table = rights_collocates(sents, frozenset(), span=5, min_freq=1).set_index("collocate")
    assert "human" not in table.index
    need, courts = table.loc["need"], table.loc["courts"]
    assert (need["frequency"], need["corpus_frequency"], need["all_in_window"]) == (2, 2, True)
    assert need["expected"] == pytest.approx(1.0) and need["mi"] == pytest.approx(1.0)
    assert need["log_likelihood"] == pytest.approx(3.45219, abs=1e-5)
    assert (courts["frequency"], courts["corpus_frequency"], courts["all_in_window"]) == (2, 3, False)
    assert courts["expected"] == pytest.approx(1.5) and courts["mi"] == pytest.approx(0.41504, abs=1e-5)


def test_human_outside_the_node_is_still_a_collocate():
    _, _, sents = toy_sentences("Human dignity and labour rights.", "Human dignity and labour rights.")
    table = rights_collocates(sents, frozenset(), span=5, min_freq=2).set_index("collocate")
    assert table.loc["human", "frequency"] == 2 and table.loc["human", "all_in_window"]
