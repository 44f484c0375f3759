"""A fake Telegram Bot API server so tests can drive the real python-telegram-bot stack.

Import it as ``from tests.botapi.server import FakeBotAPI`` (or relatively from inside
``tests/botapi``).
"""
