# Generated from specs/twilio-oai/twilio_frontline_v1.json by codegen; do not edit.
"""FrontlineApi v1 on frontline-api.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.frontline_api.v1.users import UserList

__all__ = ["FrontlineApiV1"]


class FrontlineApiV1(Resource):
    """``client.frontline_api.v1``."""

    @property
    def users(self) -> UserList:
        """``Users``."""
        from twilio_async.rest.frontline_api.v1.users import UserList

        return UserList(self._transport)
