"""Generic list and instance resources: the plumbing every Twilio resource shares.

A resource is declared with a :class:`ResourceSpec` (paths, record type, envelope key,
parameter names) plus a thin subclass that gives its methods typed signatures. Paths
are templates filled from path parameters, each escaped as one segment, so a SID like
``../Calls/CA...`` can never change which resource a request reaches.
"""

from __future__ import annotations

from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from typing import Any, ClassVar, Generic, TypeVar
from urllib.parse import quote

import attrs

from twilio_async._bulk import BulkResult, ProgressCallback, create_many, rich_progress
from twilio_async._converter import structure_hook
from twilio_async._exceptions import InvalidResponseError, TwilioError
from twilio_async._transport import Transport

__all__ = ["InstanceContext", "ListResource", "Page", "ResourceSpec", "api_names"]

R = TypeVar("R")

MAX_PAGE_SIZE = 1000


def api_names(*groups: Mapping[str, str] | type, **overrides: str) -> dict[str, str]:
    """Map Python keyword names to Twilio's parameter names.

    Each group is a mapping or a ``TypedDict`` whose keys are snake_case Python names;
    those become PascalCase (``media_url`` -> ``MediaUrl``) unless ``overrides`` names
    them (``from_="From"``, ``date_sent_before="DateSent<"``). The static conformance
    tests check every resulting name against Twilio's OpenAPI spec.
    """
    names: dict[str, str] = {}
    for group in groups:
        keys = group.keys() if isinstance(group, Mapping) else group.__annotations__.keys()
        for key in keys:
            if isinstance(group, Mapping):
                names[key] = group[key]
            else:
                names[key] = "".join(part.capitalize() for part in key.rstrip("_").split("_"))
    names.update(overrides)
    return names


@attrs.frozen(kw_only=True)
class ResourceSpec(Generic[R]):
    """The declaration of one REST resource.

    ``list_path`` and ``instance_path`` are templates such as
    ``/2010-04-01/Accounts/{account_sid}/Messages.json``; ``instance_path`` has a ``{sid}``
    placeholder. ``envelope`` is the key holding the records in a v2010 list response;
    v1/v2 APIs name it in ``meta.key`` and it may be left ``None``. ``create``,
    ``update`` and ``filters`` map Python keyword names to API names. ``deletable`` is
    false for records the API has no DELETE for (accounts, verifications).
    """

    record: type[R]
    list_path: str | None = None
    instance_path: str | None = None
    envelope: str | None = None
    product: str = "api"
    deletable: bool = True
    create: Mapping[str, str] = attrs.field(factory=dict)
    update: Mapping[str, str] = attrs.field(factory=dict)
    filters: Mapping[str, str] = attrs.field(factory=dict)

    def decode(self) -> Callable[[Mapping[str, Any]], R]:
        """The fast JSON-to-record function for this resource's record type."""
        return structure_hook(self.record)


def segment(value: str, what: str) -> str:
    """Escape one path parameter so it stays one path segment."""
    if not isinstance(value, str) or value in ("", ".", ".."):
        raise ValueError(f"{what} must be a non-empty string, got {value!r}")
    return quote(value, safe="")


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


def _to_api(names: Mapping[str, str], params: Mapping[str, Any], action: str) -> dict[str, Any]:
    try:
        return {names[key]: value for key, value in params.items()}
    except KeyError as exc:
        known = ", ".join(sorted(names)) or "none"
        raise TypeError(
            f"unexpected parameter {exc.args[0]!r} for {action}; known parameters: {known}"
        ) from None


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


class _Bound:
    """Something bound to a transport and to the path parameters of its parent."""

    _spec: ClassVar[ResourceSpec[Any]]

    def __init__(self, transport: Transport, path_params: Mapping[str, str]) -> None:
        self._transport = transport
        self._path_params = dict(path_params)

    def _path(self, template: str | None, **extra: str) -> str:
        if template is None:
            raise NotImplementedError(f"{type(self).__name__} does not support this operation")
        params = {**self._path_params, **extra}
        return template.format_map({k: segment(v, k) for k, v in params.items()})


