"""What case operations refuse, so routes can answer with the right status."""

from __future__ import annotations


class CaseError(Exception):
    status_code = 400

    def __init__(self, detail: str, **extra: object) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class Conflict(CaseError):
    """The case is not in a state that allows this (409)."""

    status_code = 409


class Forbidden(CaseError):
    """This volunteer may not do this to this case (403)."""

    status_code = 403
