# Generated from specs/twilio-oai/twilio_insights_v1.json by codegen; do not edit.
"""Insights v1: Annotation (Voice/CallSid/Annotation) on insights.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "Annotation",
    "AnnotationAnsweredBy",
    "AnnotationConnectivityIssue",
    "AnnotationContext",
    "AnnotationList",
    "AnnotationUpdateParams",
]


class AnnotationAnsweredBy(OpenEnum):
    """``annotation_enum_answered_by``."""

    UNKNOWN_ANSWERED_BY = "unknown_answered_by"
    HUMAN = "human"
    MACHINE = "machine"


class AnnotationConnectivityIssue(OpenEnum):
    """``annotation_enum_connectivity_issue``."""

    UNKNOWN_CONNECTIVITY_ISSUE = "unknown_connectivity_issue"
    NO_CONNECTIVITY_ISSUE = "no_connectivity_issue"
    INVALID_NUMBER = "invalid_number"
    CALLER_ID = "caller_id"
    DROPPED_CALL = "dropped_call"
    NUMBER_REACHABILITY = "number_reachability"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Annotation(Record):
    """Record ``insights.v1.call.annotation`` (every field but ``call_sid``, ``account_sid``, ``url`` may be ``None``)."""

    call_sid: str
    account_sid: str
    answered_by: AnnotationAnsweredBy | None = None
    connectivity_issue: AnnotationConnectivityIssue | None = None
    quality_issues: list[str] | None = None
    spam: bool | None = None
    call_score: int | None = None
    comment: str | None = None
    incident: str | None = None
    url: str


class AnnotationUpdateParams(TypedDict, total=False):
    """Keywords of ``insights.v1.calls.annotation.update`` (``UpdateAnnotation``)."""

    answered_by: str
    """Specify which entity answered the call as determined by Answering Machine Detection."""
    connectivity_issue: str
    """Specify if the call had any connectivity issues."""
    quality_issues: str
    """Specify if the call had any subjective quality issues."""
    spam: bool
    """A boolean flag to indicate if the call was a spam call."""
    call_score: int
    """Specify the call score."""
    comment: str
    """Specify any comments pertaining to the call."""
    incident: str
    """Associate this call with an incident or support ticket."""


_CONTEXT_FETCH: Operation[Annotation] = Operation(
    id="insights.v1.calls.annotation.fetch",
    method="GET",
    product="insights",
    path="/v1/Voice/{CallSid}/Annotation",
    spec="insights_v1",
    record=Annotation,
)


_CONTEXT_UPDATE: Operation[Annotation] = Operation(
    id="insights.v1.calls.annotation.update",
    method="POST",
    product="insights",
    path="/v1/Voice/{CallSid}/Annotation",
    spec="insights_v1",
    record=Annotation,
    form={
        "answered_by": "AnsweredBy",
        "connectivity_issue": "ConnectivityIssue",
        "quality_issues": "QualityIssues",
        "spam": "Spam",
        "call_score": "CallScore",
        "comment": "Comment",
        "incident": "Incident",
    },
)


class AnnotationContext(Resource):
    """One ``Voice/CallSid/Annotation`` record."""

    _path = "/v1/Voice/{CallSid}/Annotation"

    async def fetch(self) -> Annotation:
        """Get the Annotation for a specific Call."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[AnnotationUpdateParams]) -> Annotation:
        """Update an Annotation for a specific Call."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class AnnotationList(Resource):
    """``Voice/CallSid/Annotation``."""

    def __call__(self) -> AnnotationContext:
        """The one record of this resource."""
        return self._child(AnnotationContext)
