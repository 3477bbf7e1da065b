"""v2010 list paging: Page/PageSize/PageToken in, the page envelope with relative URIs out."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar
from urllib.parse import urlencode

from twilio_async.testing._errors import invalid_parameter

__all__ = ["DEFAULT_PAGE_SIZE", "MAX_PAGE_SIZE", "PageRequest", "build_page"]

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

    def __init__(self, query: Mapping[str, str]) -> None:
        self.page_size = _int_param(query, "PageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
        self.page = _int_param(query, "Page", 0, 0, None)
        self.token = query.get("PageToken") or None
        if self.token is not None and (len(self.token) < 3 or self.token[:2] not in ("PA", "PB")):
            raise invalid_parameter(f"Invalid PageToken: {self.token}")


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


def _slice(
    items: Sequence[T], request: PageRequest, seq_of_sid: Callable[[str], int | None]
) -> tuple[int, int]:
    """The [start, stop) of the requested page within ``items`` (sorted by seq, descending).

    Tokens name a record rather than an offset (``PA<sid>``: the page after that record;
    ``PB<sid>``: the page before it), so pages stay stable while new messages arrive.
    """
    if request.token is None:
        start = min(request.page * request.page_size, len(items))
        return start, min(start + request.page_size, len(items))
    anchor = seq_of_sid(request.token[2:])
    if anchor is None:
        raise invalid_parameter(f"Invalid PageToken: {request.token}")
    if request.token.startswith("PA"):
        start = next((i for i, item in enumerate(items) if item.seq < anchor), len(items))
        return start, min(start + request.page_size, len(items))
    stop = next((i for i, item in enumerate(items) if item.seq <= anchor), len(items))
    return max(stop - request.page_size, 0), stop


def build_page(
    items: Sequence[T],
    request: PageRequest,
    *,
    key: str,
    path: str,
    filters: Sequence[tuple[str, str]],
    seq_of_sid: Callable[[str], int | None],
    render: Callable[[T], dict[str, Any]],
) -> dict[str, Any]:
    """The list envelope for one page of ``items`` (already filtered, newest first)."""
    start, stop = _slice(items, request, seq_of_sid)
    page_items = items[start:stop]
    size = request.page_size

    def uri(page: int, token: str | None) -> str:
        params = [*filters, ("PageSize", str(size)), ("Page", str(page))]
        if token is not None:
            params.append(("PageToken", token))
        return f"{path}?{urlencode(params)}"

    next_uri = None
    if stop < len(items) and page_items:
        next_uri = uri(request.page + 1, "PA" + page_items[-1].sid)
    previous_uri = None
    if start > 0 and page_items:
        previous_uri = uri(max(request.page - 1, 0), "PB" + page_items[0].sid)
    first = request.page * size
    return {
        key: [render(item) for item in page_items],
        "end": first + max(len(page_items), 1) - 1,
        "first_page_uri": uri(0, None),
        "next_page_uri": next_uri,
        "page": request.page,
        "page_size": size,
        "previous_page_uri": previous_uri,
        "start": first,
        "uri": uri(request.page, request.token),
    }
