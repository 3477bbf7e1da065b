"""Pages of records, and path segments: the pieces every generated resource shares.

Path values are escaped as one segment each, so a SID like ``../Calls/CA...`` can never
change which resource a request reaches. The resources themselves are declarations on
:mod:`twilio_async._operation`, generated into :mod:`twilio_async.rest`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import Generic, TypeVar
from urllib.parse import quote

import attrs

from twilio_async._exceptions import InvalidResponseError

__all__ = ["Page", "page_link", "segment"]

R = TypeVar("R")


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
