"""Enums that tolerate values Twilio adds later."""

from __future__ import annotations

import enum
from typing import Any

__all__ = ["HttpMethod", "OpenEnum"]


class OpenEnum(str, enum.Enum):
    """A string enum whose unknown values become members instead of raising.

    Twilio adds statuses over time (``read``, ``partially_delivered``, ...). An old client
    must keep working: ``MessageStatus("brand_new")`` returns a member whose ``value`` is
    ``"brand_new"`` and whose ``is_known`` is false. It still compares equal to its string.
    """

    @classmethod
    def _missing_(cls, value: Any) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper().replace("-", "_")
        member._value_ = value
        # Cache so the same unknown value is the same object, and lookups stay O(1).
        cls._value2member_map_[value] = member
        return member

    @property
    def is_known(self) -> bool:
        """Whether this value is one the installed version of twilio_async knows."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)


class HttpMethod(OpenEnum):
    """How Twilio calls a webhook URL (the spec's ``http-method`` values)."""

    GET = "GET"
    POST = "POST"
