"""NLP: the spaCy pipeline, loaded once per process and never downloaded."""

from ._pipeline import DEFAULT_MODELS, load_pipeline, resolve_model_name

__all__ = ["DEFAULT_MODELS", "load_pipeline", "resolve_model_name"]
