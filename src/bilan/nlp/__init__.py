"""The spaCy layer: one pipeline per language and model, loaded once per process."""

from bilan.nlp.detect import detect_language
from bilan.nlp.pipeline import load_nlp, model_package

__all__ = ["detect_language", "load_nlp", "model_package"]
