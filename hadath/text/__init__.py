"""Text layer: offset-preserving normalisation, sentences and tokens."""
from .normalize import fold, fold_with_map
from .sentences import split_sentences
from .tokenize import Token, has_article, tokenize

__all__ = ["fold", "fold_with_map", "split_sentences", "Token", "has_article", "tokenize"]
