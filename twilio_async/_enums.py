"""Enums that tolerate values Twilio adds later."""

from __future__ import annotations

import enum
from typing import Any

__all__ = ["MAX_INTERNED_UNKNOWN", "HttpMethod", "OpenEnum"]


#: Unknown values interned per enum (so that the same new status is the same object and
#: is found by the decoder's dictionary lookup). Beyond it, values are still returned,
#: as fresh members: a stream of made-up values cannot grow the process without bound.
MAX_INTERNED_UNKNOWN = 64


class OpenEnum(str, enum.Enum):
    """A string enum whose unknown values become members instead of raising.

    Twilio adds statuses over time (``read``, ``partially_delivered``, ...). An old client
    must keep working: ``MessageStatus("brand_new")`` returns a member whose ``value`` is
    ``"brand_new"`` and whose ``is_known`` is false. It still compares equal to its string.
    The first :data:`MAX_INTERNED_UNKNOWN` unknown values of each enum are cached; later
    ones are equal to their string but not the same object each time.
    """

    @classmethod
    def _missing_(cls, value: Any) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper().replace("-", "_")
        member._value_ = value
        cache = cls._value2member_map_
        # The map also holds the known members (and their aliases).
        if len(cache) < len(cls._member_map_) + MAX_INTERNED_UNKNOWN:
            cache[value] = member
        return member

    @property
    def is_known(self) -> bool:
        """Whether this value is one the installed version of twilio_async knows."""
        # The declared member itself: an unknown "Sent" is named SENT too.
        return type(self)._member_map_.get(self._name_) is self

    def __str__(self) -> str:
        return str(self.value)


class HttpMethod(OpenEnum):
    """How Twilio calls a webhook URL (the spec's ``http-method`` values)."""

    GET = "GET"
    POST = "POST"
