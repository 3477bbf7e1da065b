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

__all__ = ["Page", "segment"]

R = TypeVar("R")


def segment(value: str, what: str) -> str:
    """Escape one path parameter so it stays one path segment."""
    if not isinstance(value, str) or value in ("", ".", ".."):
        raise ValueError(f"{what} must be a non-empty string, got {value!r}")
    return quote(value, safe="")


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
