# Generated from specs/twilio-oai/twilio_voice_v1.json by codegen; do not edit.
"""Voice v1 on voice.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.voice.v1.archives_calls import ArchivedCallList
    from twilio_async.rest.voice.v1.byoc_trunks import ByocTrunkList
    from twilio_async.rest.voice.v1.connection_policies import ConnectionPolicyList
    from twilio_async.rest.voice.v1.dialing_permissions import DialingPermissionsList
    from twilio_async.rest.voice.v1.ip_records import IpRecordList
    from twilio_async.rest.voice.v1.source_ip_mappings import SourceIpMappingList

__all__ = ["VoiceV1"]


class VoiceV1(Resource):
    """``client.voice.v1``."""

    @property
    def archived_calls(self) -> ArchivedCallList:
        """``Archives/Date/Calls``."""
        from twilio_async.rest.voice.v1.archives_calls import ArchivedCallList

        return ArchivedCallList(self._transport)

    @property
    def byoc_trunks(self) -> ByocTrunkList:
        """``ByocTrunks``."""
        from twilio_async.rest.voice.v1.byoc_trunks import ByocTrunkList

        return ByocTrunkList(self._transport)

    @property
    def connection_policies(self) -> ConnectionPolicyList:
        """``ConnectionPolicies``."""
        from twilio_async.rest.voice.v1.connection_policies import ConnectionPolicyList

        return ConnectionPolicyList(self._transport)

    @property
    def dialing_permissions(self) -> DialingPermissionsList:
        """``DialingPermissions``."""
        from twilio_async.rest.voice.v1.dialing_permissions import DialingPermissionsList

        return DialingPermissionsList(self._transport)

    @property
    def ip_records(self) -> IpRecordList:
        """``IpRecords``."""
        from twilio_async.rest.voice.v1.ip_records import IpRecordList

        return IpRecordList(self._transport)

    @property
    def source_ip_mappings(self) -> SourceIpMappingList:
        """``SourceIpMappings``."""
        from twilio_async.rest.voice.v1.source_ip_mappings import SourceIpMappingList

        return SourceIpMappingList(self._transport)
