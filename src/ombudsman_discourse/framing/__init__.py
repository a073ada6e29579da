"""Framing (notebook 04): the claims coding in, how rights are framed out.

Rights domains invoked and never invoked (:mod:`.domains`), actors by claim type (:mod:`.actors`),
stance per answer (:mod:`.stance`) and where claims are placed (:mod:`.placement`);
:func:`~.stage.framing_tables` computes every table, :mod:`.plots` draws Figures 4.1-4.4.
"""
