# Generated from specs/twilio-oai/twilio_studio_v2.json by codegen; do not edit.
"""Studio v2: FlowValidate (Flows/Validate) on studio.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["FlowValidate", "FlowValidateList", "FlowValidateUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class FlowValidate(Record):
    """Record ``studio.v2.flow_validate`` (every field may be ``None``)."""

    valid: bool | None = None


class FlowValidateUpdateParams(TypedDict, total=False):
    """Keywords of ``studio.v2.flow_validate.update`` (``UpdateFlowValidate``)."""

    friendly_name: Required[str]
    """The string that you assigned to describe the Flow."""
    status: Required[str]
    definition: Required[Any]
    """JSON representation of flow definition."""
    commit_message: str
    """Description of change made in the revision."""


_LIST_UPDATE: Operation[FlowValidate] = Operation(
    id="studio.v2.flow_validate.update",
    method="POST",
    product="studio",
    path="/v2/Flows/Validate",
    spec="studio_v2",
    record=FlowValidate,
    form={
        "friendly_name": "FriendlyName",
        "status": "Status",
        "definition": "Definition",
        "commit_message": "CommitMessage",
    },
    required=frozenset(["definition", "friendly_name", "status"]),
    encode={
        "definition": "json",
    },
)


class FlowValidateList(Resource):
    """``Flows/Validate``."""

    _path = "/v2/Flows/Validate"

    async def update(self, **params: Unpack[FlowValidateUpdateParams]) -> FlowValidate:
        """Validate flow JSON definition."""
        return await self._call(_LIST_UPDATE, params)

    update_with_http_info = with_http_info(_LIST_UPDATE, update)
