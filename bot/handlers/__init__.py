"""Thin adapters: Telegram Update ➜ flow event; flow replies ➜ Telegram calls."""
