from ombudsman_discourse.text.summaries import log_summary, paragraph_overview, role_summary


def test_log_summary_counts_each_step(seed):
    table = log_summary(seed.cleaning_log).set_index("step")
    assert table.loc["glued_words", "changes"] == 1
    assert table.loc["boilerplate", "paragraphs"] == 1
    assert table["changes"].sum() == len(seed.cleaning_log)


def test_role_summary_adds_up(seed):
    table = role_summary(seed.paragraphs, seed.sentences).set_index("role")
    assert table["paragraphs"].sum() == len(seed.paragraphs)
    assert table["sentences"].sum() == len(seed.sentences)
    assert table.loc["boilerplate", "sentences"] == 0  # boilerplate is never split into sentences
    assert table.index.tolist() == ["title", "lead", "caption", "question", "answer", "boilerplate"]


def test_paragraph_overview_shortens_text(seed):
    view = paragraph_overview(seed.paragraphs, width=20)
    assert view["text"].str.len().max() == 20 and view.index.name == "paragraph_id"
