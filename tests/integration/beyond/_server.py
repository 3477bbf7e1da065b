"""A small Twilio stand-in on a real 127.0.0.1 socket for the endpoints beyond the specs.

It answers the Media Content Service upload (``POST /v1/Services/{sid}/Media``), Twilio's
token endpoint (``POST /v2/token``), an organization list that needs the bearer token,
scripted answers (``/v1/Script/<name>``: each call takes the next status from
``script[name]``) and records every request it saw.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

MEDIA_SID = "ME" + "4" * 32
ACCOUNT_SID = "AC" + "a" * 32


@dataclass
class Seen:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes


@dataclass
class BeyondTwilio:
    seen: list[Seen] = field(default_factory=list)
    script: dict[str, list[int]] = field(default_factory=dict)
    tokens_issued: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/Services/{service}/Media", self.media, methods=["POST"]),
                Route("/v2/token", self.token, methods=["POST"]),
                Route("/Organizations/{org}/Accounts", self.accounts, methods=["GET"]),
                Route("/v1/Script/{name}", self.scripted, methods=["GET", "POST"]),
                Route("/v1/Echo", self.echo, methods=["GET", "POST", "PUT", "DELETE"]),
            ]
        )

    async def _record(self, request: Request) -> Seen:
        seen = Seen(
            request.method,
            request.url.path,
            request.url.query,
            {k.lower(): v for k, v in request.headers.items()},
            await request.body(),
        )
        with self._lock:
            self.seen.append(seen)
        return seen

    async def media(self, request: Request) -> Response:
        seen = await self._record(request)
        service = request.path_params["service"]
        return JSONResponse(
            {
                "sid": MEDIA_SID,
                "account_sid": ACCOUNT_SID,
                "service_sid": service,
                "date_created": "2024-05-01T12:00:00.000Z",
                "date_updated": "2024-05-01T12:00:00.000Z",
                "date_upload_updated": "2024-05-01T12:00:01.000Z",
                "channel_sid": None,
                "message_sid": None,
                "size": len(seen.body),
                "content_type": seen.headers.get("content-type"),
                "filename": None,
                "author": "system",
                "category": "media",
                "url": f"/v1/Services/{service}/Media/{MEDIA_SID}",
                "links": {
                    "content": f"/v1/Services/{service}/Media/{MEDIA_SID}/Content",
                    "content_direct_temporary": (
                        f"/v1/Services/{service}/Media/{MEDIA_SID}/ContentDirectTemporary"
                    ),
                },
                "is_multipart_upstream": False,
            },
            status_code=201,
            headers={"Twilio-Request-Id": "RQ" + "5" * 32},
        )

    async def token(self, request: Request) -> Response:
        await self._record(request)
        with self._lock:
            self.tokens_issued += 1
            number = self.tokens_issued
        return JSONResponse({"access_token": f"tok{number}", "expires_in": 3600})

    async def accounts(self, request: Request) -> Response:
        seen = await self._record(request)
        if not seen.headers.get("authorization", "").startswith("Bearer tok"):
            return JSONResponse(
                {
                    "type": "https://www.twilio.com/docs/errors/20003",
                    "title": "Unauthorized",
                    "status": 401,
                    "detail": "a bearer token is required",
                    "code": 20003,
                },
                status_code=401,
                media_type="application/problem+json",
            )
        return JSONResponse(
            {
                "content": [{"account_sid": ACCOUNT_SID, "friendly_name": "main"}],
                "meta": {"key": "content", "next_page_url": None},
            }
        )

    async def scripted(self, request: Request) -> Response:
        await self._record(request)
        name = request.path_params["name"]
        with self._lock:
            statuses = self.script.get(name) or [200]
            status = statuses.pop(0) if len(statuses) > 1 else statuses[0]
        if status >= 400:
            body: dict[str, Any] = {"code": 20000 + status, "message": "scripted", "status": status}
            return JSONResponse(body, status_code=status)
        return JSONResponse({"ok": True, "name": name}, status_code=status)

    async def echo(self, request: Request) -> Response:
        seen = await self._record(request)
        return JSONResponse(
            {"method": seen.method, "query": seen.query, "body": seen.body.decode()},
            headers={"Twilio-Request-Id": "RQ" + "6" * 32},
        )
