# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: Entity (Services/ServiceSid/Entities) on verify.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.verify.v2.services_entities_challenges import ChallengeList
    from twilio_async.rest.verify.v2.services_entities_factors import FactorList
    from twilio_async.rest.verify.v2.services_entities_factors_new_factors import NewFactorList

__all__ = ["Entity", "EntityContext", "EntityCreateParams", "EntityList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Entity(Record):
    """Record ``verify.v2.service.entity`` (every field but ``sid``, ``identity``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    identity: str
    account_sid: str
    service_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class EntityCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.entities.create`` (``CreateEntity``)."""

    identity: Required[str]
    """The unique external identifier for the Entity of the Service."""


_LIST_LIST: Operation[Entity] = Operation(
    id="verify.v2.services.entities.list",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities",
    spec="verify_v2",
    record=Entity,
    paging="meta",
    envelope="entities",
)


_LIST_CREATE: Operation[Entity] = Operation(
    id="verify.v2.services.entities.create",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities",
    spec="verify_v2",
    record=Entity,
    form={
        "identity": "Identity",
    },
    required=frozenset(["identity"]),
)


_CONTEXT_FETCH: Operation[Entity] = Operation(
    id="verify.v2.services.entities.fetch",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities/{Identity}",
    spec="verify_v2",
    record=Entity,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="verify.v2.services.entities.delete",
    method="DELETE",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities/{Identity}",
    spec="verify_v2",
)


class EntityContext(Resource):
    """One ``Services/ServiceSid/Entities`` record: identity."""

    _path = "/v2/Services/{ServiceSid}/Entities/{Identity}"

    @property
    def identity(self) -> str:
        """The ``identity`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Entity:
        """Fetch a specific Entity."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a specific Entity."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def challenges(self) -> ChallengeList:
        """``Services/ServiceSid/Entities/Identity/Challenges``."""
        from twilio_async.rest.verify.v2.services_entities_challenges import ChallengeList

        return self._child(ChallengeList)

    @property
    def factors(self) -> FactorList:
        """``Services/ServiceSid/Entities/Identity/Factors``."""
        from twilio_async.rest.verify.v2.services_entities_factors import FactorList

        return self._child(FactorList)

    @property
    def new_factors(self) -> NewFactorList:
        """``Services/ServiceSid/Entities/Identity/Factors``."""
        from twilio_async.rest.verify.v2.services_entities_factors_new_factors import NewFactorList

        return self._child(NewFactorList)


class EntityList(CreateMany[EntityCreateParams, Entity], Resource):
    """``Services/ServiceSid/Entities`` (call it with a identity)."""

    _path = "/v2/Services/{ServiceSid}/Entities"
    _create_operation = _LIST_CREATE

    def __call__(self, identity: str) -> EntityContext:
        """The record with this ``identity``."""
        return self._child(EntityContext, identity=identity)

    async def create(self, **params: Unpack[EntityCreateParams]) -> Entity:
        """Create a new Entity for the Service."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Entity]:
        """Retrieve a list of all Entities for a Service. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Entity]:
        """Retrieve a list of all Entities for a Service. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Entity]:
        """Retrieve a list of all Entities for a Service. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
