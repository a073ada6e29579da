"""Corpus comparison (``ombudsman-discourse compare``): many interview files in, tables that set them side by
side out.

Per-interview counts computed in worker processes (:mod:`.counts`), the comparison tables (:mod:`.tables`),
their figures (:mod:`.plots`) and the command's run (:mod:`.compare`).
"""
