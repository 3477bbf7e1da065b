"""Pages of records, and the pager that walks a list operation in any of Twilio's styles.

Next-page links are checked before they are followed (:func:`page_link`): credentials go
with every request, so a link must stay on the API host.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from twilio_async._exceptions import InvalidResponseError
from twilio_async._record import Record, request_id_store, set_request_id

if TYPE_CHECKING:
    from twilio_async._operation import Operation
    from twilio_async._transport import ApiResponse, Transport

__all__ = ["Page", "Pager", "page_link"]

R = TypeVar("R")


# C0 and C1 control characters, space and DEL: never in a link Twilio returns.
_UNSAFE_IN_LINK = frozenset(chr(code) for code in (*range(0x21), *range(0x7F, 0xA0)))


def page_link(link: object, fetched_from: str) -> str | None:
    """A checked next-page link, or ``None`` on the last page.

    Twilio's v2010 links are absolute paths, its v1/v2 links absolute URLs (which the
    transport reduces to path and query, so paging never leaves the configured host).
    Anything else, such as ``".attacker.example/x"`` which appended to
    ``https://api.twilio.com`` would name another host, is refused: the request would
    carry our credentials there.
    """
    if link is None or link == "":
        return None
    if not isinstance(link, str) or not _UNSAFE_IN_LINK.isdisjoint(link):
        raise _bad_page(fetched_from, f"unusable next-page link {link!r}")
    if link.startswith(("http://", "https://")):
        return link  # only its path and query are used, on the configured host
    if not link.startswith("/") or link.startswith("//"):
        raise _bad_page(fetched_from, f"next-page link {link!r} is not a path on the API host")
    return link


def _bad_page(fetched_from: str, problem: str) -> InvalidResponseError:
    return InvalidResponseError(problem, method="GET", url=fetched_from)


@attrs.frozen(kw_only=True)
class Page(Generic[R]):
    """One page of a list: ``items`` plus the link to the next page, if any."""

    items: list[R]
    next_page_url: str | None
    _fetch: Callable[[str], Awaitable[Page[R]]] = attrs.field(repr=False, alias="fetch")

    @property
    def has_next_page(self) -> bool:
        """Whether Twilio says there is a page after this one."""
        return self.next_page_url is not None

    async def next_page(self) -> Page[R] | None:
        """Fetch the following page, or return ``None`` on the last page."""
        if self.next_page_url is None:
            return None
        return await self._fetch(self.next_page_url)

    def __iter__(self) -> Iterator[R]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class Pager:
    """Fetches the pages of one list operation in any of Twilio's paging styles."""

    __slots__ = ("_decode", "_headers", "_op", "_transport")

    def __init__(self, transport: Transport, op: Operation[Any], headers: dict[str, str]) -> None:
        self._transport = transport
        self._op = op
        self._headers = headers or None
        self._decode = op.decoder()

    async def _raw(
        self, path_or_url: str, query: Mapping[str, Any] | None
    ) -> tuple[list[Any], str | None, str | None]:
        """The page's JSON records, the next page's URL and the response's request id."""
        op = self._op
        response: ApiResponse = await self._transport.request(
            "GET",
            op.product,
            path_or_url,
            query=query or None,
            headers=self._headers,
            operation=op.id,
            auth=op.auth,
            with_response=True,
        )
        data = response.data
        if not isinstance(data, Mapping):
            raise InvalidResponseError(
                f"{op.id}: a list page must be a JSON object, not {type(data).__name__}",
                method="GET",
                url=path_or_url,
            )
        return (*self._split(data, path_or_url, query), response.request_id)

    def _split(
        self, data: Mapping[str, Any], path_or_url: str, query: Mapping[str, Any] | None
    ) -> tuple[list[Any], str | None]:
        op = self._op
        meta = data.get("meta")
        next_url: Any = None
        key = op.envelope
        if op.paging == "meta" and isinstance(meta, Mapping):
            key = key or meta.get("key")
            next_url = meta.get("next_page_url")
        elif op.paging == "v2010":
            next_url = data.get("next_page_uri")
        elif op.paging == "token" and isinstance(meta, Mapping):
            token = meta.get("next_token")
            if token:
                next_url = _with_query(path_or_url, query, {"Token": token})
        elif op.paging == "page_number" and data.get("has_next"):
            current = data.get("current_page")
            if isinstance(current, int):
                next_url = _with_query(path_or_url, query, {"Page": current + 1})
        records = data.get(key) if key else None
        if records is not None and not isinstance(records, list):
            raise InvalidResponseError(
                f"{op.id}: the page's {key!r} must be a JSON array", method="GET", url=path_or_url
            )
        # Refuses a link that would leave the API host (issue 11): credentials go with it.
        return records or [], page_link(next_url, path_or_url)

    async def page(self, path: str, query: Mapping[str, Any]) -> Page[Any]:
        records, next_url, request_id = await self._raw(path, query)
        items = [self._decode(record) for record in records]
        if request_id is not None:
            for item in items:
                set_request_id(item, request_id)
        return Page(
            items=items,
            next_page_url=next_url,
            fetch=self._next_page,
        )

    async def _next_page(self, url: str) -> Page[Any]:
        return await self.page(url, {})

    async def iterate(
        self, path: str, query: Mapping[str, Any], limit: int | None
    ) -> AsyncIterator[Any]:
        if limit is not None and limit <= 0:
            return
        remaining = limit
        decode = self._decode
        # A record's request id goes straight into its slot (what set_request_id does
        # after checking the type, per record).
        record = self._op.record
        store = (
            request_id_store if isinstance(record, type) and issubclass(record, Record) else None
        )
        seen: set[str] = set()
        records, next_url, request_id = await self._raw(path, query)
        while True:
            keep = store if request_id is not None else None
            rid = request_id or ""
            last = False
            if remaining is not None:
                # The last page wanted: cut to the limit, no count to keep per record.
                last = len(records) >= remaining
                if last:
                    records = records[:remaining]
                remaining -= len(records)
            # The page at once, each JSON object freed as soon as its record is built, and
            # each record let go of as soon as it is handed out: objects that outlive a
            # garbage collection are walked again by every later one (a fifth of a listed
            # record's cost when a page stayed alive while the caller worked).
            records.reverse()
            take = records.pop
            items: list[Any] = []
            add = items.append
            failure: Exception | None = None
            try:
                while records:
                    add(decode(take()))
            except Exception as exc:
                failure = exc  # raised after the records before it, as a lazier decoder would
            if keep is not None:
                for item in items:
                    keep(item, rid)
            items.reverse()
            give = items.pop
            while items:
                yield give()
            if failure is not None:
                raise failure
            if last:
                return
            if next_url is None:
                return
            if next_url in seen:
                raise InvalidResponseError(
                    f"{self._op.id}: paging loop: the next-page link loops back to a page "
                    "already fetched",
                    method="GET",
                    url=next_url,
                )
            seen.add(next_url)
            records, next_url, request_id = await self._raw(next_url, None)


def _with_query(path: str, query: Mapping[str, Any] | None, extra: Mapping[str, Any]) -> str:
    from twilio_async._encoding import encode_form

    base, _, old = path.partition("?")
    merged = dict(query or {})
    if old:
        from urllib.parse import parse_qsl

        merged = {**dict(parse_qsl(old)), **merged}
    merged.update(extra)
    return f"{base}?{encode_form(merged)}"
