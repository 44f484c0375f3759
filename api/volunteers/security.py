"""Passwords (argon2 via pwdlib) and the volunteers' bearer tokens (JWT via pyjwt)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import jwt
from pwdlib import PasswordHash

_hasher = PasswordHash.recommended()
ALGORITHM = "HS256"
MIN_PASSWORD_LENGTH = 10  # the CLI states the same rule before asking the database
# Verified when a name is unknown, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not-a-real-password-for-timing")


def _signing_key(secret_key: str) -> bytes:
    """A key of its own for tokens (32 bytes), derived from SECRET_KEY, so the lookup hashes
    and the tokens never share a key."""
    return hashlib.sha256(("jwt:" + secret_key).encode()).digest()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    if password_hash is None:
        _hasher.verify(password, _DUMMY_HASH)
        return False
    return _hasher.verify(password, password_hash)


def create_access_token(*, volunteer_id: int, role: str, secret_key: str, now: datetime,
                        minutes: int) -> str:
    claims = {"sub": str(volunteer_id), "role": role, "iat": now,
              "exp": now + timedelta(minutes=minutes), "typ": "volunteer"}
    return jwt.encode(claims, _signing_key(secret_key), algorithm=ALGORITHM)


def volunteer_id_from_token(token: str, *, secret_key: str) -> int | None:
    """The volunteer id in a valid, unexpired token; None for anything else."""
    try:
        claims = jwt.decode(token, _signing_key(secret_key), algorithms=[ALGORITHM],
                            options={"require": ["exp", "sub"]})
    except jwt.InvalidTokenError:
        return None
    if claims.get("typ") != "volunteer":
        return None
    try:
        return int(claims["sub"])
    except (TypeError, ValueError):
        return None
