"""The codebook of incident records: ACLED event types (with their sub-event types) and
disorder types, ACLED ``inter`` codes, date precisions, verification levels, actor roles,
the counts kept, stop relations, and the ACLED codes a type or a precision implies.
"""

from __future__ import annotations

__all__ = [
    "EVENT_TYPES", "DISORDER_TYPES", "INTER_CODES", "DATE_PRECISIONS", "VERIFICATION",
    "ACTOR_ROLES", "COUNT_FIELDS", "RELATIONS", "disorder_type_for", "time_precision_for",
    "date_precision_for_time",
]

#: ACLED event types and their sub-event types (codebook, 2023 column set).
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack",
                                   "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}
DISORDER_TYPES = ("Political violence", "Demonstrations", "Strategic developments",
                  "Political violence; Demonstrations")
#: ACLED ``inter`` codes of actor1/actor2.
INTER_CODES = {1: "State forces", 2: "Rebel groups", 3: "Political militias",
               4: "Identity militias", 5: "Rioters", 6: "Protesters", 7: "Civilians",
               8: "External/other forces"}
DATE_PRECISIONS = ("day", "week", "month", "year")
#: How far the facts of an incident are established.
VERIFICATION = ("confirmed", "reported", "disputed", "unverified")
ACTOR_ROLES = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
#: Counts kept as low/best/high on the incident and as claims in reports.
COUNT_FIELDS = ("fatalities", "injured", "detained", "displaced")
#: Stop relations: the event happened at the place, or near it (ACLED geo_precision 2).
RELATIONS = ("at", "near")


def disorder_type_for(event_type: str, sub_event_type: str = "") -> str:
    """ACLED ``disorder_type`` implied by an event type."""
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


def time_precision_for(date_precision: str) -> int:
    """ACLED ``time_precision`` (1 day, 2 week, 3 month or vaguer) of a date precision."""
    return {"day": 1, "week": 2}.get(date_precision, 3)


def date_precision_for_time(time_precision: int | None) -> str:
    """Inverse of :func:`time_precision_for` (ACLED has no year precision)."""
    return {1: "day", 2: "week", 3: "month"}.get(time_precision or 1, "day")
