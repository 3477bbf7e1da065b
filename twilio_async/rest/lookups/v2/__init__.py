# Generated from specs/twilio-oai/twilio_lookups_v2.json by codegen; do not edit.
"""Lookups v2 on lookups.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.lookups.v2.batch_query import QueryList
    from twilio_async.rest.lookups.v2.phone_numbers import PhoneNumberList
    from twilio_async.rest.lookups.v2.phone_numbers_overrides import LookupOverrideList
    from twilio_async.rest.lookups.v2.rate_limits import RateLimitList
    from twilio_async.rest.lookups.v2.rate_limits_fields import BucketList

__all__ = ["LookupsV2"]


class LookupsV2(Resource):
    """``client.lookups.v2``."""

    @property
    def bucket(self) -> BucketList:
        """``RateLimits/Fields/Field/Bucket``."""
        from twilio_async.rest.lookups.v2.rate_limits_fields import BucketList

        return BucketList(self._transport)

    @property
    def lookup_overrides(self) -> LookupOverrideList:
        """``PhoneNumbers/PhoneNumber/Overrides``."""
        from twilio_async.rest.lookups.v2.phone_numbers_overrides import LookupOverrideList

        return LookupOverrideList(self._transport)

    @property
    def phone_numbers(self) -> PhoneNumberList:
        """``PhoneNumbers``."""
        from twilio_async.rest.lookups.v2.phone_numbers import PhoneNumberList

        return PhoneNumberList(self._transport)

    @property
    def query(self) -> QueryList:
        """``batch/query``."""
        from twilio_async.rest.lookups.v2.batch_query import QueryList

        return QueryList(self._transport)

    @property
    def rate_limits(self) -> RateLimitList:
        """``RateLimits``."""
        from twilio_async.rest.lookups.v2.rate_limits import RateLimitList

        return RateLimitList(self._transport)
