"""Serving an ASGI app with uvicorn on a real socket: in a background thread, or in the
foreground for the command line."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

__all__ = ["ASGIApp", "base_url_of", "bind", "run_in_thread", "serve_forever"]

ASGIApp = Any  # an ASGI callable; uvicorn is untyped, so nothing stricter is checked here


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: a free port the OS picks).

    Binding before uvicorn starts means the URL is known, and connections made before the
    server's loop runs wait in the backlog instead of being refused.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # An explicit IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose
    # proto says TCP, and without it every response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def base_url_of(sock: socket.socket) -> str:
    """``http://host:port`` for a bound socket (IPv6 hosts in brackets)."""
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _config(
    app: ASGIApp,
    *,
    lifespan: Literal["on", "off"],
    log_level: str,
    access_log: bool,
    log_config: Any = None,
    graceful_timeout: int | None = None,
) -> Any:
    import uvicorn

    # log_config=None by default: a server inside a test process must not reconfigure that
    # process's logging; only the command line (which owns its process) passes uvicorn's.
    return uvicorn.Config(
        app,
        lifespan=lifespan,
        log_level=log_level,
        access_log=access_log,
        log_config=log_config,
        timeout_graceful_shutdown=graceful_timeout,
    )


class _SignalStartup:
    """Wraps an app to set a thread event once uvicorn's event loop runs the app's lifespan."""

    def __init__(self, app: ASGIApp, started: threading.Event) -> None:
        self._app = app
        self._started = started

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "lifespan":
            await self._app(scope, receive, send)
            return
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._started.set()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return


@contextmanager
def run_in_thread(
    app: ASGIApp, host: str = "127.0.0.1", port: int = 0, *, startup_timeout: float = 10.0
) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a daemon thread; yield its base URL; stop it on exit."""
    import uvicorn

    sock = bind(host, port)
    started = threading.Event()
    # A bounded graceful shutdown: a request held forever (say by a delay hook whose gate
    # never opens) must not keep the context manager from exiting.
    config = _config(
        _SignalStartup(app, started),
        lifespan="on",
        log_level="warning",
        access_log=False,
        graceful_timeout=5,
    )
    server = uvicorn.Server(config)
    failures: list[BaseException] = []

    def run() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as error:  # SystemExit included: uvicorn exits on startup failure
            failures.append(error)
        finally:
            started.set()

    thread = threading.Thread(target=run, name="fake-twilio-server", daemon=True)
    thread.start()
    try:
        if not started.wait(startup_timeout) or failures:
            raise RuntimeError("the fake Twilio server did not start") from (
                failures[0] if failures else None
            )
        yield base_url_of(sock)
    finally:
        server.should_exit = True
        thread.join()
        sock.close()


def serve_forever(
    app: ASGIApp, sock: socket.socket, *, log_level: str = "info", access_log: bool = False
) -> None:
    """Serve ``app`` on an already bound socket in this thread until interrupted (Ctrl-C)."""
    import uvicorn
    from uvicorn.config import LOGGING_CONFIG

    config = _config(
        app, lifespan="off", log_level=log_level, access_log=access_log, log_config=LOGGING_CONFIG
    )
    uvicorn.Server(config).run(sockets=[sock])
