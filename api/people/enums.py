from enum import StrEnum


class Role(StrEnum):
    WORKER_ABROAD = "worker_abroad"
    PREPARING = "preparing"
    FAMILY = "family"
    VOLUNTEER = "volunteer"


class Language(StrEnum):
    ID = "id"
    EN = "en"


class Channel(StrEnum):
    TELEGRAM = "telegram"
    CONSOLE = "console"  # `kawan chat`, a terminal session
    WEB = "web"
    PHONE = "phone"  # a volunteer logging a phone call
