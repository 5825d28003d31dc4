"""Speakers: resolve each quotation's speaker mention to a canonical entity."""

from ._attribute import attribute
from ._country import country_of

__all__ = ["attribute", "country_of"]
