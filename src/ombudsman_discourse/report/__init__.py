"""The report (notebook 06 and what every notebook shares): the stages' tables in, findings, prose and pages out.

Findings (:mod:`.findings`, the candidate rules in :mod:`.finding_rules`, the limitations in
:mod:`.limitations`), the sentences the notebooks compute (:mod:`.prose`, :mod:`.claims_prose`,
:mod:`.framing_prose`, :mod:`.wording`), the
figure style (:mod:`.figure_style`), saving and showing figure files (:mod:`.figure_files`), the figure
registry (:mod:`.figure_registry`), what a notebook needs to start (:mod:`.notebook`) and the HTML export
(:mod:`.html_export`).
"""
