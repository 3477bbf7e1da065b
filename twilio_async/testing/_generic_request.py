"""One request to the generic handler: routed path values, parameters, body, and the
checks that need nothing but the request (required parameters, enum values)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import orjson
from starlette.datastructures import Headers, QueryParams

from twilio_async.testing._errors import ApiError, invalid_parameter
from twilio_async.testing._table import OperationSpec

__all__ = ["GenericRequest", "snake"]

_PLACES = {"form": "post body", "query": "query string", "header": "headers"}


class GenericRequest:
    """What the handler needs of one request: routed values, parameters and body."""

    def __init__(
        self,
        operation: OperationSpec,
        values: tuple[str, ...],
        *,
        path: str,
        query: QueryParams,
        headers: Headers,
        form: Sequence[tuple[str, str]],
        body: bytes,
    ) -> None:
        self.operation = operation
        self.values = values
        self.path = path
        self.query = query
        self.headers = headers
        self.form: dict[str, list[str]] = {}
        for name, value in form:
            self.form.setdefault(name, []).append(value)
        self.json: Any = None
        if operation.json is not None and body:
            try:
                self.json = orjson.loads(body)
            except orjson.JSONDecodeError:
                raise invalid_parameter("the request body is not valid JSON") from None

    def param(self, api: str) -> list[str]:
        """The values of a form or query parameter (form first)."""
        return self.form.get(api) or self.query.getlist(api)

    def check(self) -> None:
        """400 for a missing required parameter (naming it) or a value outside an enum."""
        op = self.operation
        for api, where in op.required:
            if where == "body":
                present = self.json is not None
            elif where == "header":
                present = bool(self.headers.get(api))
            else:
                present = any(self.param(api))
            if not present:
                place = _PLACES.get(where, "request body")
                code, message = op.missing_codes.get(
                    api, (20001, f"Missing required parameter {api} in the {place}")
                )
                raise ApiError(400, code, message)
        for api, allowed in op.enums.items():
            for value in self.param(api):
                if value not in allowed:
                    expected = ", ".join(sorted(allowed))
                    raise invalid_parameter(
                        f"Invalid value {value!r} for parameter {api}: expected one of {expected}"
                    )
        if op.json and isinstance(self.json, Mapping):
            for name in op.json:
                if name not in self.json:
                    raise ApiError(
                        400, 20001, f"Missing required parameter {name} in the request body"
                    )

    def filters(self) -> list[tuple[str, str, str]]:
        """(field, wanted, comparison) for each query parameter that filters by a field."""
        op = self.operation
        found = []
        for api in op.query:
            target = op.fields.get(api)
            wanted = self.query.get(api)
            if target is not None and wanted:
                found.append((target[0], wanted, target[1]))
        return found


def snake(name: str) -> str:
    """``friendlyName`` -> ``friendly_name``: how a JSON body's key names a record field."""
    out = []
    for index, char in enumerate(name):
        if char.isupper() and index and (name[index - 1].islower() or name[index - 1].isdigit()):
            out.append("_")
        out.append(char.lower())
    return "".join(out)
