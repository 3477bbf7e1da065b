# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Stream (Accounts/AccountSid/Calls/CallSid/Streams) on api.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Stream",
    "StreamContext",
    "StreamCreateParams",
    "StreamList",
    "StreamStatus",
    "StreamUpdateParams",
]


class StreamStatus(OpenEnum):
    """``stream_enum_status``."""

    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Stream(Record):
    """Record ``api.v2010.account.call.stream`` (every field but ``sid``, ``account_sid``, ``call_sid`` may be ``None``)."""

    sid: str
    account_sid: str
    call_sid: str
    name: str | None = None
    status: StreamStatus | None = None
    date_updated: datetime | None = None
    uri: str | None = None


class StreamCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.streams.create`` (``CreateStream``)."""

    url: Required[str]
    """Relative or absolute URL where WebSocket connection will be established."""
    name: str
    """The user-specified name of this Stream, if one was given when the Stream was created."""
    track: str
    status_callback: str
    """Absolute URL to which Twilio sends status callback HTTP requests."""
    status_callback_method: str
    """The HTTP method Twilio uses when sending `status_callback` requests."""
    parameter1_name: str
    """Parameter name."""
    parameter1_value: str
    """Parameter value."""
    parameter2_name: str
    """Parameter name."""
    parameter2_value: str
    """Parameter value."""
    parameter3_name: str
    """Parameter name."""
    parameter3_value: str
    """Parameter value."""
    parameter4_name: str
    """Parameter name."""
    parameter4_value: str
    """Parameter value."""
    parameter5_name: str
    """Parameter name."""
    parameter5_value: str
    """Parameter value."""
    parameter6_name: str
    """Parameter name."""
    parameter6_value: str
    """Parameter value."""
    parameter7_name: str
    """Parameter name."""
    parameter7_value: str
    """Parameter value."""
    parameter8_name: str
    """Parameter name."""
    parameter8_value: str
    """Parameter value."""
    parameter9_name: str
    """Parameter name."""
    parameter9_value: str
    """Parameter value."""
    parameter10_name: str
    """Parameter name."""
    parameter10_value: str
    """Parameter value."""
    parameter11_name: str
    """Parameter name."""
    parameter11_value: str
    """Parameter value."""
    parameter12_name: str
    """Parameter name."""
    parameter12_value: str
    """Parameter value."""
    parameter13_name: str
    """Parameter name."""
    parameter13_value: str
    """Parameter value."""
    parameter14_name: str
    """Parameter name."""
    parameter14_value: str
    """Parameter value."""
    parameter15_name: str
    """Parameter name."""
    parameter15_value: str
    """Parameter value."""
    parameter16_name: str
    """Parameter name."""
    parameter16_value: str
    """Parameter value."""
    parameter17_name: str
    """Parameter name."""
    parameter17_value: str
    """Parameter value."""
    parameter18_name: str
    """Parameter name."""
    parameter18_value: str
    """Parameter value."""
    parameter19_name: str
    """Parameter name."""
    parameter19_value: str
    """Parameter value."""
    parameter20_name: str
    """Parameter name."""
    parameter20_value: str
    """Parameter value."""
    parameter21_name: str
    """Parameter name."""
    parameter21_value: str
    """Parameter value."""
    parameter22_name: str
    """Parameter name."""
    parameter22_value: str
    """Parameter value."""
    parameter23_name: str
    """Parameter name."""
    parameter23_value: str
    """Parameter value."""
    parameter24_name: str
    """Parameter name."""
    parameter24_value: str
    """Parameter value."""
    parameter25_name: str
    """Parameter name."""
    parameter25_value: str
    """Parameter value."""
    parameter26_name: str
    """Parameter name."""
    parameter26_value: str
    """Parameter value."""
    parameter27_name: str
    """Parameter name."""
    parameter27_value: str
    """Parameter value."""
    parameter28_name: str
    """Parameter name."""
    parameter28_value: str
    """Parameter value."""
    parameter29_name: str
    """Parameter name."""
    parameter29_value: str
    """Parameter value."""
    parameter30_name: str
    """Parameter name."""
    parameter30_value: str
    """Parameter value."""
    parameter31_name: str
    """Parameter name."""
    parameter31_value: str
    """Parameter value."""
    parameter32_name: str
    """Parameter name."""
    parameter32_value: str
    """Parameter value."""
    parameter33_name: str
    """Parameter name."""
    parameter33_value: str
    """Parameter value."""
    parameter34_name: str
    """Parameter name."""
    parameter34_value: str
    """Parameter value."""
    parameter35_name: str
    """Parameter name."""
    parameter35_value: str
    """Parameter value."""
    parameter36_name: str
    """Parameter name."""
    parameter36_value: str
    """Parameter value."""
    parameter37_name: str
    """Parameter name."""
    parameter37_value: str
    """Parameter value."""
    parameter38_name: str
    """Parameter name."""
    parameter38_value: str
    """Parameter value."""
    parameter39_name: str
    """Parameter name."""
    parameter39_value: str
    """Parameter value."""
    parameter40_name: str
    """Parameter name."""
    parameter40_value: str
    """Parameter value."""
    parameter41_name: str
    """Parameter name."""
    parameter41_value: str
    """Parameter value."""
    parameter42_name: str
    """Parameter name."""
    parameter42_value: str
    """Parameter value."""
    parameter43_name: str
    """Parameter name."""
    parameter43_value: str
    """Parameter value."""
    parameter44_name: str
    """Parameter name."""
    parameter44_value: str
    """Parameter value."""
    parameter45_name: str
    """Parameter name."""
    parameter45_value: str
    """Parameter value."""
    parameter46_name: str
    """Parameter name."""
    parameter46_value: str
    """Parameter value."""
    parameter47_name: str
    """Parameter name."""
    parameter47_value: str
    """Parameter value."""
    parameter48_name: str
    """Parameter name."""
    parameter48_value: str
    """Parameter value."""
    parameter49_name: str
    """Parameter name."""
    parameter49_value: str
    """Parameter value."""
    parameter50_name: str
    """Parameter name."""
    parameter50_value: str
    """Parameter value."""
    parameter51_name: str
    """Parameter name."""
    parameter51_value: str
    """Parameter value."""
    parameter52_name: str
    """Parameter name."""
    parameter52_value: str
    """Parameter value."""
    parameter53_name: str
    """Parameter name."""
    parameter53_value: str
    """Parameter value."""
    parameter54_name: str
    """Parameter name."""
    parameter54_value: str
    """Parameter value."""
    parameter55_name: str
    """Parameter name."""
    parameter55_value: str
    """Parameter value."""
    parameter56_name: str
    """Parameter name."""
    parameter56_value: str
    """Parameter value."""
    parameter57_name: str
    """Parameter name."""
    parameter57_value: str
    """Parameter value."""
    parameter58_name: str
    """Parameter name."""
    parameter58_value: str
    """Parameter value."""
    parameter59_name: str
    """Parameter name."""
    parameter59_value: str
    """Parameter value."""
    parameter60_name: str
    """Parameter name."""
    parameter60_value: str
    """Parameter value."""
    parameter61_name: str
    """Parameter name."""
    parameter61_value: str
    """Parameter value."""
    parameter62_name: str
    """Parameter name."""
    parameter62_value: str
    """Parameter value."""
    parameter63_name: str
    """Parameter name."""
    parameter63_value: str
    """Parameter value."""
    parameter64_name: str
    """Parameter name."""
    parameter64_value: str
    """Parameter value."""
    parameter65_name: str
    """Parameter name."""
    parameter65_value: str
    """Parameter value."""
    parameter66_name: str
    """Parameter name."""
    parameter66_value: str
    """Parameter value."""
    parameter67_name: str
    """Parameter name."""
    parameter67_value: str
    """Parameter value."""
    parameter68_name: str
    """Parameter name."""
    parameter68_value: str
    """Parameter value."""
    parameter69_name: str
    """Parameter name."""
    parameter69_value: str
    """Parameter value."""
    parameter70_name: str
    """Parameter name."""
    parameter70_value: str
    """Parameter value."""
    parameter71_name: str
    """Parameter name."""
    parameter71_value: str
    """Parameter value."""
    parameter72_name: str
    """Parameter name."""
    parameter72_value: str
    """Parameter value."""
    parameter73_name: str
    """Parameter name."""
    parameter73_value: str
    """Parameter value."""
    parameter74_name: str
    """Parameter name."""
    parameter74_value: str
    """Parameter value."""
    parameter75_name: str
    """Parameter name."""
    parameter75_value: str
    """Parameter value."""
    parameter76_name: str
    """Parameter name."""
    parameter76_value: str
    """Parameter value."""
    parameter77_name: str
    """Parameter name."""
    parameter77_value: str
    """Parameter value."""
    parameter78_name: str
    """Parameter name."""
    parameter78_value: str
    """Parameter value."""
    parameter79_name: str
    """Parameter name."""
    parameter79_value: str
    """Parameter value."""
    parameter80_name: str
    """Parameter name."""
    parameter80_value: str
    """Parameter value."""
    parameter81_name: str
    """Parameter name."""
    parameter81_value: str
    """Parameter value."""
    parameter82_name: str
    """Parameter name."""
    parameter82_value: str
    """Parameter value."""
    parameter83_name: str
    """Parameter name."""
    parameter83_value: str
    """Parameter value."""
    parameter84_name: str
    """Parameter name."""
    parameter84_value: str
    """Parameter value."""
    parameter85_name: str
    """Parameter name."""
    parameter85_value: str
    """Parameter value."""
    parameter86_name: str
    """Parameter name."""
    parameter86_value: str
    """Parameter value."""
    parameter87_name: str
    """Parameter name."""
    parameter87_value: str
    """Parameter value."""
    parameter88_name: str
    """Parameter name."""
    parameter88_value: str
    """Parameter value."""
    parameter89_name: str
    """Parameter name."""
    parameter89_value: str
    """Parameter value."""
    parameter90_name: str
    """Parameter name."""
    parameter90_value: str
    """Parameter value."""
    parameter91_name: str
    """Parameter name."""
    parameter91_value: str
    """Parameter value."""
    parameter92_name: str
    """Parameter name."""
    parameter92_value: str
    """Parameter value."""
    parameter93_name: str
    """Parameter name."""
    parameter93_value: str
    """Parameter value."""
    parameter94_name: str
    """Parameter name."""
    parameter94_value: str
    """Parameter value."""
    parameter95_name: str
    """Parameter name."""
    parameter95_value: str
    """Parameter value."""
    parameter96_name: str
    """Parameter name."""
    parameter96_value: str
    """Parameter value."""
    parameter97_name: str
    """Parameter name."""
    parameter97_value: str
    """Parameter value."""
    parameter98_name: str
    """Parameter name."""
    parameter98_value: str
    """Parameter value."""
    parameter99_name: str
    """Parameter name."""
    parameter99_value: str
    """Parameter value."""


class StreamUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.streams.update`` (``UpdateStream``)."""

    status: Required[str]


