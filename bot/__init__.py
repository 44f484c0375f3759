"""The Telegram channel (and the terminal chat that shares its flows)."""
