"""Which product and operation a request is for.

Twilio tells products apart by host (``verify.twilio.com``); one fake serves them all, so
a client names the product in the path instead: ``base_url="http://127.0.0.1:8080/{product}"``
sends ``/verify/v2/Services``, which :func:`strip_product` turns back into
``/v2/Services`` for product ``verify`` (``fake.client()`` does this by itself). A host
whose first label is a product (``verify.localhost``) works too. Without either, a path
that only one product has (every v2010 path, say) is still found; a path several products
share (``/v1/Services``) is answered with an error saying how to name the product.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

import attrs

from twilio_async.testing._errors import ApiError, method_not_allowed, not_found
from twilio_async.testing._table import Match, Table

__all__ = ["PRODUCT", "Routed", "resolve", "strip_product"]

#: Scope keys: the product named by the path, and the path as it arrived.
PRODUCT = "twilio_async.fake.product"
_ARRIVED = "twilio_async.fake.arrived"


def strip_product(scope: MutableMapping[str, Any], products: frozenset[str]) -> None:
    """Move a leading ``/<product>`` of the path into ``scope[PRODUCT]``."""
    path: str = scope["path"]
    first, slash, rest = path[1:].partition("/")
    if not slash or first not in products:
        return
    raw: bytes = scope.get("raw_path") or path.encode()
    scope[_ARRIVED] = raw
    scope[PRODUCT] = first
    scope["path"] = "/" + rest
    scope["raw_path"] = raw[len(first) + 1 :]


@attrs.frozen
class Routed:
    """Where a request goes: the product and match, or the products it could be for."""

    product: str | None
    match: Match | None
    ambiguous: tuple[str, ...] = ()

    def error(self, method: str, path: str) -> ApiError:
        """Why there is no operation to answer: 404 (saying how to name the product when
        several have the path) or 405."""
        if self.ambiguous:
            return ApiError(
                404,
                20404,
                f"FakeTwilio: {path} exists in {len(self.ambiguous)} products "
                f"({', '.join(self.ambiguous)}); name the product in the URL: point the client "
                "at base_url='http://HOST:PORT/{product}' (fake.client() does), so that it "
                f"requests /<product>{path}",
            )
        if self.match is None:
            return not_found(path)
        return method_not_allowed(method)


def resolve(table: Table, scope: MutableMapping[str, Any]) -> Routed:
    """The operation ``scope`` (an ASGI HTTP scope) asks for."""
    method: str = scope["method"]
    raw = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
    named = scope.get(PRODUCT)
    if named is not None:
        match = table.route(named, method, raw)
        if match is not None:
            return Routed(named, match)
        raw = scope[_ARRIVED].decode("latin-1")  # perhaps a version segment, not a product
    host = _host_product(scope, table.products)
    if host is not None:
        match = table.route(host, method, raw)
        if match is not None:
            return Routed(host, match)
    found = table.products_at(method, raw)
    if len(found) > 1:
        with_method = [(p, m) for p, m in found if m.operation is not None]
        found = with_method or found
    if len(found) == 1:
        return Routed(*found[0])
    return Routed(None, None, tuple(product for product, _ in found))


def _host_product(scope: MutableMapping[str, Any], products: frozenset[str]) -> str | None:
    for name, value in scope.get("headers") or ():
        if name == b"host":
            label = value.decode("latin-1").split(".", 1)[0]
            return label if label in products else None
    return None
