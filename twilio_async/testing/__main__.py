"""Command line: ``python -m twilio_async.testing serve --port 8080`` runs the fake Twilio.

It never reads credentials from the environment: it accepts the test credentials given on
its command line (or the fake's defaults) and prints them, so clients can be pointed at it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from twilio_async.testing import _server
from twilio_async.testing._fake import TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, FakeTwilio

__all__ = ["build_fake", "build_parser", "main"]

Serve = Callable[..., None]


def _fraction(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not a fraction between 0 and 1")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a positive integer")
    return value


def _non_negative(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m twilio_async.testing``."""
    parser = argparse.ArgumentParser(
        prog="python -m twilio_async.testing",
        description="A fake Twilio REST API (every product) for tests and demos.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake over HTTP with uvicorn")
    serve.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="port; 0 picks a free one")
    serve.add_argument("--account-sid", default=TEST_ACCOUNT_SID, help="Account SID to serve")
    serve.add_argument("--auth-token", default=TEST_AUTH_TOKEN, help="test auth token to accept")
    serve.add_argument("--api-key", help="an API Key SID (SK...) to accept as well")
    serve.add_argument("--api-secret", help="the secret of --api-key")
    serve.add_argument(
        "--max-concurrency", type=_positive_int, help="answer 429 beyond this many in flight"
    )
    serve.add_argument(
        "--fail-rate", type=_fraction, default=0.0, help="fraction of requests answered 503"
    )
    serve.add_argument("--seed", type=int, default=0, help="seed of the fault injection")
    serve.add_argument(
        "--latency", type=_non_negative, default=0.0, help="seconds each request is held"
    )
    serve.add_argument(
        "--advance-on-fetch", action="store_true", help="each fetch moves a message's status"
    )
    serve.add_argument("--sent-after", type=_non_negative, help="seconds until 'sent'")
    serve.add_argument("--delivered-after", type=_non_negative, help="seconds until 'delivered'")
    serve.add_argument("--log-level", default="warning", help="uvicorn log level")
    serve.add_argument("--access-log", action="store_true", help="log every request")
    return parser


def build_fake(args: argparse.Namespace) -> FakeTwilio:
    """The ``FakeTwilio`` that parsed ``serve`` arguments describe."""
    if (args.api_key is None) != (args.api_secret is None):
        raise SystemExit("--api-key and --api-secret go together")
    api_keys = {args.api_key: args.api_secret} if args.api_key else {}
    return FakeTwilio(
        args.account_sid,
        args.auth_token,
        api_keys=api_keys,
        max_concurrency=args.max_concurrency,
        fail_rate=args.fail_rate,
        seed=args.seed,
        latency=args.latency,
        advance_on_fetch=args.advance_on_fetch,
        sent_after=args.sent_after,
        delivered_after=args.delivered_after,
    )


def _banner(fake: FakeTwilio, base_url: str, args: argparse.Namespace) -> str:
    lines = [
        f"Fake Twilio listening on {base_url}",
        f"  Account SID: {fake.account_sid}",
        f"  Auth token:  {fake.auth_token}  (a test credential accepted by this fake only)",
    ]
    if args.api_key:
        lines.append(f"  API key:     {args.api_key} (secret: {args.api_secret})")
    # Products share paths (/v1/Services): the client names its product in the path.
    template = base_url + "/{product}"
    lines += [
        "Point a client at it with:",
        f"  Client({fake.account_sid!r}, {fake.auth_token!r}, base_url={template!r})",
    ]
    return "\n".join(lines)


def main(
    argv: Sequence[str] | None = None,
    *,
    serve: Serve = _server.serve_forever,
    out: TextIO | None = None,
) -> int:
    """Run the command line; ``serve`` and ``out`` are replaceable for tests."""
    args = build_parser().parse_args(argv)
    fake = build_fake(args)
    sock = _server.bind(args.host, args.port)
    try:
        print(_banner(fake, _server.base_url_of(sock), args), file=out or sys.stdout, flush=True)
        options: dict[str, Any] = {"log_level": args.log_level, "access_log": args.access_log}
        serve(fake, sock, **options)
    finally:
        sock.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
