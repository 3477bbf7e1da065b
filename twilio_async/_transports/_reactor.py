"""One reader for the plain TCP connections of a trio run (Linux: ``epoll``).

Waiting for a response with ``trio.lowlevel.wait_readable`` in the request's own task costs,
per request, a change of trio's epoll registration (trio registers one-shot), a cancel
scope for the read timeout and the scheduler's bookkeeping for both: together more than
everything else a create does.  Here every connection's socket is registered once, level
triggered, in an epoll set of our own; one system task per trio run waits for that set to
become readable, reads whichever sockets are ready and hands each finished response to the
task waiting for it (``trio.lowlevel.reschedule``).  Read timeouts are deadlines in a heap
that the reader's single cancel scope wakes for: a request pays a heap push, not a scope.

A request's task still writes its own bytes (synchronously when the socket takes them,
which it nearly always does) and parks only for the response.  An idle connection the
server closes is noticed here too, and dropped.  Bytes arriving on a connection whose task
is still writing (a server answering an upload early) are left unread until the task
parks: the connection is disarmed meanwhile, so the reader does not spin on it.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import math
import select
from typing import TYPE_CHECKING, Any

import outcome
import trio

if TYPE_CHECKING:
    from twilio_async._transports._stream import StreamConnection
    from twilio_async._transports._wire import RawResponse

__all__ = ["Reactor", "current_reactor"]

_reactor: trio.lowlevel.RunVar[Reactor | None] = trio.lowlevel.RunVar(
    "twilio_async_reactor", default=None
)


def current_reactor() -> Reactor | None:
    """This trio run's reactor, started on first use; ``None`` where epoll is missing."""
    if not hasattr(select, "epoll"):  # pragma: no cover - Linux has it
        return None
    reactor = _reactor.get()
    if reactor is None or reactor.closed:
        reactor = Reactor()
        _reactor.set(reactor)
        trio.lowlevel.spawn_system_task(reactor.run, name="twilio_async response reader")
    return reactor


class Reactor:
    """Reads the responses of the connections registered with it (see the module)."""

    def __init__(self) -> None:
        self._epoll = select.epoll()
        self._connections: dict[int, StreamConnection] = {}
        # (deadline, ticket, connection): the earliest first; stale entries are skipped.
        self._deadlines: list[tuple[float, int, StreamConnection]] = []
        self._tickets = itertools.count()
        self._scope: trio.CancelScope | None = None
        self._wake_at = math.inf
        self.closed = False

    # -- connections ----------------------------------------------------------------------

    def add(self, conn: StreamConnection, fileno: int) -> None:
        """Watch ``conn``'s socket from now until :meth:`remove`."""
        self._epoll.register(fileno, select.EPOLLIN)
        self._connections[fileno] = conn

    def remove(self, fileno: int) -> None:
        """Stop watching a socket (before it is closed)."""
        if self._connections.pop(fileno, None) is not None and not self.closed:
            with contextlib.suppress(OSError, ValueError):  # closed under us
                self._epoll.unregister(fileno)

    def disarm(self, fileno: int) -> None:
        """Stop reporting a socket whose bytes must wait (its task is still writing)."""
        self._epoll.modify(fileno, 0)

    def arm(self, fileno: int) -> None:
        """Report a disarmed socket again."""
        self._epoll.modify(fileno, select.EPOLLIN)

    # -- waiting for a response ------------------------------------------------------------

    async def response(self, conn: StreamConnection, deadline: float) -> RawResponse:
        """Park the calling task until ``conn``'s response is whole (or fails, or
        ``deadline`` passes: :meth:`StreamConnection._timed_out`)."""
        if deadline < math.inf:
            self.expect_by(conn, deadline)

        def abort(raise_cancel: Any) -> trio.lowlevel.Abort:
            conn._abandon()  # cancelled while waiting: the framing is lost
            return trio.lowlevel.Abort.SUCCEEDED

        conn._task = trio.lowlevel.current_task()
        # The outcome handed to reschedule() comes back unwrapped (an Error is raised).
        response: RawResponse = await trio.lowlevel.wait_task_rescheduled(abort)
        return response

    def expect_by(self, conn: StreamConnection, deadline: float) -> None:
        """Time ``conn``'s exchange out at ``deadline`` unless it completes first."""
        ticket = next(self._tickets)
        conn._ticket = ticket
        heapq.heappush(self._deadlines, (deadline, ticket, conn))
        if deadline < self._wake_at:
            self._wake_at = deadline
            if self._scope is not None:
                self._scope.deadline = deadline

    @staticmethod
    def deliver(conn: StreamConnection, result: outcome.Outcome[RawResponse]) -> None:
        """Wake the task waiting for ``conn``'s response with ``result``."""
        task = conn._task
        conn._task = None
        conn._ticket = -1
        if task is not None:
            trio.lowlevel.reschedule(task, result)

    # -- the reader task -------------------------------------------------------------------

    async def run(self) -> None:
        """Wait for ready sockets and deadlines until the trio run ends."""
        epoll = self._epoll
        fileno = epoll.fileno()
        connections = self._connections
        try:
            while True:
                self._expire(trio.current_time())
                with trio.CancelScope(deadline=self._wake_at) as scope:
                    self._scope = scope
                    await trio.lowlevel.wait_readable(fileno)
                self._scope = None
                for ready, _ in epoll.poll(0):
                    conn = connections.get(ready)
                    if conn is not None:
                        conn._readable()
        finally:
            self.closed = True
            self._scope = None
            for conn in list(connections.values()):
                if conn._task is not None:
                    conn._lost("the trio run is ending")
            connections.clear()
            trio.lowlevel.notify_closing(fileno)
            epoll.close()

    def _expire(self, now: float) -> None:
        """Time out the exchanges whose deadline passed; note when to wake next."""
        deadlines = self._deadlines
        while deadlines:
            deadline, ticket, conn = deadlines[0]
            if conn._ticket != ticket:  # finished, or timed by a later entry
                heapq.heappop(deadlines)
                continue
            if deadline > now:
                break
            heapq.heappop(deadlines)
            later = conn._read_deadline
            if later > now:  # bytes came meanwhile: the read timeout starts again
                self.expect_by(conn, later)
                continue
            conn._timed_out()
        self._wake_at = deadlines[0][0] if deadlines else math.inf
