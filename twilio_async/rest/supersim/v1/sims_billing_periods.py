# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""Supersim v1: BillingPeriod (Sims/SimSid/BillingPeriods) on supersim.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource

__all__ = ["BillingPeriod", "BillingPeriodBpType", "BillingPeriodList"]


class BillingPeriodBpType(OpenEnum):
    """``billing_period_enum_bp_type``."""

    READY = "ready"
    ACTIVE = "active"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class BillingPeriod(Record):
    """Record ``supersim.v1.sim.billing_period`` (every field may be ``None``)."""

    sid: str | None = None
    account_sid: str | None = None
    sim_sid: str | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    period_type: BillingPeriodBpType | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None


_LIST_LIST: Operation[BillingPeriod] = Operation(
    id="supersim.v1.sims.billing_periods.list",
    method="GET",
    product="supersim",
    path="/v1/Sims/{SimSid}/BillingPeriods",
    spec="supersim_v1",
    record=BillingPeriod,
    paging="meta",
    envelope="billing_periods",
)


class BillingPeriodList(Resource):
    """``Sims/SimSid/BillingPeriods``."""

    _path = "/v1/Sims/{SimSid}/BillingPeriods"

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[BillingPeriod]:
        """Retrieve a list of Billing Periods for a Super SIM. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[BillingPeriod]:
        """Retrieve a list of Billing Periods for a Super SIM. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[BillingPeriod]:
        """Retrieve a list of Billing Periods for a Super SIM. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
