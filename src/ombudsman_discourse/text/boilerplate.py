"""Find paragraphs a publication adds around an interview (newsletter, share, copyright, navigation).

The patterns live in ``data/boilerplate.yml`` so they can be extended without touching code.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..paths import data_text


@dataclass(frozen=True)
class BoilerplateRules:
    patterns: tuple[tuple[str, re.Pattern], ...]
    max_words: int

    def match(self, text: str) -> str | None:
        """The kind of boilerplate ``text`` is (e.g. ``subscribe``), or None."""
        if len(text.split()) > self.max_words:
            return None
        for kind, pattern in self.patterns:
            if pattern.search(text):
                return kind
        return None


@lru_cache(maxsize=8)
def load_rules(path: Path | None = None) -> BoilerplateRules:
    """The boilerplate patterns of ``path`` (default: the package's ``data/boilerplate.yml``)."""
    text = Path(path).read_text(encoding="utf-8") if path else data_text("boilerplate.yml")
    spec = yaml.safe_load(text)
    patterns = tuple((p["kind"], re.compile(p["regex"], re.I)) for p in spec["patterns"])
    return BoilerplateRules(patterns=patterns, max_words=int(spec["max_words"]))
