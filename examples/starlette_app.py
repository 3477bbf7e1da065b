"""A Starlette (or FastAPI: same lifespan and request API) app that sends SMS.

One ``twilio_async.Client`` is created in the app's lifespan and shared by every request:
its connection pool and concurrency limit then cover the whole process. Run it with::

    TWILIO_ACCOUNT_SID=AC... TWILIO_AUTH_TOKEN=... TWILIO_FROM=+1... \\
        uvicorn examples.starlette_app:app
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from twilio_async import Client, InvalidRequestError, TwilioError, TwilioOutcomeUnknownError


def create_app(make_client: Callable[[], Client] = Client, sender: str | None = None) -> Starlette:
    """Build the app; ``make_client`` lets tests wire in ``FakeTwilio().client``."""
    from_ = sender or os.environ.get("TWILIO_FROM", "+15017122661")

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with make_client() as client:
            app.state.twilio = client
            yield

    async def send_sms(request: Request) -> JSONResponse:
        payload = await request.json()
        client: Client = request.app.state.twilio
        try:
            message = await client.messages.create(
                to=payload["to"], from_=from_, body=payload["body"]
            )
        except InvalidRequestError as error:  # e.g. 21211 invalid number: the caller's fault
            return JSONResponse({"error": error.message, "code": error.code}, status_code=400)
        except TwilioOutcomeUnknownError:
            # Twilio may have sent it: do not let the caller blindly retry.
            return JSONResponse({"error": "outcome unknown; check before resending"}, 502)
        except TwilioError as error:
            return JSONResponse({"error": str(error)}, status_code=503)
        return JSONResponse({"sid": message.sid, "status": str(message.status)}, status_code=201)

    return Starlette(routes=[Route("/sms", send_sms, methods=["POST"])], lifespan=lifespan)


def _app_from_environment() -> Starlette:
    return create_app()


if os.environ.get("TWILIO_ACCOUNT_SID"):  # pragma: no cover - only when run for real
    app = _app_from_environment()
