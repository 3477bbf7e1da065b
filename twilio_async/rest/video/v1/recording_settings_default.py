# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1: RecordingSettings (RecordingSettings/Default) on video.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "RecordingSettings",
    "RecordingSettingsContext",
    "RecordingSettingsCreateParams",
    "RecordingSettingsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RecordingSettings(Record):
    """Record ``video.v1.recording_settings`` (every field but ``account_sid``, ``url`` may be ``None``)."""

    account_sid: str
    friendly_name: str | None = None
    aws_credentials_sid: str | None = None
    aws_s3_url: str | None = None
    aws_storage_enabled: bool | None = None
    encryption_key_sid: str | None = None
    encryption_enabled: bool | None = None
    url: str


class RecordingSettingsCreateParams(TypedDict, total=False):
    """Keywords of ``video.v1.recording_settings.create`` (``CreateRecordingSettings``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the resource and be shown to users in the console."""
    aws_credentials_sid: str
    """The SID of the stored Credential resource."""
    encryption_key_sid: str
    """The SID of the Public Key resource to use for encryption."""
    aws_s3_url: str
    """The URL of the AWS S3 bucket where the recordings should be stored."""
    aws_storage_enabled: bool
    """Whether all recordings should be written to the `aws_s3_url`."""
    encryption_enabled: bool
    """Whether all recordings should be stored in an encrypted form."""


_CONTEXT_FETCH: Operation[RecordingSettings] = Operation(
    id="video.v1.recording_settings.fetch",
    method="GET",
    product="video",
    path="/v1/RecordingSettings/Default",
    spec="video_v1",
    record=RecordingSettings,
)


_CONTEXT_CREATE: Operation[RecordingSettings] = Operation(
    id="video.v1.recording_settings.create",
    method="POST",
    product="video",
    path="/v1/RecordingSettings/Default",
    spec="video_v1",
    record=RecordingSettings,
    form={
        "friendly_name": "FriendlyName",
        "aws_credentials_sid": "AwsCredentialsSid",
        "encryption_key_sid": "EncryptionKeySid",
        "aws_s3_url": "AwsS3Url",
        "aws_storage_enabled": "AwsStorageEnabled",
        "encryption_enabled": "EncryptionEnabled",
    },
    required=frozenset(["friendly_name"]),
)


class RecordingSettingsContext(Resource):
    """One ``RecordingSettings/Default`` record."""

    _path = "/v1/RecordingSettings/Default"

    async def fetch(self) -> RecordingSettings:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def create(self, **params: Unpack[RecordingSettingsCreateParams]) -> RecordingSettings:
        """create."""
        return await self._call(_CONTEXT_CREATE, params)

    create_with_http_info = with_http_info(_CONTEXT_CREATE, create)


class RecordingSettingsList(Resource):
    """``RecordingSettings/Default``."""

    def __call__(self) -> RecordingSettingsContext:
        """The one record of this resource."""
        return self._child(RecordingSettingsContext)
