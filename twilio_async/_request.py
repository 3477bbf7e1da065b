"""``client.request(...)``: any Twilio endpoint, with everything the generated ones get.

For endpoints the specs lack (the Conversations media host, a new beta API): the request goes
through the client's transport, so it carries the client's credentials and gets the same
retries (and the same rules for what is safe to repeat), concurrency limits, telemetry and
error mapping as a generated operation. The URL must be on one of Twilio's hosts or a
configured ``base_url`` (:mod:`twilio_async._hosts`), so credentials never leak elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs
import orjson

from twilio_async._exceptions import InvalidResponseError

if TYPE_CHECKING:
    from twilio_async._transport import ApiResponse, Transport

__all__ = ["RawResponse", "send_request"]

_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


@attrs.frozen(slots=True)
class RawResponse:
    """A successful answer to :meth:`Client.request`: status, headers and the body as sent.

    ``request_id`` is Twilio's ``Twilio-Request-Id`` header; :meth:`json` decodes the body.
    (An error status raises the usual :class:`~twilio_async.TwilioAPIError` instead.)
    """

    status_code: int
    headers: Mapping[str, str] = attrs.field(repr=False)
    content: bytes = attrs.field(repr=False)
    url: str

    @property
    def request_id(self) -> str | None:
        """The ``Twilio-Request-Id`` response header (what Twilio support asks for)."""
        return self.headers.get("Twilio-Request-Id")

    @property
    def text(self) -> str:
        """The body decoded as UTF-8 (undecodable bytes replaced)."""
        return self.content.decode("utf-8", "replace")

    def json(self) -> Any:
        """The body as JSON (``None`` for an empty body)."""
        if not self.content:
            return None
        try:
            return orjson.loads(self.content)
        except orjson.JSONDecodeError:
            raise InvalidResponseError(
                "the response body is not JSON",
                method="",
                url=self.url,
                status=self.status_code,
                excerpt=self.text[:200],
                request_id=self.request_id,
            ) from None


async def send_request(
    transport: Transport,
    method: str,
    url: str,
    *,
    params: Mapping[str, Any] | None = None,
    data: Mapping[str, Any] | None = None,
    json: Any = None,
    content: bytes | None = None,
    content_type: str | None = None,
    headers: Mapping[str, str] | None = None,
    idempotent: bool = False,
    auth: str | None = None,
    allow_any_host: bool = False,
    operation: str | None = None,
) -> RawResponse:
    """Send one request through ``transport``; see :meth:`twilio_async.Client.request`."""
    from twilio_async._hosts import route_url

    verb = method.upper()
    if verb not in _METHODS:
        raise ValueError(f"method must be one of {', '.join(sorted(_METHODS))}, got {method!r}")
    given = [n for n, v in (("data", data), ("json", json), ("content", content)) if v is not None]
    if len(given) > 1:
        raise ValueError(f"pass one body at most: data=, json= or content= (got {given})")
    if content is not None and not isinstance(content, (bytes, bytearray, memoryview)):
        raise TypeError(f"content must be bytes, got {type(content).__name__}")
    if content_type is not None and content is None:
        raise ValueError("content_type= describes content=; data= and json= set their own")
    if content_type is not None and (
        any(c in content_type for c in "\r\n\0") or "/" not in content_type
    ):
        raise ValueError(
            f"content_type must be a media type such as 'image/png', got {content_type!r}"
        )
    target = route_url(transport, url, allow_any_host=allow_any_host)
    answer: ApiResponse = await transport.request(
        verb,
        None,
        target,
        query=params,
        form=data,
        json=json,
        content=bytes(content) if content is not None else None,
        content_type=content_type,
        headers=headers,
        raw=True,
        idempotent=idempotent,
        auth=auth,
        operation=operation,
    )
    return RawResponse(answer.status_code, answer.headers, answer.content, target)
