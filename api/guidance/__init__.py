"""Guidance for workers and families: matching their questions to the FAQ in content/."""

from api.guidance.faq_match import FaqHit, FaqIndex

__all__ = ["FaqHit", "FaqIndex"]
