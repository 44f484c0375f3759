"""The backend: the channel-agnostic system of record (FastAPI + SQLModel)."""