_LIST_CREATE: Operation[Stream] = Operation(
    id="api.v2010.accounts.calls.streams.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams.json",
    spec="api_v2010",
    record=Stream,
    form={
        "url": "Url",
        "name": "Name",
        "track": "Track",
        "status_callback": "StatusCallback",
        "status_callback_method": "StatusCallbackMethod",
        "parameter1_name": "Parameter1.Name",
        "parameter1_value": "Parameter1.Value",
        "parameter2_name": "Parameter2.Name",
        "parameter2_value": "Parameter2.Value",
        "parameter3_name": "Parameter3.Name",
        "parameter3_value": "Parameter3.Value",
        "parameter4_name": "Parameter4.Name",
        "parameter4_value": "Parameter4.Value",
        "parameter5_name": "Parameter5.Name",
        "parameter5_value": "Parameter5.Value",
        "parameter6_name": "Parameter6.Name",
        "parameter6_value": "Parameter6.Value",
        "parameter7_name": "Parameter7.Name",
        "parameter7_value": "Parameter7.Value",
        "parameter8_name": "Parameter8.Name",
        "parameter8_value": "Parameter8.Value",
        "parameter9_name": "Parameter9.Name",
        "parameter9_value": "Parameter9.Value",
        "parameter10_name": "Parameter10.Name",
        "parameter10_value": "Parameter10.Value",
        "parameter11_name": "Parameter11.Name",
        "parameter11_value": "Parameter11.Value",
        "parameter12_name": "Parameter12.Name",
        "parameter12_value": "Parameter12.Value",
        "parameter13_name": "Parameter13.Name",
        "parameter13_value": "Parameter13.Value",
        "parameter14_name": "Parameter14.Name",
        "parameter14_value": "Parameter14.Value",
        "parameter15_name": "Parameter15.Name",
        "parameter15_value": "Parameter15.Value",
        "parameter16_name": "Parameter16.Name",
        "parameter16_value": "Parameter16.Value",
        "parameter17_name": "Parameter17.Name",
        "parameter17_value": "Parameter17.Value",
        "parameter18_name": "Parameter18.Name",
        "parameter18_value": "Parameter18.Value",
        "parameter19_name": "Parameter19.Name",
        "parameter19_value": "Parameter19.Value",
        "parameter20_name": "Parameter20.Name",
        "parameter20_value": "Parameter20.Value",
        "parameter21_name": "Parameter21.Name",
        "parameter21_value": "Parameter21.Value",
        "parameter22_name": "Parameter22.Name",
        "parameter22_value": "Parameter22.Value",
        "parameter23_name": "Parameter23.Name",
        "parameter23_value": "Parameter23.Value",
        "parameter24_name": "Parameter24.Name",
        "parameter24_value": "Parameter24.Value",
        "parameter25_name": "Parameter25.Name",
        "parameter25_value": "Parameter25.Value",
        "parameter26_name": "Parameter26.Name",
        "parameter26_value": "Parameter26.Value",
        "parameter27_name": "Parameter27.Name",
        "parameter27_value": "Parameter27.Value",
        "parameter28_name": "Parameter28.Name",
        "parameter28_value": "Parameter28.Value",
        "parameter29_name": "Parameter29.Name",
        "parameter29_value": "Parameter29.Value",
        "parameter30_name": "Parameter30.Name",
        "parameter30_value": "Parameter30.Value",
        "parameter31_name": "Parameter31.Name",
        "parameter31_value": "Parameter31.Value",
        "parameter32_name": "Parameter32.Name",
        "parameter32_value": "Parameter32.Value",
        "parameter33_name": "Parameter33.Name",
        "parameter33_value": "Parameter33.Value",
        "parameter34_name": "Parameter34.Name",
        "parameter34_value": "Parameter34.Value",
        "parameter35_name": "Parameter35.Name",
        "parameter35_value": "Parameter35.Value",
        "parameter36_name": "Parameter36.Name",
        "parameter36_value": "Parameter36.Value",
        "parameter37_name": "Parameter37.Name",
        "parameter37_value": "Parameter37.Value",
        "parameter38_name": "Parameter38.Name",
        "parameter38_value": "Parameter38.Value",
        "parameter39_name": "Parameter39.Name",
        "parameter39_value": "Parameter39.Value",
        "parameter40_name": "Parameter40.Name",
        "parameter40_value": "Parameter40.Value",
        "parameter41_name": "Parameter41.Name",
        "parameter41_value": "Parameter41.Value",
        "parameter42_name": "Parameter42.Name",
        "parameter42_value": "Parameter42.Value",
        "parameter43_name": "Parameter43.Name",
        "parameter43_value": "Parameter43.Value",
        "parameter44_name": "Parameter44.Name",
        "parameter44_value": "Parameter44.Value",
        "parameter45_name": "Parameter45.Name",
        "parameter45_value": "Parameter45.Value",
        "parameter46_name": "Parameter46.Name",
        "parameter46_value": "Parameter46.Value",
        "parameter47_name": "Parameter47.Name",
        "parameter47_value": "Parameter47.Value",
        "parameter48_name": "Parameter48.Name",
        "parameter48_value": "Parameter48.Value",
        "parameter49_name": "Parameter49.Name",
        "parameter49_value": "Parameter49.Value",
        "parameter50_name": "Parameter50.Name",
        "parameter50_value": "Parameter50.Value",
        "parameter51_name": "Parameter51.Name",
        "parameter51_value": "Parameter51.Value",
        "parameter52_name": "Parameter52.Name",
        "parameter52_value": "Parameter52.Value",
        "parameter53_name": "Parameter53.Name",
        "parameter53_value": "Parameter53.Value",
        "parameter54_name": "Parameter54.Name",
        "parameter54_value": "Parameter54.Value",
        "parameter55_name": "Parameter55.Name",
        "parameter55_value": "Parameter55.Value",
        "parameter56_name": "Parameter56.Name",
        "parameter56_value": "Parameter56.Value",
        "parameter57_name": "Parameter57.Name",
        "parameter57_value": "Parameter57.Value",
        "parameter58_name": "Parameter58.Name",
        "parameter58_value": "Parameter58.Value",
        "parameter59_name": "Parameter59.Name",
        "parameter59_value": "Parameter59.Value",
        "parameter60_name": "Parameter60.Name",
        "parameter60_value": "Parameter60.Value",
        "parameter61_name": "Parameter61.Name",
        "parameter61_value": "Parameter61.Value",
        "parameter62_name": "Parameter62.Name",
        "parameter62_value": "Parameter62.Value",
        "parameter63_name": "Parameter63.Name",
        "parameter63_value": "Parameter63.Value",
        "parameter64_name": "Parameter64.Name",
        "parameter64_value": "Parameter64.Value",
        "parameter65_name": "Parameter65.Name",
        "parameter65_value": "Parameter65.Value",
        "parameter66_name": "Parameter66.Name",
        "parameter66_value": "Parameter66.Value",
        "parameter67_name": "Parameter67.Name",
        "parameter67_value": "Parameter67.Value",
        "parameter68_name": "Parameter68.Name",
        "parameter68_value": "Parameter68.Value",
        "parameter69_name": "Parameter69.Name",
        "parameter69_value": "Parameter69.Value",
        "parameter70_name": "Parameter70.Name",
        "parameter70_value": "Parameter70.Value",
        "parameter71_name": "Parameter71.Name",
        "parameter71_value": "Parameter71.Value",
        "parameter72_name": "Parameter72.Name",
        "parameter72_value": "Parameter72.Value",
        "parameter73_name": "Parameter73.Name",
        "parameter73_value": "Parameter73.Value",
        "parameter74_name": "Parameter74.Name",
        "parameter74_value": "Parameter74.Value",
        "parameter75_name": "Parameter75.Name",
        "parameter75_value": "Parameter75.Value",
        "parameter76_name": "Parameter76.Name",
        "parameter76_value": "Parameter76.Value",
        "parameter77_name": "Parameter77.Name",
        "parameter77_value": "Parameter77.Value",
        "parameter78_name": "Parameter78.Name",
        "parameter78_value": "Parameter78.Value",
        "parameter79_name": "Parameter79.Name",
        "parameter79_value": "Parameter79.Value",
        "parameter80_name": "Parameter80.Name",
        "parameter80_value": "Parameter80.Value",
        "parameter81_name": "Parameter81.Name",
        "parameter81_value": "Parameter81.Value",
        "parameter82_name": "Parameter82.Name",
        "parameter82_value": "Parameter82.Value",
        "parameter83_name": "Parameter83.Name",
        "parameter83_value": "Parameter83.Value",
        "parameter84_name": "Parameter84.Name",
        "parameter84_value": "Parameter84.Value",
        "parameter85_name": "Parameter85.Name",
        "parameter85_value": "Parameter85.Value",
        "parameter86_name": "Parameter86.Name",
        "parameter86_value": "Parameter86.Value",
        "parameter87_name": "Parameter87.Name",
        "parameter87_value": "Parameter87.Value",
        "parameter88_name": "Parameter88.Name",
        "parameter88_value": "Parameter88.Value",
        "parameter89_name": "Parameter89.Name",
        "parameter89_value": "Parameter89.Value",
        "parameter90_name": "Parameter90.Name",
        "parameter90_value": "Parameter90.Value",
        "parameter91_name": "Parameter91.Name",
        "parameter91_value": "Parameter91.Value",
        "parameter92_name": "Parameter92.Name",
        "parameter92_value": "Parameter92.Value",
        "parameter93_name": "Parameter93.Name",
        "parameter93_value": "Parameter93.Value",
        "parameter94_name": "Parameter94.Name",
        "parameter94_value": "Parameter94.Value",
        "parameter95_name": "Parameter95.Name",
        "parameter95_value": "Parameter95.Value",
        "parameter96_name": "Parameter96.Name",
        "parameter96_value": "Parameter96.Value",
        "parameter97_name": "Parameter97.Name",
        "parameter97_value": "Parameter97.Value",
        "parameter98_name": "Parameter98.Name",
        "parameter98_value": "Parameter98.Value",
        "parameter99_name": "Parameter99.Name",
        "parameter99_value": "Parameter99.Value",
    },
    required=frozenset(["url"]),
)


_CONTEXT_UPDATE: Operation[Stream] = Operation(
    id="api.v2010.accounts.calls.streams.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams/{Sid}.json",
    spec="api_v2010",
    record=Stream,
    form={
        "status": "Status",
    },
    required=frozenset(["status"]),
)


class StreamContext(Resource):
    """One ``Accounts/AccountSid/Calls/CallSid/Streams`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def update(self, **params: Unpack[StreamUpdateParams]) -> Stream:
        """Stop a Stream using either the SID of the Stream resource or the `name` used when creating the resource."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class StreamList(CreateMany[StreamCreateParams, Stream], Resource):
    """``Accounts/AccountSid/Calls/CallSid/Streams`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> StreamContext:
        """The record with this ``sid``."""
        return self._child(StreamContext, sid=sid)

    async def create(self, **params: Unpack[StreamCreateParams]) -> Stream:
        """Create a Stream."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
