"""Recruitment companies: fuzzy matching a name a worker types against a list of names."""

from api.agencies.matching import AgencyMatch, is_match, match_agency, normalise_company

__all__ = ["AgencyMatch", "is_match", "match_agency", "normalise_company"]
