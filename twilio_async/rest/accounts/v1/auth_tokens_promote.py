# Generated from specs/twilio-oai/twilio_accounts_v1.json by codegen; do not edit.
"""Accounts v1: AuthTokenPromotion (AuthTokens/Promote) on accounts.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["AuthTokenPromotion", "AuthTokenPromotionContext", "AuthTokenPromotionList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AuthTokenPromotion(Record):
    """Record ``accounts.v1.auth_token_promotion`` (every field but ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    auth_token: str | None = attrs.field(default=None, repr=False)
    date_created: datetime
    date_updated: datetime | None = None
    url: str


_CONTEXT_UPDATE: Operation[AuthTokenPromotion] = Operation(
    id="accounts.v1.auth_token_promotion.update",
    method="POST",
    product="accounts",
    path="/v1/AuthTokens/Promote",
    spec="accounts_v1",
    record=AuthTokenPromotion,
)


class AuthTokenPromotionContext(Resource):
    """One ``AuthTokens/Promote`` record."""

    _path = "/v1/AuthTokens/Promote"

    async def update(self) -> AuthTokenPromotion:
        """Promote the secondary Auth Token to primary."""
        return await self._call(_CONTEXT_UPDATE, {})

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class AuthTokenPromotionList(Resource):
    """``AuthTokens/Promote``."""

    def __call__(self) -> AuthTokenPromotionContext:
        """The one record of this resource."""
        return self._child(AuthTokenPromotionContext)
