# Generated from specs/twilio-oai/twilio_voice_v1.json by codegen; do not edit.
"""Voice v1: HighriskSpecialPrefix (DialingPermissions/Countries/IsoCode/HighRiskSpecialPrefixes) on voice.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource

__all__ = ["DialingPermissionsHrsPrefixes", "HighriskSpecialPrefixList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DialingPermissionsHrsPrefixes(Record):
    """Record ``voice.v1.dialing_permissions.dialing_permissions_country.dialing_permissions_hrs_prefixes`` (every field may be ``None``)."""

    prefix: str | None = None


_LIST_LIST: Operation[DialingPermissionsHrsPrefixes] = Operation(
    id="voice.v1.dialing_permissions.countries.highrisk_special_prefixes.list",
    method="GET",
    product="voice",
    path="/v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes",
    spec="voice_v1",
    record=DialingPermissionsHrsPrefixes,
    paging="meta",
    envelope="content",
)


class HighriskSpecialPrefixList(Resource):
    """``DialingPermissions/Countries/IsoCode/HighRiskSpecialPrefixes``."""

    _path = "/v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes"

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[DialingPermissionsHrsPrefixes]:
        """Fetch the high-risk special services prefixes from the country resource corresponding to the ISO country code. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[DialingPermissionsHrsPrefixes]:
        """Fetch the high-risk special services prefixes from the country resource corresponding to the ISO country code. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[DialingPermissionsHrsPrefixes]:
        """Fetch the high-risk special services prefixes from the country resource corresponding to the ISO country code. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
