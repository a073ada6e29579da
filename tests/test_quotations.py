"""Reported speech: quotations, their attribution and whose words they are."""

from ombudsman_discourse.text.quotations import find_quotations, interviewee_names, quoted_only, reads_as_report


def speakers(texts, name=None):
    return [[(q.speaker, q.cue) for q in quotes] for quotes in find_quotations(texts, name)]


def test_attribution_by_name_role_pronoun_and_to_another_speaker():
    texts = [
        '"Officers refused to register the complaint at all," Commissioner Ada Renwick said.',
        '"Nobody has been disciplined for it," she added.',
        '"The report presents isolated incidents as the whole," Deputy Minister Karel Dunstan said.',
        'Renwick, who took office in 2021, disagreed. "The numbers speak for themselves," she says.',
        '"Our monitors visited eighteen stations," the Ombudsman told reporters.',
    ]
    assert speakers(texts, "Ada Renwick") == [
        [("interviewee", "attributed by name")],
        [("interviewee", "attributed by pronoun to the speaker before")],
        [("other", "attributed to another speaker")],
        [("interviewee", "attributed by pronoun to the speaker before")],
        [("interviewee", "attributed by role")],
    ]


def test_a_quotation_without_a_tag_continues_the_one_before_even_across_paragraphs():
    texts = [
        '"An order that no one enforces is a piece of paper," the Commissioner said. "Our monitors found',
        "that nobody checks whether the abuser stays away.",
        '"The shelters are no better, there are 140 beds in the country."',
    ]
    found = find_quotations(texts)
    assert [q.speaker for q in found[0]] == ["interviewee", "interviewee"]
    assert [(q.speaker, q.cue) for q in found[1]] == [("interviewee", "continues the quotation before")]
    assert quoted_only(texts[2], found[2]) and not quoted_only(texts[0], found[0])


def test_short_quotations_are_not_speech():
    assert find_quotations(['The so-called "reform" was adopted.']) == [[]]


def test_the_interviewees_name_from_the_text():
    texts = ["Public Defender Noor Vellacott has asked Parliament to act.", "Anna Berg, the ombudsperson, said"]
    assert interviewee_names(None, texts) == {"noor", "vellacott", "anna", "berg"}
    assert interviewee_names("Dorota Ścibiorek", []) == {"dorota", "ścibiorek"}


def test_a_report_reports_speech_and_asks_at_most_once():
    report = ["The ombudsman said prisons are full.", "She told reporters more.", "According to her, it is bad."]
    assert reads_as_report(report, questions=1)
    assert not reads_as_report(report, questions=2)
    assert not reads_as_report(["We visited prisons.", "They are full.", "It is bad.", "She said so."], 0)
