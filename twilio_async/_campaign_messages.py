"""The campaign strategy of Messages: what a journaled message is, and how a message an
earlier attempt may have sent is found (see :mod:`twilio_async._campaign`).

An item's intent is its recipient, its sender (``from_`` or ``messaging_service_sid``) and
an HMAC of its body under the journal's salt. An attempt is looked for among the messages
to the recipient (from the sender: Twilio filters by ``From``) created no earlier than
:data:`CLOCK_SKEW_SECONDS` before the intent: one with the same keyed body digest is the
attempt; any other there may be the attempt with a body Twilio altered, so the item is
reported unsettled rather than sent again; none means it was never sent.

Twilio's messages carry nothing a client can tag them with, so this is as tight as the API
allows. What it cannot tell apart: a message with the same recipient, sender and body sent
by someone else (another campaign, a person) after the intent counts as the item's.
"""

from __future__ import annotations

import functools
import hmac
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from orjson import dumps

if TYPE_CHECKING:
    from twilio_async._journal import CampaignUnsettledError, JournalEntry

__all__ = ["CLOCK_SKEW_SECONDS", "LOOKUP_LIMIT", "MessageCampaign", "keyed_digest"]

#: How far before its intent a message still counts as an attempt: the client's clock and
#: Twilio's may disagree (``date_created`` also has one-second resolution).
CLOCK_SKEW_SECONDS = 30.0
#: Messages looked at per lookup (newest first).
LOOKUP_LIMIT = 200


def keyed_digest(salt: bytes, text: str) -> str:
    """HMAC-SHA256 of ``text`` under the journal's ``salt`` (hex, 128 bits): stored
    instead of a body, so that a short body (a one-time code) cannot be recovered by trying
    every candidate without the salt."""
    keyed = _keyed(salt).copy()  # the key's state is worked out once per salt
    keyed.update(text.encode())
    return keyed.digest()[:16].hex()


@functools.lru_cache(maxsize=8)
def _keyed(salt: bytes) -> hmac.HMAC:
    return hmac.new(salt, digestmod="sha256")


class MessageCampaign:
    """:class:`~twilio_async._campaign.CampaignStrategy` of ``messages.create``."""

    __slots__ = ()

    def intent(self, item: Mapping[str, Any], salt: bytes) -> str:
        """``[to, sender, keyed digest of the body]`` as JSON."""
        body = item.get("body")
        sender = item.get("from_") or item.get("messaging_service_sid")
        digest = None if body is None else keyed_digest(salt, str(body))
        return dumps([item.get("to"), sender, digest]).decode()

    async def settle(
        self, resource: Any, entry: JournalEntry, salt: bytes
    ) -> str | CampaignUnsettledError | None:
        """The SID of the message ``entry``'s attempt sent, ``None`` if it sent none."""
        import orjson

        from twilio_async._exceptions import TwilioError
        from twilio_async._journal import CampaignUnsettledError

        to, sender, digest = orjson.loads(entry.intent or "[null, null, null]")
        if to is None:
            return CampaignUnsettledError(
                f"campaign item {entry.key!r} may have been sent and has no recipient to look "
                "up; not sent again",
                entry,
            )
        service = isinstance(sender, str) and sender.startswith("MG")
        filters = {"to": to} if service or sender is None else {"to": to, "from_": sender}
        since = entry.intended_at - CLOCK_SKEW_SECONDS
        others = 0
        try:
            async for message in resource.stream(limit=LOOKUP_LIMIT, page_size=100, **filters):
                created = message.date_created
                if created is not None and created.timestamp() < since:
                    continue  # before this attempt: not it
                if service and message.messaging_service_sid not in (None, sender):
                    continue  # another Messaging Service's message
                body = message.body
                if digest is not None and body is not None and keyed_digest(salt, body) == digest:
                    sid: str = message.sid
                    return sid
                others += 1
        except TwilioError as error:
            return CampaignUnsettledError(
                f"campaign item {entry.key!r} may have been sent and could not be looked up "
                f"({error}); not sent again",
                entry,
            )
        if others:
            return CampaignUnsettledError(
                f"campaign item {entry.key!r} may have been sent: {others} other message(s) to "
                f"its recipient since its intent, none with its body; not sent again",
                entry,
            )
        return None


#: The one instance Messages uses.
MESSAGES = MessageCampaign()
