"""The figure registry: every figure of the report by file name, with its number and a one-line description.

The stages draw the figures (each stage's ``*_stage`` function lists its own); this registry is what the
notebooks' captions, the findings and the HTML report's alternative texts cite. It imports nothing heavy.
"""

# Each figure's number (as the notebooks' captions give it) and a one-line description, used as the
# image's alternative text in the notebooks and the HTML report.
FIGURE_INFO = {
    "01_interview_structure.png": (
        "1.1",
        "Bar chart: words per paragraph in reading order, coloured by paragraph role, questions numbered.",
    ),
    "02_keyness.png": (
        "2.1",
        "Bar chart: content words of the answers ranked by Log Ratio against general English, coloured by G² band.",
    ),
    "02_rights_collocates.png": (
        "2.2",
        "Bar chart: collocates of 'rights' ranked by log-likelihood, with mutual information and counts.",
    ),
    "02_rights_types.png": ("2.3", "Stacked bar chart: kinds of rights named in the answers, split by form."),
    "02_dispersion.png": (
        "2.4",
        "Dispersion plot: where each top keyword occurs in the interview, with the start of each question marked.",
    ),
    "03_claim_types_by_turn.png": ("3.1", "Grouped bar chart: interviewee sentences of each claim type, per answer."),
    "03_evidence_by_claim_type.png": (
        "3.2",
        "Bars and dots: share of each claim type's sentences that carry evidence, by kind of evidence.",
    ),
    "04_rights.png": (
        "4.1",
        "Bar chart: interviewee sentences invoking each specific right, by family, rights never invoked marked.",
    ),
    "04_frames.png": ("4.2", "Bar chart: interviewee sentences using each frame (security, sovereignty, economy...)."),
    "04_acts.png": ("4.3", "Stacked bar chart: violation acts stated, placed at home, abroad, both or nowhere."),
    "04_actor_claim_heatmap.png": ("4.4", "Heatmap: sentences in which each actor appears with each claim type."),
    "04_stance_per_answer.png": (
        "4.5",
        "Grouped bar chart: stance markers per 1,000 words in each answer and over the whole interview.",
    ),
    "04_evaluation_arc.png": (
        "4.6",
        "Scatter plot with a moving mean: VADER compound (lexical wording) of each interviewee sentence in order.",
    ),
    "05_first_person.png": (
        "5.1",
        "Dot plot: every first-person plural pronoun of the answers in reading order, read as office, state or nation.",
    ),
    "05_legitimation.png": ("5.2", "Stacked bar chart: interviewee sentences with each legitimation code, by answer."),
}
FIGURE_NUMBERS = {name: number for name, (number, _) in FIGURE_INFO.items()}
