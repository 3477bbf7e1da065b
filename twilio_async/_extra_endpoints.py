"""``client.request(...)``: any Twilio endpoint, with everything the generated ones get.

For endpoints the specs lack (the Conversations media host, a new beta API): the request goes
through the client's transport, so it carries the client's credentials and gets the same
retries (and the same rules for what is safe to repeat), concurrency limits, telemetry and
error mapping as a generated operation. The URL must be on one of Twilio's hosts or a
configured ``base_url`` (:mod:`twilio_async._hosts`), so credentials never leak elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs
import orjson

from twilio_async._encoding import segment
from twilio_async._exceptions import InvalidResponseError
from twilio_async._redaction import shown_url

if TYPE_CHECKING:
    from twilio_async._media import ConversationMedia
    from twilio_async._transport import ApiResponse, Transport

__all__ = ["ExtraEndpoints", "RawResponse"]

_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


@attrs.frozen(slots=True, repr=False)
class RawResponse:
    """A successful answer to :meth:`Client.request`: status, headers and the body as sent.

    ``request_id`` is Twilio's ``Twilio-Request-Id`` header; :meth:`json` decodes the body.
    (An error status raises the usual :class:`~twilio_async.TwilioAPIError` instead.)
    """

    status_code: int
    headers: Mapping[str, str] = attrs.field(repr=False)
    content: bytes = attrs.field(repr=False)
    url: str

    def __repr__(self) -> str:
        # The URL as logs show it: a phone number or e-mail in the path or the query is
        # hidden (``url`` itself is the whole URL).
        return f"RawResponse(status_code={self.status_code}, url={shown_url(self.url)!r})"

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


class ExtraEndpoints:
    """``client.request`` and ``client.upload_media`` (a base class of ``Client``)."""

    __slots__ = ()
    _transport: Transport

    async def request(
        self,
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
        auth: Literal["bearer", "none"] | None = None,
        allow_any_host: bool = False,
    ) -> RawResponse:
        """Call any Twilio endpoint, e.g. one the specs lack, as the generated operations do.

        ``url`` is absolute: ``https://<product>.twilio.com/...`` goes to that product's host
        as this client is configured (region, edge, ``base_url``), and a URL on a configured
        ``base_url`` stays as it is. Any other host is refused (it would receive the client's
        credentials) unless ``allow_any_host=True``. ``params`` is the query, and the body is
        one of ``data`` (a form), ``json`` or ``content`` (raw bytes, with
        ``content_type``); ``headers`` are added (not ``Authorization``, ``Content-Type``
        and the other headers the client sets). The request gets the client's credentials
        (``auth="bearer"`` for its OAuth2 token, ``"none"`` for none), retries with the same
        safety rules (a POST whose outcome is unknown is not repeated; ``idempotent=True``
        says it may be), the concurrency limit, telemetry, and error mapping: an error
        status raises :class:`~twilio_async.TwilioAPIError`. Returns a
        :class:`~twilio_async.RawResponse` (status, headers, body, ``request_id``, ``json()``).
        """
        from twilio_async._hosts import route_url

        verb = method.upper()
        if verb not in _METHODS:
            raise ValueError(f"method must be one of {', '.join(sorted(_METHODS))}, got {method!r}")
        given = [
            n for n, v in (("data", data), ("json", json), ("content", content)) if v is not None
        ]
        if len(given) > 1:
            raise ValueError(f"pass one body at most: data=, json= or content= (got {given})")
        if content is not None and not isinstance(content, (bytes, bytearray, memoryview)):
            raise TypeError(f"content must be bytes, got {type(content).__name__}")
        if content_type is not None and content is None:
            raise ValueError("content_type= describes content=; data= and json= set their own")
        # Control characters are refused with the other headers (twilio_async._headers).
        if content_type is not None and "/" not in content_type:
            raise ValueError(
                f"content_type must be a media type such as 'image/png', got {content_type!r}"
            )
        transport = self._transport
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
        )
        return RawResponse(answer.status_code, answer.headers, answer.content, target)

    async def upload_media(
        self, chat_service_sid: str, content: bytes, *, content_type: str
    ) -> ConversationMedia:
        """Upload a file for Conversations to the Media Content Service of a Chat Service.

        ``content`` is the file's bytes and ``content_type`` its media type
        (``"image/png"``); the file goes to ``https://mcs.twilio.com/v1/Services/
        {chat_service_sid}/Media`` (the conversation's Chat Service, ``IS...``), the one
        Twilio endpoint for it, which neither the specs nor the official SDK cover. Returns
        the stored :class:`~twilio_async.ConversationMedia`; pass its ``sid`` as
        ``media_sid`` when creating the conversation message. Sent with ``request``: the
        client's credentials, limits, retry rules (a POST whose outcome is unknown is not
        repeated), telemetry and errors.
        """
        from twilio_async._media import decode_media

        if not isinstance(content, (bytes, bytearray, memoryview)) or not len(content):
            raise ValueError("content must be the file's bytes (a non-empty bytes object)")
        service = segment(chat_service_sid, "chat_service_sid")
        answer = await self.request(
            "POST",
            self._transport.url_for("mcs", f"/v1/Services/{service}/Media"),
            content=bytes(content),
            content_type=content_type,
        )
        return decode_media(answer.json(), answer.request_id)
