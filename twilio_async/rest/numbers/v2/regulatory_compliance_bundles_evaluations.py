# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: Evaluation (RegulatoryCompliance/Bundles/BundleSid/Evaluations) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["Evaluation", "EvaluationContext", "EvaluationList", "EvaluationStatus"]


class EvaluationStatus(OpenEnum):
    """``evaluation_enum_status``."""

    COMPLIANT = "compliant"
    NONCOMPLIANT = "noncompliant"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Evaluation(Record):
    """Record ``numbers.v2.regulatory_compliance.bundle.evaluation`` (every field but ``sid``, ``account_sid``, ``bundle_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    regulation_sid: str | None = None
    bundle_sid: str
    status: EvaluationStatus | None = None
    results: list[Any] | None = None
    date_created: datetime
    url: str


_LIST_LIST: Operation[Evaluation] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.evaluations.list",
    method="GET",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations",
    spec="numbers_v2",
    record=Evaluation,
    paging="meta",
    envelope="results",
)


_LIST_CREATE: Operation[Evaluation] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.evaluations.create",
    method="POST",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations",
    spec="numbers_v2",
    record=Evaluation,
)


_CONTEXT_FETCH: Operation[Evaluation] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.evaluations.fetch",
    method="GET",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations/{Sid}",
    spec="numbers_v2",
    record=Evaluation,
)


class EvaluationContext(Resource):
    """One ``RegulatoryCompliance/Bundles/BundleSid/Evaluations`` record: sid."""

    _path = "/v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Evaluation:
        """Fetch specific Evaluation Instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class EvaluationList(Resource):
    """``RegulatoryCompliance/Bundles/BundleSid/Evaluations`` (call it with a sid)."""

    _path = "/v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations"

    def __call__(self, sid: str) -> EvaluationContext:
        """The record with this ``sid``."""
        return self._child(EvaluationContext, sid=sid)

    async def create(self) -> Evaluation:
        """Creates an evaluation for a bundle."""
        return await self._call(_LIST_CREATE, {})

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Evaluation]:
        """Retrieve a list of Evaluations associated to the Bundle resource. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Evaluation]:
        """Retrieve a list of Evaluations associated to the Bundle resource. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Evaluation]:
        """Retrieve a list of Evaluations associated to the Bundle resource. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
