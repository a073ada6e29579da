"""Governing words of the rights node: each rule with sentences it must and must not catch."""

import pytest

from ombudsman_discourse.keywords.governors import COLUMNS, RELATIONS, rights_governors
from ombudsman_discourse.keywords.node_word import kwic
from ombudsman_discourse.keywords.wordlist import stopwords

from .conftest import toy_sentences

STOP = stopwords()


def governed(text: str) -> dict:
    """The one row of ``text``'s rights node, as a dict."""
    _, _, sents = toy_sentences(text)
    table = rights_governors(sents, STOP)
    assert len(table) == 1, table
    return table.iloc[0].to_dict()


@pytest.mark.parametrize(
    ("text", "node", "relation", "governor", "preposition"),
    [
        ("The state ensures the implementation of human rights.", "human rights", "of_noun", "implementation", "of"),
        ("They ask for the protection of rights in prisons.", "rights", "of_noun", "protection", "of"),
        (
            "It gives unprecedented support of social, labour and economic rights.",
            "social, labour and economic rights",
            "of_noun",
            "support",
            "of",
        ),
        ("The exercise of rights is limited.", "rights", "of_noun", "exercise", "of"),  # a noun before "of"
        ("Wars are challenges to human rights.", "human rights", "prep_noun", "challenges", "to"),
        ("The fight for human rights continues.", "human rights", "prep_noun", "fight", "for"),  # not a compound
        ("The police are protecting the rights of detainees.", "rights", "verb_object", "protecting", ""),
        ("We protect fundamental human rights.", "human rights", "verb_object", "protect", ""),
        ("The law protects rights.", "rights", "verb_object", "protects", ""),
        ("Speaking of human rights, it was a good year.", "human rights", "verb_object", "speaking", "of"),
        ("Women fight for their rights every day.", "rights", "verb_object", "fight", "for"),
        ("Everyone has the right to social security.", "right", "verb_object", "has", ""),
        ("Residents know their rights.", "rights", "verb_object", "know", ""),
        ("The right to peaceful assembly is a core value.", "right", "subject_of", "value", ""),
        ("Human rights are a key component of the state policy.", "Human rights", "subject_of", "component", ""),
        (
            "Human rights could be the ideological and conceptual basis for it.",
            "Human rights",
            "subject_of",
            "basis",
            "",
        ),
        ("Human rights today have acquired a universal character.", "Human rights", "subject_of", "acquired", ""),
        ("Human rights include freedom of speech.", "Human rights", "subject_of", "include", ""),
        ("Human rights are violated in prisons.", "Human rights", "passive", "violated", ""),
        ("The rights of the people were restricted.", "rights", "passive", "restricted", ""),
        ("Rights guaranteed by the Constitution matter.", "Rights", "passive", "guaranteed", ""),
        ("Human rights standards apply to everyone.", "Human rights", "modifier_of", "standards", ""),
        ("It reviews commitment to high human rights standards.", "human rights", "modifier_of", "standards", ""),
        ("We are involved in human rights work within the UN.", "human rights", "modifier_of", "work", ""),
        ("The rights and freedoms of citizens include the vote.", "rights and freedoms", "subject_of", "include", ""),
        ("He met the Commissioner for Human Rights yesterday.", "Human Rights", "in_name", "commissioner", ""),
        (
            "The Universal Declaration of Human Rights was adopted in 1948.",
            "Human Rights",
            "in_name",
            "declaration",
            "",
        ),
        ("She joined the Human Rights Council in May.", "Human Rights", "in_name", "council", ""),
        ("Rights.", "Rights", "other", "", ""),
    ],
)
def test_relation_and_governor(text, node, relation, governor, preposition):
    row = governed(text)
    assert (row["node"], row["relation"], row["governor"], row["preposition"]) == (
        node,
        relation,
        governor,
        preposition,
    )


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Citizens' rights matter.", "citizens"),
        ("Children's rights were discussed.", "children"),
        ("He met the Ombudsman for Children's Rights.", "children"),
        ("They defend their rights.", "their"),
        ("The rights of the people were restricted.", "people"),
        ("It affects the rights of virtually every citizen of the country.", "citizen"),
        ("The rights and interests of ordinary citizens grow.", "citizens"),
        ("Human rights matter.", ""),
        ("They invoke so-called 'rights' here.", ""),  # a quotation mark, not a possessive
        ("Rights of association are protected.", ""),  # an abstract noun is no holder
        ("The rights of the people of Kazakhstan's regions grow.", "people"),
    ],
)
def test_holder(text, holder):
    assert governed(text)["holder"] == holder


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("Citizens demand their rights.", True),
        ("Citizens can defend their rights in court.", True),
        ("Women fight for their rights every day.", True),
        ("People who insist on their rights are heard.", True),
        ("Prisoners exercise their rights.", True),
        ("Workers stood up for their rights.", True),
        ("The ombudsman defends their rights.", False),  # "their" cannot refer to one ombudsman
        ("The ombudsman defends the rights of prisoners.", False),  # the subject is not the holder
        ("The police are protecting the rights of detainees.", False),  # no claiming verb
        ("They claim rights.", False),  # no holder is stated
        ("Citizens want their rights.", False),
    ],
)
def test_claimed_by_holder(text, claimed):
    assert governed(text)["claimed_by_holder"] is claimed


def test_subject_of_a_claiming_verb_is_reported():
    row = governed("Citizens can defend their rights in court.")
    assert (row["relation"], row["governor"], row["subject"], row["holder"]) == (
        "verb_object",
        "defend",
        "citizens",
        "their",
    )


def test_one_row_per_node_sorted_by_relation_then_governor_with_offsets_into_the_text():
    texts = [
        "Human rights matter to us. We protect human rights and the rights of children.",
        "Violations of human rights are common. The Commissioner for Human Rights spoke.",
    ]
    sentences, _, sents = toy_sentences(*texts)
    table = rights_governors(sents, STOP)
    assert list(table.columns) == COLUMNS
    assert len(table) == len(kwic(sents, STOP)) == 5
    rank = table["relation"].map(RELATIONS.index)
    assert rank.is_monotonic_increasing
    for _, group in table.groupby("relation"):
        assert group["governor"].is_monotonic_increasing
    texts_by_sentence = dict(zip(sentences["sentence_id"], sentences["text"]))
    paragraphs = dict(zip(sentences["sentence_id"], sentences["paragraph_id"]))
    for row in table.itertuples():
        assert texts[paragraphs[row.sentence_id]][row.start : row.end] == row.node
        assert row.left + row.node + row.right == texts_by_sentence[row.sentence_id]
    # "the rights of children" after "and" has no governor these rules find
    assert table["relation"].tolist() == ["verb_object", "of_noun", "subject_of", "in_name", "other"]
    assert table.loc[4, "holder"] == "children"


def test_no_rights_no_rows():
    _, _, sents = toy_sentences("The ombudsman visited a prison.")
    table = rights_governors(sents, STOP)
    assert table.empty and list(table.columns) == COLUMNS
