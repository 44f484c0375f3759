"""One place for every setting, read from the environment (or a .env file)."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
# Development-only defaults. Outside development the app refuses to start with them.
_DEV_SECRET = "dev-only-secret-change-me"
_DEV_FERNET = "ZGV2LW9ubHkta2V5LWNoYW5nZS1tZS0xMjM0NTY3OCE="
_DEV_SERVICE_TOKEN = "dev-only-service-token"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    database_url: str = "sqlite+aiosqlite:///./kawan.db"
    content_dir: Path = REPO_ROOT / "content"
    log_level: str = "INFO"

    # Secrets: signing tokens, hashing identities, encrypting sensitive fields.
    secret_key: str = _DEV_SECRET
    # Comma-separated Fernet keys; the first encrypts, all decrypt (key rotation).
    encryption_keys: str = _DEV_FERNET
    service_token: str = _DEV_SERVICE_TOKEN

    # The API
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    api_url: str | None = None  # set: the bot talks to a remote API over HTTP

    # Telegram
    telegram_bot_token: str | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_api_base_file_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    bot_username: str = "KawanPMIBot"
    telegram_timeout: float = 10.0  # seconds per Bot API call before it counts as timed out

    consent_version: str = Field(default="2026-11")

    # Cases: volunteers' tokens, alerts leaving through the outbox, escalation
    access_token_minutes: int = 30
    login_max_failures: int = 5  # wrong passwords in a row before sign-in is refused for a while
    login_lock_minutes: float = 15.0
    scheduler_enabled: bool = True
    escalation_next_level_chat_id: str | None = None  # e.g. a BP3MI Banten officer's chat
    telegram_rate_per_second: float = 25.0  # global budget, under Telegram's ~30/s per bot
    outbox_max_attempts: int = 8

    # Check-ins (issue 4)
    checkin_reminder_delay_hours: float = 24.0  # unanswered this long ➜ one reminder, in-window
    checkin_missed_after_hours: float = 48.0  # unanswered this long after sending ➜ missed
    checkin_missed_for_case: int = 2  # missed in a row ➜ a `missed_checkin` case
    checkin_jobs_every_seconds: float = 60.0  # reminders, missed, expiry (0 = off)
    checkin_dispatch: bool = True  # the bot process sends due check-ins
    checkin_dispatch_budget: float = 25.0  # messages per second, all chats together
    checkin_dispatch_per_chat_seconds: float = 1.0
    checkin_dispatch_batch: int = 200
    checkin_dispatch_every_seconds: float = 30.0  # how often the bot looks for due check-ins
    checkin_lease_seconds: int = 120

    @model_validator(mode="after")
    def _refuse_unsafe_secrets(self) -> Settings:
        if self.environment != "production":
            return self
        unsafe = [
            name
            for name, value, dev in (
                ("SECRET_KEY", self.secret_key, _DEV_SECRET),
                ("ENCRYPTION_KEYS", self.encryption_keys, _DEV_FERNET),
                ("SERVICE_TOKEN", self.service_token, _DEV_SERVICE_TOKEN),
            )
            if value == dev or len(value) < 32
        ]
        if self.webhook_url and not self.webhook_secret:
            unsafe.append("WEBHOOK_SECRET")
        if unsafe:
            raise ValueError(
                "Unsafe or missing secrets in production: "
                + ", ".join(unsafe)
                + ". Generate them with `kawan secrets`."
            )
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()


def new_secrets() -> dict[str, str]:
    """Fresh values for the secret settings (printed by `kawan secrets`)."""
    from cryptography.fernet import Fernet

    return {
        "SECRET_KEY": secrets.token_urlsafe(48),
        "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "SERVICE_TOKEN": secrets.token_urlsafe(48),
        "WEBHOOK_SECRET": secrets.token_urlsafe(32),
    }
