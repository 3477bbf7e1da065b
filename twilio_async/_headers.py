"""Checks for the request headers a caller supplies (operation header parameters, or
``headers=`` on :meth:`Transport.request`): what reaches the wire is a well-formed field.

A name must be an RFC 9110 token. A value may hold visible characters, spaces, tabs and
Latin-1 letters (RFC 9110's obs-text); a control character (CR, LF and NUL split or end
a header; VT, FF, ESC, DEL or a C1 control such as NEL are read differently by different
servers and proxies) or a character outside Latin-1 (which HTTP/1.1 cannot carry) is
refused. Errors name the header but never quote its value, which may be a credential.
"""

from __future__ import annotations

import re

__all__ = ["header_name", "header_value"]

# RFC 9110 section 5.6.2: token = 1*tchar; ASCII only (no re.IGNORECASE, no \w or \d).
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# C0 controls except HTAB, DEL, and the C1 controls; then anything beyond Latin-1.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]|[^\x00-\xff]")


def header_name(name: object) -> bytes:
    """``name`` as bytes for the wire; ValueError unless it is an RFC 9110 token."""
    if not isinstance(name, str):
        raise TypeError(f"a header name must be a str, got {type(name).__name__}")
    if not _TOKEN.fullmatch(name):
        raise ValueError(
            f"header name {name!r} is not a valid HTTP field name (RFC 9110 token: "
            "letters, digits and !#$%&'*+-.^_`|~ only)"
        )
    return name.encode("ascii")


def header_value(name: str, text: str) -> bytes:
    """``text`` as Latin-1 bytes for header ``name``; ValueError naming the header (and
    the offending character's position, never the value) if it cannot be sent as is."""
    found = _FORBIDDEN.search(text)
    if found is not None:
        char = found.group()
        what = "a character outside Latin-1" if ord(char) > 0xFF else "a control character"
        raise ValueError(
            f"header {name!r} contains {what} ({char!a} at position {found.start()}); "
            "header values must be printable Latin-1 text"
        )
    return text.encode("latin-1")