class ListResource(_Bound, Generic[R]):
    """A collection: create, list, stream and page through records.

    Subclasses set ``_spec`` and ``_context`` (the instance context class) and add
    typed wrappers for ``create``/``list``/``stream``/``page``.
    """

    _context: ClassVar[type[InstanceContext[Any]]]

    def __init__(self, transport: Transport, path_params: Mapping[str, str]) -> None:
        super().__init__(transport, path_params)
        self._decode: Callable[[Mapping[str, Any]], R] = self._spec.decode()
        self._list_path: str | None = None

    def _collection_path(self) -> str:
        # The path parameters never change, so the escaped path is built once.
        path = self._list_path
        if path is None:
            path = self._list_path = self._path(self._spec.list_path)
        return path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._collection_path()}>"

    async def _create(self, params: Mapping[str, Any]) -> R:
        form = _to_api(self._spec.create, params, f"{type(self).__name__}.create")
        data = await self._transport.request(
            "POST", self._spec.product, self._collection_path(), form=form
        )
        return self._decode(data)

    async def _create_many(
        self,
        items: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        max_in_flight: int | None,
        collect: bool,
        on_result: Callable[[int, R | TwilioError], object] | None,
        progress: bool | ProgressCallback,
    ) -> BulkResult[R]:
        close: Callable[[], None] | None = None
        callback: ProgressCallback | None = None
        if progress is True:
            callback, close = rich_progress()
        elif callable(progress):
            callback = progress
        transport = self._transport
        try:
            return await create_many(
                self._create,
                items,
                max_in_flight=max_in_flight or transport.limiter.maximum,
                retries=lambda: transport.retries,
                collect=collect,
                on_result=on_result,
                progress=callback,
            )
        finally:
            if close is not None:
                close()

    def _first_query(self, filters: Mapping[str, Any], page_size: int | None) -> dict[str, Any]:
        query = _to_api(self._spec.filters, filters, f"{type(self).__name__}.list")
        if page_size is not None:
            if not 1 <= page_size <= MAX_PAGE_SIZE:
                raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
            query["PageSize"] = page_size
        return query

    async def _page(self, filters: Mapping[str, Any], page_size: int | None) -> Page[R]:
        query = self._first_query(filters, page_size)
        return await self._fetch_page(self._collection_path(), query)

    async def _fetch_page(
        self, path_or_url: str, query: Mapping[str, Any] | None = None
    ) -> Page[R]:
        records, next_url = await self._fetch_raw_page(path_or_url, query)
        decode = self._decode
        return Page(
            items=[decode(record) for record in records],
            next_page_url=next_url,
            fetch=self._fetch_page,
        )

    async def _fetch_raw_page(
        self, path_or_url: str, query: Mapping[str, Any] | None = None
    ) -> tuple[list[Any], str | None]:
        """GET one page; return its undecoded records and the next page's URL."""
        data = await self._transport.request("GET", self._spec.product, path_or_url, query=query)
        return self._split_page(data, path_or_url)

    def _split_page(self, data: Any, fetched_from: str = "") -> tuple[list[Any], str | None]:
        if not isinstance(data, Mapping):
            kind = type(data).__name__
            raise _bad_page(fetched_from, f"a list page must be a JSON object, not {kind}")
        meta = data.get("meta")
        if isinstance(meta, Mapping):  # v1/v2 APIs: records under meta.key, absolute links
            key = self._spec.envelope or meta.get("key")
            next_url = meta.get("next_page_url")
        else:  # v2010: records under a fixed key, relative next_page_uri
            key = self._spec.envelope
            next_url = data.get("next_page_uri")
        records = data.get(key) if key else None
        if records is not None and not isinstance(records, list):
            raise _bad_page(fetched_from, f"{key!r} of a list page must be a JSON array")
        return records or [], page_link(next_url, fetched_from)

    def _stream(
        self, filters: Mapping[str, Any], limit: int | None, page_size: int | None
    ) -> AsyncIterator[R]:
        if limit is not None and limit < 0:
            raise ValueError("limit must be >= 0")
        if page_size is None and limit is not None:
            page_size = max(1, min(limit, MAX_PAGE_SIZE))
        query = self._first_query(filters, page_size)  # bad filters fail here, not on first use
        return self._iterate(query, limit)

    async def _iterate(self, query: Mapping[str, Any], limit: int | None) -> AsyncIterator[R]:
        if limit == 0:
            return
        remaining = limit
        decode = self._decode
        records, next_url = await self._fetch_raw_page(self._collection_path(), query)
        # A server whose next link points back at a page already fetched would keep us
        # paging (and sending requests) forever.
        followed: set[str] = set()
        # One page of JSON is held at a time, and each record is built as it is handed out:
        # records the caller drops are freed at once instead of living as long as the page.
        while True:
            for record in records:
                yield decode(record)
                if remaining is not None:
                    remaining -= 1
                    if remaining <= 0:
                        return
            if next_url is None:
                return
            if next_url in followed:
                raise _bad_page(next_url, "paging loop: the next-page link was already followed")
            followed.add(next_url)
            records, next_url = await self._fetch_raw_page(next_url)

    async def _list(
        self, filters: Mapping[str, Any], limit: int | None, page_size: int | None
    ) -> list[R]:
        return [item async for item in self._stream(filters, limit, page_size)]

    def _get(self, sid: str) -> Any:
        return self._context(self._transport, {**self._path_params, "sid": sid})


class InstanceContext(_Bound, Generic[R]):
    """One record by SID: fetch, update, delete, and its sub-resources."""

    def __init__(self, transport: Transport, path_params: Mapping[str, str]) -> None:
        super().__init__(transport, path_params)
        segment(self._path_params.get("sid", ""), "sid")  # fail early on a bad SID
        self._decode: Callable[[Mapping[str, Any]], R] = self._spec.decode()

    @property
    def sid(self) -> str:
        """The SID this context points at."""
        return self._path_params["sid"]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._path(self._spec.instance_path)}>"

    async def fetch(self) -> R:
        """Fetch the record."""
        data = await self._transport.request(
            "GET", self._spec.product, self._path(self._spec.instance_path)
        )
        return self._decode(data)

    async def delete(self) -> bool:
        """Delete the record. Returns ``True``; a missing record raises ``NotFoundError``."""
        if not self._spec.deletable:
            raise NotImplementedError(f"{type(self).__name__} records cannot be deleted")
        await self._transport.request(
            "DELETE", self._spec.product, self._path(self._spec.instance_path)
        )
        return True

    async def _update(self, params: Mapping[str, Any]) -> R:
        form = _to_api(self._spec.update, params, f"{type(self).__name__}.update")
        data = await self._transport.request(
            "POST", self._spec.product, self._path(self._spec.instance_path), form=form
        )
        return self._decode(data)

    def _child(self, cls: type[ListResource[Any]], **params: str) -> Any:
        # The child's own records have their own "sid"; ours is passed on under a new name.
        inherited = {k: v for k, v in self._path_params.items() if k != "sid"}
        return cls(self._transport, {**inherited, **params})
