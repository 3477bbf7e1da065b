"""Which URLs may carry the client's credentials: Twilio's hosts as the client is configured.

Generated operations only ever build URLs on the configured hosts. Anything that takes a URL
from the caller (``client.request``, an OAuth ``token_url``) routes it through
:func:`route_url` first: a ``https://<product>.twilio.com/...`` URL goes to that product's
host as the client is configured (region, edge, a ``base_url`` pointing at a fake), a URL on
a configured ``base_url`` stays as it is, and anything else is refused unless the caller
explicitly allows it, so an Authorization header never reaches a host by accident.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from twilio_async._transport import Transport

__all__ = ["route_url"]

# A Twilio API host: the product label, then optional edge/region labels.
_TWILIO_HOST = re.compile(r"^([a-z0-9-]+)((?:\.[a-z0-9-]+)*)\.twilio\.com$")


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def route_url(transport: Transport, url: str, *, allow_any_host: bool = False) -> str:
    """The absolute URL to send ``url`` to with the client's credentials, or ``ValueError``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"expected an absolute http(s) URL, got {url!r}")
    if parts.username is not None or parts.password is not None:
        raise ValueError("the URL must not carry credentials; the client adds its own")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    origin = _origin(url)
    if any(_origin(base) == origin for base in transport.configured_bases()):
        return url  # a configured base_url (a fake, a proxy of the user's)
    match = _TWILIO_HOST.match((parts.hostname or "").lower())
    if match is not None and parts.port is None:
        if parts.scheme != "https":
            raise ValueError(f"Twilio's hosts are only reached over https, got {url!r}")
        try:
            return transport.url_for(match.group(1), path)
        except KeyError:
            raise ValueError(
                f"the client has no base URL for the {match.group(1)!r} product "
                "(base_url= is a mapping without it or a '*' entry)"
            ) from None
    if allow_any_host:
        return url
    raise ValueError(
        f"refusing to send the client's credentials to {parts.netloc!r}: only Twilio's hosts "
        "(https://<product>.twilio.com) and the configured base_url are allowed; pass "
        "allow_any_host=True if this host should really receive them"
    )
