"""Skills taxonomy and matcher: canonical skill names, aliases and n-gram matching over text."""

from assistant.skills.matcher import SkillHit, SkillMatcher, get_matcher
from assistant.skills.taxonomy import Skill, TaxonomyError
from assistant.skills.text import Token, lemma, normalize_term, tokenize

__all__ = [
    "Skill",
    "SkillHit",
    "SkillMatcher",
    "TaxonomyError",
    "Token",
    "get_matcher",
    "lemma",
    "normalize_term",
    "tokenize",
]
