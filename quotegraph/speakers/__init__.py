"""Speakers: resolve each quotation's speaker mention to a canonical entity.

:func:`attribute` turns the quote finder's candidates into quotes with
canonical speakers and the article's entities; :func:`country_of` and
:func:`holder_of` tell where an article is from and who held an office then.
"""

from ._attribute import attribute
from ._country import country_of
from ._roles import holder_of

__all__ = ["attribute", "country_of", "holder_of"]
