# Generated from specs/twilio-oai/twilio_chat_v2.json by codegen; do not edit.
"""Chat v2: Service (Services) on chat.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.chat.v2.services_bindings import BindingList
    from twilio_async.rest.chat.v2.services_channels import ChannelList
    from twilio_async.rest.chat.v2.services_roles import RoleList
    from twilio_async.rest.chat.v2.services_users import UserList

__all__ = ["Service", "ServiceContext", "ServiceCreateParams", "ServiceList", "ServiceUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Service(Record):
    """Record ``chat.v2.service`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    default_service_role_sid: str | None = None
    default_channel_role_sid: str | None = None
    default_channel_creator_role_sid: str | None = None
    read_status_enabled: bool | None = None
    reachability_enabled: bool | None = None
    typing_indicator_timeout: int | None = None
    consumption_report_interval: int | None = None
    limits: Any | None = None
    pre_webhook_url: str | None = None
    post_webhook_url: str | None = None
    webhook_method: str | None = None
    webhook_filters: list[str] | None = None
    pre_webhook_retry_count: int | None = None
    post_webhook_retry_count: int | None = None
    notifications: Any | None = None
    media: Any | None = None
    url: str
    links: dict[str, Any] | None = None


class ServiceUpdateParams(TypedDict, total=False):
    """Keywords of ``chat.v2.services.update`` (``UpdateService``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    default_service_role_sid: str
    """The service role assigned to users when they are added to the service."""
    default_channel_role_sid: str
    """The channel role assigned to users when they are added to a channel."""
    default_channel_creator_role_sid: str
    """The channel role assigned to a channel creator when they join a new channel."""
    read_status_enabled: bool
    """Whether to enable the Message Consumption Horizon feature."""
    reachability_enabled: bool
    """Whether to enable the Reachability Indicator for this Service instance."""
    typing_indicator_timeout: int
    """How long in seconds after a `started typing` event until clients should assume that user is no longer typing, even if no `ended typing` message was..."""
    consumption_report_interval: int
    """DEPRECATED."""
    notifications_new_message_enabled: bool
    """Whether to send a notification when a new message is added to a channel."""
    notifications_new_message_template: str
    """The template to use to create the notification text displayed when a new message is added to a channel and `notifications.new_message.enabled` is `..."""
    notifications_new_message_sound: str
    """The name of the sound to play when a new message is added to a channel and `notifications.new_message.enabled` is `true`."""
    notifications_new_message_badge_count_enabled: bool
    """Whether the new message badge is enabled."""
    notifications_added_to_channel_enabled: bool
    """Whether to send a notification when a member is added to a channel."""
    notifications_added_to_channel_template: str
    """The template to use to create the notification text displayed when a member is added to a channel and `notifications.added_to_channel.enabled` is `..."""
    notifications_added_to_channel_sound: str
    """The name of the sound to play when a member is added to a channel and `notifications.added_to_channel.enabled` is `true`."""
    notifications_removed_from_channel_enabled: bool
    """Whether to send a notification to a user when they are removed from a channel."""
    notifications_removed_from_channel_template: str
    """The template to use to create the notification text displayed to a user when they are removed from a channel and `notifications.removed_from_channe..."""
    notifications_removed_from_channel_sound: str
    """The name of the sound to play to a user when they are removed from a channel and `notifications.removed_from_channel.enabled` is `true`."""
    notifications_invited_to_channel_enabled: bool
    """Whether to send a notification when a user is invited to a channel."""
    notifications_invited_to_channel_template: str
    """The template to use to create the notification text displayed when a user is invited to a channel and `notifications.invited_to_channel.enabled` is..."""
    notifications_invited_to_channel_sound: str
    """The name of the sound to play when a user is invited to a channel and `notifications.invited_to_channel.enabled` is `true`."""
    pre_webhook_url: str
    """The URL for pre-event webhooks, which are called by using the `webhook_method`."""
    post_webhook_url: str
    """The URL for post-event webhooks, which are called by using the `webhook_method`."""
    webhook_method: str
    """The HTTP method to use for calls to the `pre_webhook_url` and `post_webhook_url` webhooks."""
    webhook_filters: Sequence[str]
    """The list of webhook events that are enabled for this Service instance."""
    limits_channel_members: int
    """The maximum number of Members that can be added to Channels within this Service."""
    limits_user_channels: int
    """The maximum number of Channels Users can be a Member of within this Service."""
    media_compatibility_message: str
    """The message to send when a media message has no text."""
    pre_webhook_retry_count: int
    """The number of times to retry a call to the `pre_webhook_url` if the request times out (after 5 seconds) or it receives a 429, 503, or 504 HTTP resp..."""
    post_webhook_retry_count: int
    """The number of times to retry a call to the `post_webhook_url` if the request times out (after 5 seconds) or it receives a 429, 503, or 504 HTTP res..."""
    notifications_log_enabled: bool
    """Whether to log notifications."""


class ServiceCreateParams(TypedDict, total=False):
    """Keywords of ``chat.v2.services.create`` (``CreateService``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the new resource."""


_CONTEXT_FETCH: Operation[Service] = Operation(
    id="chat.v2.services.fetch",
    method="GET",
    product="chat",
    path="/v2/Services/{Sid}",
    spec="chat_v2",
    record=Service,
)


_CONTEXT_UPDATE: Operation[Service] = Operation(
    id="chat.v2.services.update",
    method="POST",
    product="chat",
    path="/v2/Services/{Sid}",
    spec="chat_v2",
    record=Service,
    form={
        "friendly_name": "FriendlyName",
        "default_service_role_sid": "DefaultServiceRoleSid",
        "default_channel_role_sid": "DefaultChannelRoleSid",
        "default_channel_creator_role_sid": "DefaultChannelCreatorRoleSid",
        "read_status_enabled": "ReadStatusEnabled",
        "reachability_enabled": "ReachabilityEnabled",
        "typing_indicator_timeout": "TypingIndicatorTimeout",
        "consumption_report_interval": "ConsumptionReportInterval",
        "notifications_new_message_enabled": "Notifications.NewMessage.Enabled",
        "notifications_new_message_template": "Notifications.NewMessage.Template",
        "notifications_new_message_sound": "Notifications.NewMessage.Sound",
        "notifications_new_message_badge_count_enabled": "Notifications.NewMessage.BadgeCountEnabled",
        "notifications_added_to_channel_enabled": "Notifications.AddedToChannel.Enabled",
        "notifications_added_to_channel_template": "Notifications.AddedToChannel.Template",
        "notifications_added_to_channel_sound": "Notifications.AddedToChannel.Sound",
        "notifications_removed_from_channel_enabled": "Notifications.RemovedFromChannel.Enabled",
        "notifications_removed_from_channel_template": "Notifications.RemovedFromChannel.Template",
        "notifications_removed_from_channel_sound": "Notifications.RemovedFromChannel.Sound",
        "notifications_invited_to_channel_enabled": "Notifications.InvitedToChannel.Enabled",
        "notifications_invited_to_channel_template": "Notifications.InvitedToChannel.Template",
        "notifications_invited_to_channel_sound": "Notifications.InvitedToChannel.Sound",
        "pre_webhook_url": "PreWebhookUrl",
        "post_webhook_url": "PostWebhookUrl",
        "webhook_method": "WebhookMethod",
        "webhook_filters": "WebhookFilters",
        "limits_channel_members": "Limits.ChannelMembers",
        "limits_user_channels": "Limits.UserChannels",
        "media_compatibility_message": "Media.CompatibilityMessage",
        "pre_webhook_retry_count": "PreWebhookRetryCount",
        "post_webhook_retry_count": "PostWebhookRetryCount",
        "notifications_log_enabled": "Notifications.LogEnabled",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="chat.v2.services.delete",
    method="DELETE",
    product="chat",
    path="/v2/Services/{Sid}",
    spec="chat_v2",
)


_LIST_LIST: Operation[Service] = Operation(
    id="chat.v2.services.list",
    method="GET",
    product="chat",
    path="/v2/Services",
    spec="chat_v2",
    record=Service,
    paging="meta",
    envelope="services",
    max_page_size=100,
)


_LIST_CREATE: Operation[Service] = Operation(
    id="chat.v2.services.create",
    method="POST",
    product="chat",
    path="/v2/Services",
    spec="chat_v2",
    record=Service,
    form={
        "friendly_name": "FriendlyName",
    },
    required=frozenset(["friendly_name"]),
)


class ServiceContext(Resource):
    """One ``Services`` record: sid."""

    _path = "/v2/Services/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Service:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ServiceUpdateParams]) -> Service:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def bindings(self) -> BindingList:
        """``Services/ServiceSid/Bindings``."""
        from twilio_async.rest.chat.v2.services_bindings import BindingList

        return self._child(BindingList)

    @property
    def channels(self) -> ChannelList:
        """``Services/ServiceSid/Channels``."""
        from twilio_async.rest.chat.v2.services_channels import ChannelList

        return self._child(ChannelList)

    @property
    def roles(self) -> RoleList:
        """``Services/ServiceSid/Roles``."""
        from twilio_async.rest.chat.v2.services_roles import RoleList

        return self._child(RoleList)

    @property
    def users(self) -> UserList:
        """``Services/ServiceSid/Users``."""
        from twilio_async.rest.chat.v2.services_users import UserList

        return self._child(UserList)


class ServiceList(CreateMany[ServiceCreateParams, Service], Resource):
    """``Services`` (call it with a sid)."""

    _path = "/v2/Services"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ServiceContext:
        """The record with this ``sid``."""
        return self._child(ServiceContext, sid=sid)

    async def create(self, **params: Unpack[ServiceCreateParams]) -> Service:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Service]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Service]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Service]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
