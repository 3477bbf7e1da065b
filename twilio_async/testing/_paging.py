"""List pages in each of Twilio's styles, from an already filtered and ordered list.

- ``v2010``: ``Page``/``PageSize``/``PageToken`` in; the envelope with relative URIs
  (``next_page_uri``, ``first_page_uri``, ``start``, ``end``, ...) out.
- ``meta`` (v1+ APIs): the same parameters; a ``meta`` object with absolute URLs out.
- ``token``: ``Token`` (or ``PageToken``) and ``Size`` (or ``PageSize``) in; ``meta`` with
  ``next_token`` / ``previous_token`` out.
- ``page_number``: ``Page``/``PageSize`` in; ``current_page``, ``has_next`` and totals out.
- ``None``: the whole list under its key.

Tokens name a record rather than an offset (``PA<key>``: the page after that record;
``PB<key>``: the page before it), so pages stay stable while records are added.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar
from urllib.parse import urlencode

from twilio_async.testing._errors import invalid_parameter

__all__ = ["DEFAULT_PAGE_SIZE", "MAX_PAGE_SIZE", "Listing", "PageRequest", "build_page"]

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000


class _Listed(Protocol):
    @property
    def sid(self) -> str: ...
    @property
    def seq(self) -> int: ...


T = TypeVar("T", bound=_Listed)


class PageRequest:
    """The paging parameters of a list request, validated."""

    def __init__(
        self,
        query: Mapping[str, str],
        maximum: int = MAX_PAGE_SIZE,
        *,
        size_names: Sequence[str] = ("PageSize",),
        token_names: Sequence[str] = ("PageToken",),
    ) -> None:
        size_name = next((n for n in size_names if query.get(n)), size_names[0])
        self.page_size = _int_param(query, size_name, min(DEFAULT_PAGE_SIZE, maximum), 1, maximum)
        self.page = _int_param(query, "Page", 0, 0, None)
        self.token = next((query[n] for n in token_names if query.get(n)), None)


def _int_param(
    query: Mapping[str, str], name: str, default: int, minimum: int, maximum: int | None
) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise invalid_parameter(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum or (maximum is not None and value > maximum):
        bound = f"between {minimum} and {maximum}" if maximum else f"at least {minimum}"
        raise invalid_parameter(f"{name} must be {bound}, got {value}")
    return value


class Listing:
    """One list answer being built: the records, the request and how to name records."""

    def __init__(
        self,
        items: Sequence[T],
        request: PageRequest,
        seq_of_sid: Callable[[str], int | None],
        *,
        newest_first: bool = True,
    ) -> None:
        self.items: Sequence[Any] = items
        self.request = request
        self._seq_of_sid = seq_of_sid
        self._newest_first = newest_first

    def slice(self, token: str | None) -> tuple[int, int]:
        """The [start, stop) of the requested page within the items."""
        items, size = self.items, self.request.page_size
        if token is None:
            start = min(self.request.page * size, len(items))
            return start, min(start + size, len(items))
        after = not token.startswith("PB")
        anchor = self._seq_of_sid(token[2:]) if token[:2] in ("PA", "PB") else None
        if anchor is None:
            raise invalid_parameter(f"Invalid PageToken: {token}")

        def beyond(seq: int) -> bool:  # is ``seq`` past the anchor in list order?
            return seq < anchor if self._newest_first else seq > anchor

        if after:
            start = next((i for i, item in enumerate(items) if beyond(item.seq)), len(items))
            return start, min(start + size, len(items))
        stop = next(
            (i for i, item in enumerate(items) if beyond(item.seq) or item.seq == anchor),
            len(items),
        )
        return max(stop - size, 0), stop


def build_page(
    items: Sequence[T],
    request: PageRequest,
    *,
    key: str,
    path: str,
    filters: Sequence[tuple[str, str]],
    seq_of_sid: Callable[[str], int | None],
    render: Callable[[T], dict[str, Any]],
    style: str | None = "v2010",
    host: str = "",
    newest_first: bool = True,
) -> dict[str, Any]:
    """The list answer for one page of ``items`` (already filtered and ordered).

    ``path`` is the list's path; ``host`` (``https://verify.twilio.com``) makes the links
    of the ``meta`` style absolute (v2010 links are relative).
    """
    listing = Listing(items, request, seq_of_sid, newest_first=newest_first)
    if style == "token":
        return _token_page(listing, key, render)
    if style is None:
        return {key: [render(item) for item in items]}
    start, stop = listing.slice(request.token)
    page_items = items[start:stop]
    size = request.page_size
    rendered = [render(item) for item in page_items]
    if style == "page_number":
        pages = -(-len(items) // size)
        return {
            key: rendered,
            "total_elements": len(items),
            "total_pages": pages,
            "current_page": request.page,
            "per_page": size,
            "has_next": stop < len(items),
            "has_prev": start > 0,
        }

    def link(page: int, token: str | None) -> str:
        params = [*filters, ("PageSize", str(size)), ("Page", str(page))]
        if token is not None:
            params.append(("PageToken", token))
        return f"{host if style == 'meta' else ''}{path}?{urlencode(params)}"

    next_link = None
    if stop < len(items) and page_items:
        next_link = link(request.page + 1, "PA" + page_items[-1].sid)
    previous_link = None
    if start > 0 and page_items:
        previous_link = link(max(request.page - 1, 0), "PB" + page_items[0].sid)
    if style == "meta":
        return {
            key: rendered,
            "meta": {
                "first_page_url": link(0, None),
                "key": key,
                "next_page_url": next_link,
                "page": request.page,
                "page_size": size,
                "previous_page_url": previous_link,
                "url": link(request.page, request.token),
            },
        }
    first = request.page * size
    return {
        key: rendered,
        "end": first + max(len(page_items), 1) - 1,
        "first_page_uri": link(0, None),
        "next_page_uri": next_link,
        "page": request.page,
        "page_size": size,
        "previous_page_uri": previous_link,
        "start": first,
        "uri": link(request.page, request.token),
    }


def _token_page(
    listing: Listing, key: str, render: Callable[[Any], dict[str, Any]]
) -> dict[str, Any]:
    token = listing.request.token
    start, stop = listing.slice(None if token is None else "PA" + token)
    page_items = listing.items[start:stop]
    return {
        key: [render(item) for item in page_items],
        "meta": {
            "next_token": page_items[-1].sid if stop < len(listing.items) and page_items else None,
            "previous_token": page_items[0].sid if start > 0 and page_items else None,
        },
    }
