# Generated from specs/twilio-oai/twilio_ip_messaging_v1.json by codegen; do not edit.
"""IpMessaging v1: Service (Services) on ip-messaging.twilio.com."""

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
    from twilio_async.rest.ip_messaging.v1.services_channels import ChannelList
    from twilio_async.rest.ip_messaging.v1.services_roles import RoleList
    from twilio_async.rest.ip_messaging.v1.services_users import UserList

__all__ = ["Service", "ServiceContext", "ServiceCreateParams", "ServiceList", "ServiceUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Service(Record):
    """Record ``ip_messaging.v1.service`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

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
    webhooks: Any | None = None
    pre_webhook_url: str | None = None
    post_webhook_url: str | None = None
    webhook_method: str | None = None
    webhook_filters: list[str] | None = None
    notifications: Any | None = None
    url: str
    links: dict[str, Any] | None = None


class ServiceUpdateParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v1.services.update`` (``UpdateService``)."""

    friendly_name: str
    default_service_role_sid: str
    default_channel_role_sid: str
    default_channel_creator_role_sid: str
    read_status_enabled: bool
    reachability_enabled: bool
    typing_indicator_timeout: int
    consumption_report_interval: int
    notifications_new_message_enabled: bool
    notifications_new_message_template: str
    notifications_added_to_channel_enabled: bool
    notifications_added_to_channel_template: str
    notifications_removed_from_channel_enabled: bool
    notifications_removed_from_channel_template: str
    notifications_invited_to_channel_enabled: bool
    notifications_invited_to_channel_template: str
    pre_webhook_url: str
    post_webhook_url: str
    webhook_method: str
    webhook_filters: Sequence[str]
    webhooks_on_message_send_url: str
    webhooks_on_message_send_method: str
    webhooks_on_message_update_url: str
    webhooks_on_message_update_method: str
    webhooks_on_message_remove_url: str
    webhooks_on_message_remove_method: str
    webhooks_on_channel_add_url: str
    webhooks_on_channel_add_method: str
    webhooks_on_channel_destroy_url: str
    webhooks_on_channel_destroy_method: str
    webhooks_on_channel_update_url: str
    webhooks_on_channel_update_method: str
    webhooks_on_member_add_url: str
    webhooks_on_member_add_method: str
    webhooks_on_member_remove_url: str
    webhooks_on_member_remove_method: str
    webhooks_on_message_sent_url: str
    webhooks_on_message_sent_method: str
    webhooks_on_message_updated_url: str
    webhooks_on_message_updated_method: str
    webhooks_on_message_removed_url: str
    webhooks_on_message_removed_method: str
    webhooks_on_channel_added_url: str
    webhooks_on_channel_added_method: str
    webhooks_on_channel_destroyed_url: str
    webhooks_on_channel_destroyed_method: str
    webhooks_on_channel_updated_url: str
    webhooks_on_channel_updated_method: str
    webhooks_on_member_added_url: str
    webhooks_on_member_added_method: str
    webhooks_on_member_removed_url: str
    webhooks_on_member_removed_method: str
    limits_channel_members: int
    limits_user_channels: int


class ServiceCreateParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v1.services.create`` (``CreateService``)."""

    friendly_name: Required[str]


_CONTEXT_FETCH: Operation[Service] = Operation(
    id="ip_messaging.v1.services.fetch",
    method="GET",
    product="ip-messaging",
    path="/v1/Services/{Sid}",
    spec="ip_messaging_v1",
    record=Service,
)


_CONTEXT_UPDATE: Operation[Service] = Operation(
    id="ip_messaging.v1.services.update",
    method="POST",
    product="ip-messaging",
    path="/v1/Services/{Sid}",
    spec="ip_messaging_v1",
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
        "notifications_added_to_channel_enabled": "Notifications.AddedToChannel.Enabled",
        "notifications_added_to_channel_template": "Notifications.AddedToChannel.Template",
        "notifications_removed_from_channel_enabled": "Notifications.RemovedFromChannel.Enabled",
        "notifications_removed_from_channel_template": "Notifications.RemovedFromChannel.Template",
        "notifications_invited_to_channel_enabled": "Notifications.InvitedToChannel.Enabled",
        "notifications_invited_to_channel_template": "Notifications.InvitedToChannel.Template",
        "pre_webhook_url": "PreWebhookUrl",
        "post_webhook_url": "PostWebhookUrl",
        "webhook_method": "WebhookMethod",
        "webhook_filters": "WebhookFilters",
        "webhooks_on_message_send_url": "Webhooks.OnMessageSend.Url",
        "webhooks_on_message_send_method": "Webhooks.OnMessageSend.Method",
        "webhooks_on_message_update_url": "Webhooks.OnMessageUpdate.Url",
        "webhooks_on_message_update_method": "Webhooks.OnMessageUpdate.Method",
        "webhooks_on_message_remove_url": "Webhooks.OnMessageRemove.Url",
        "webhooks_on_message_remove_method": "Webhooks.OnMessageRemove.Method",
        "webhooks_on_channel_add_url": "Webhooks.OnChannelAdd.Url",
        "webhooks_on_channel_add_method": "Webhooks.OnChannelAdd.Method",
        "webhooks_on_channel_destroy_url": "Webhooks.OnChannelDestroy.Url",
        "webhooks_on_channel_destroy_method": "Webhooks.OnChannelDestroy.Method",
        "webhooks_on_channel_update_url": "Webhooks.OnChannelUpdate.Url",
        "webhooks_on_channel_update_method": "Webhooks.OnChannelUpdate.Method",
        "webhooks_on_member_add_url": "Webhooks.OnMemberAdd.Url",
        "webhooks_on_member_add_method": "Webhooks.OnMemberAdd.Method",
        "webhooks_on_member_remove_url": "Webhooks.OnMemberRemove.Url",
        "webhooks_on_member_remove_method": "Webhooks.OnMemberRemove.Method",
        "webhooks_on_message_sent_url": "Webhooks.OnMessageSent.Url",
        "webhooks_on_message_sent_method": "Webhooks.OnMessageSent.Method",
        "webhooks_on_message_updated_url": "Webhooks.OnMessageUpdated.Url",
        "webhooks_on_message_updated_method": "Webhooks.OnMessageUpdated.Method",
        "webhooks_on_message_removed_url": "Webhooks.OnMessageRemoved.Url",
        "webhooks_on_message_removed_method": "Webhooks.OnMessageRemoved.Method",
        "webhooks_on_channel_added_url": "Webhooks.OnChannelAdded.Url",
        "webhooks_on_channel_added_method": "Webhooks.OnChannelAdded.Method",
        "webhooks_on_channel_destroyed_url": "Webhooks.OnChannelDestroyed.Url",
        "webhooks_on_channel_destroyed_method": "Webhooks.OnChannelDestroyed.Method",
        "webhooks_on_channel_updated_url": "Webhooks.OnChannelUpdated.Url",
        "webhooks_on_channel_updated_method": "Webhooks.OnChannelUpdated.Method",
        "webhooks_on_member_added_url": "Webhooks.OnMemberAdded.Url",
        "webhooks_on_member_added_method": "Webhooks.OnMemberAdded.Method",
        "webhooks_on_member_removed_url": "Webhooks.OnMemberRemoved.Url",
        "webhooks_on_member_removed_method": "Webhooks.OnMemberRemoved.Method",
        "limits_channel_members": "Limits.ChannelMembers",
        "limits_user_channels": "Limits.UserChannels",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="ip_messaging.v1.services.delete",
    method="DELETE",
    product="ip-messaging",
    path="/v1/Services/{Sid}",
    spec="ip_messaging_v1",
)


_LIST_LIST: Operation[Service] = Operation(
    id="ip_messaging.v1.services.list",
    method="GET",
    product="ip-messaging",
    path="/v1/Services",
    spec="ip_messaging_v1",
    record=Service,
    paging="meta",
    envelope="services",
    max_page_size=100,
)


_LIST_CREATE: Operation[Service] = Operation(
    id="ip_messaging.v1.services.create",
    method="POST",
    product="ip-messaging",
    path="/v1/Services",
    spec="ip_messaging_v1",
    record=Service,
    form={
        "friendly_name": "FriendlyName",
    },
    required=frozenset(["friendly_name"]),
)


class ServiceContext(Resource):
    """One ``Services`` record: sid."""

    _path = "/v1/Services/{Sid}"

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
    def channels(self) -> ChannelList:
        """``Services/ServiceSid/Channels``."""
        from twilio_async.rest.ip_messaging.v1.services_channels import ChannelList

        return self._child(ChannelList)

    @property
    def roles(self) -> RoleList:
        """``Services/ServiceSid/Roles``."""
        from twilio_async.rest.ip_messaging.v1.services_roles import RoleList

        return self._child(RoleList)

    @property
    def users(self) -> UserList:
        """``Services/ServiceSid/Users``."""
        from twilio_async.rest.ip_messaging.v1.services_users import UserList

        return self._child(UserList)


class ServiceList(CreateMany[ServiceCreateParams, Service], Resource):
    """``Services`` (call it with a sid)."""

    _path = "/v1/Services"
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
