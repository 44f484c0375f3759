"""Sending what the API has due, within Telegram's limits (check-ins today)."""
