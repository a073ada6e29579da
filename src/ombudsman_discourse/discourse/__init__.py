"""The discourse stage (notebook 05): how the interview builds its case."""
