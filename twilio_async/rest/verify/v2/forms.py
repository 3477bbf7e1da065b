# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: Form (Forms) on verify.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["Form", "FormContext", "FormFormTypes", "FormList"]


class FormFormTypes(OpenEnum):
    """``form_enum_form_types``."""

    FORM_PUSH = "form-push"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Form(Record):
    """Record ``verify.v2.form`` (every field but ``form_type``, ``url`` may be ``None``)."""

    form_type: FormFormTypes
    forms: Any | None = None
    form_meta: Any | None = None
    url: str


_CONTEXT_FETCH: Operation[Form] = Operation(
    id="verify.v2.forms.fetch",
    method="GET",
    product="verify",
    path="/v2/Forms/{FormType}",
    spec="verify_v2",
    record=Form,
)


class FormContext(Resource):
    """One ``Forms`` record: form_type."""

    _path = "/v2/Forms/{FormType}"

    @property
    def form_type(self) -> str:
        """The ``form_type`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Form:
        """Fetch the forms for a specific Form Type."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class FormList(Resource):
    """``Forms`` (call it with a form_type)."""

    def __call__(self, form_type: str) -> FormContext:
        """The record with this ``form_type``."""
        return self._child(FormContext, form_type=form_type)
