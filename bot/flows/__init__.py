"""Conversation logic, pure: (state, event, context) -> (state, replies, effects).

Nothing here imports telegram, httpx or sqlmodel, or does I/O.
"""
