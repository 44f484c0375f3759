from enum import StrEnum


class VolunteerRole(StrEnum):
    VOLUNTEER = "volunteer"
    COORDINATOR = "coordinator"
