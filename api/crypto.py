"""Encryption of sensitive fields at rest, and keyed hashes for lookups.

Fernet (AES-128-CBC + HMAC) from `cryptography`; MultiFernet so keys can be rotated:
the first key encrypts, every key decrypts.
"""

from __future__ import annotations

import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import String, Text
from sqlalchemy.types import TypeDecorator


class Crypto:
    def __init__(self, keys: str, secret_key: str) -> None:
        self._fernet = MultiFernet([Fernet(k.strip()) for k in keys.split(",") if k.strip()])
        self._hash_key = hashlib.sha256(("lookup:" + secret_key).encode()).digest()

    def encrypt(self, value: str) -> str:
        return self._fernet.encrypt(value.encode()).decode()

    def decrypt(self, token: str) -> str:
        return self._fernet.decrypt(token.encode()).decode()

    def lookup_hash(self, value: str) -> str:
        """A stable keyed hash: lets us find a row by a value without storing it in clear."""
        return hmac.new(self._hash_key, value.encode(), hashlib.sha256).hexdigest()


_crypto: Crypto | None = None


def configure(keys: str, secret_key: str) -> Crypto:
    global _crypto
    _crypto = Crypto(keys, secret_key)
    return _crypto


def get_crypto() -> Crypto:
    if _crypto is None:
        raise RuntimeError("encryption is not configured: call api.crypto.configure() first")
    return _crypto


class EncryptedText(TypeDecorator[str]):
    """A text column stored encrypted; reads give back the clear text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: object) -> str | None:
        return None if value is None else get_crypto().encrypt(value)

    def process_result_value(self, value: str | None, dialect: object) -> str | None:
        if value is None:
            return None
        try:
            return get_crypto().decrypt(value)
        except InvalidToken as exc:  # wrong key: fail loudly, never return ciphertext as text
            raise RuntimeError("cannot decrypt a field: check ENCRYPTION_KEYS") from exc


HASH_TYPE = String(64)
