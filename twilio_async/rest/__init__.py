# Generated from specs/twilio-oai/ by codegen; do not edit.
"""The whole REST API as the official SDK lays it out: ``client.<domain>.<version>...``.

Nothing below this package is imported until an attribute is first used.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from twilio_async._transport import Transport
    from twilio_async.rest.accounts import Accounts
    from twilio_async.rest.api import Api
    from twilio_async.rest.api.v2010.accounts_addresses import AddressList
    from twilio_async.rest.api.v2010.accounts_applications import ApplicationList
    from twilio_async.rest.api.v2010.accounts_authorized_connect_apps import (
        AuthorizedConnectAppList,
    )
    from twilio_async.rest.api.v2010.accounts_available_phone_numbers import (
        AvailablePhoneNumberCountryList,
    )
    from twilio_async.rest.api.v2010.accounts_balance import BalanceList
    from twilio_async.rest.api.v2010.accounts_calls import CallList
    from twilio_async.rest.api.v2010.accounts_conferences import ConferenceList
    from twilio_async.rest.api.v2010.accounts_connect_apps import ConnectAppList
    from twilio_async.rest.api.v2010.accounts_incoming_phone_numbers import IncomingPhoneNumberList
    from twilio_async.rest.api.v2010.accounts_keys import KeyList
    from twilio_async.rest.api.v2010.accounts_keys_new_keys import NewKeyList
    from twilio_async.rest.api.v2010.accounts_messages import MessageList
    from twilio_async.rest.api.v2010.accounts_notifications import NotificationList
    from twilio_async.rest.api.v2010.accounts_outgoing_caller_ids import OutgoingCallerIdList
    from twilio_async.rest.api.v2010.accounts_outgoing_caller_ids_validation_requests import (
        ValidationRequestList,
    )
    from twilio_async.rest.api.v2010.accounts_queues import QueueList
    from twilio_async.rest.api.v2010.accounts_recordings import RecordingList
    from twilio_async.rest.api.v2010.accounts_signing_keys import SigningKeyList
    from twilio_async.rest.api.v2010.accounts_signing_keys_new_signing_keys import NewSigningKeyList
    from twilio_async.rest.api.v2010.accounts_sip import SipList
    from twilio_async.rest.api.v2010.accounts_sms_short_codes import ShortCodeList
    from twilio_async.rest.api.v2010.accounts_tokens import TokenList
    from twilio_async.rest.api.v2010.accounts_transcriptions import TranscriptionList
    from twilio_async.rest.api.v2010.accounts_usage import UsageList
    from twilio_async.rest.assistants import Assistants
    from twilio_async.rest.bulkexports import Bulkexports
    from twilio_async.rest.chat import Chat
    from twilio_async.rest.content import Content
    from twilio_async.rest.conversations import Conversations
    from twilio_async.rest.events import Events
    from twilio_async.rest.flex_api import FlexApi
    from twilio_async.rest.frontline_api import FrontlineApi
    from twilio_async.rest.iam import Iam
    from twilio_async.rest.insights import Insights
    from twilio_async.rest.intelligence import Intelligence
    from twilio_async.rest.ip_messaging import IpMessaging
    from twilio_async.rest.knowledge import Knowledge
    from twilio_async.rest.lookups import Lookups
    from twilio_async.rest.marketplace import Marketplace
    from twilio_async.rest.messaging import Messaging
    from twilio_async.rest.monitor import Monitor
    from twilio_async.rest.notify import Notify
    from twilio_async.rest.numbers import Numbers
    from twilio_async.rest.oauth import Oauth
    from twilio_async.rest.preview import Preview
    from twilio_async.rest.preview_iam import PreviewIam
    from twilio_async.rest.pricing import Pricing
    from twilio_async.rest.proxy import Proxy
    from twilio_async.rest.routes import Routes
    from twilio_async.rest.serverless import Serverless
    from twilio_async.rest.studio import Studio
    from twilio_async.rest.supersim import Supersim
    from twilio_async.rest.sync import Sync
    from twilio_async.rest.taskrouter import Taskrouter
    from twilio_async.rest.trunking import Trunking
    from twilio_async.rest.trusthub import Trusthub
    from twilio_async.rest.verify import Verify
    from twilio_async.rest.video import Video
    from twilio_async.rest.voice import Voice
    from twilio_async.rest.wireless import Wireless

__all__ = ["RestDomains"]


class RestDomains:
    """Every Twilio domain as a lazy attribute, plus the official account shortcuts."""

    _transport: Transport
    _account_sid: str

    @cached_property
    def accounts(self) -> Accounts:
        """``accounts.twilio.com``."""
        from twilio_async.rest.accounts import Accounts

        return Accounts(self._transport, (self._account_sid,))

    @cached_property
    def api(self) -> Api:
        """``api.twilio.com``."""
        from twilio_async.rest.api import Api

        return Api(self._transport, (self._account_sid,))

    @cached_property
    def assistants(self) -> Assistants:
        """``assistants.twilio.com``."""
        from twilio_async.rest.assistants import Assistants

        return Assistants(self._transport, (self._account_sid,))

    @cached_property
    def bulkexports(self) -> Bulkexports:
        """``bulkexports.twilio.com``."""
        from twilio_async.rest.bulkexports import Bulkexports

        return Bulkexports(self._transport, (self._account_sid,))

    @cached_property
    def chat(self) -> Chat:
        """``chat.twilio.com``."""
        from twilio_async.rest.chat import Chat

        return Chat(self._transport, (self._account_sid,))

    @cached_property
    def content(self) -> Content:
        """``content.twilio.com``."""
        from twilio_async.rest.content import Content

        return Content(self._transport, (self._account_sid,))

    @cached_property
    def conversations(self) -> Conversations:
        """``conversations.twilio.com``."""
        from twilio_async.rest.conversations import Conversations

        return Conversations(self._transport, (self._account_sid,))

    @cached_property
    def events(self) -> Events:
        """``events.twilio.com``."""
        from twilio_async.rest.events import Events

        return Events(self._transport, (self._account_sid,))

    @cached_property
    def flex_api(self) -> FlexApi:
        """``flex-api.twilio.com``."""
        from twilio_async.rest.flex_api import FlexApi

        return FlexApi(self._transport, (self._account_sid,))

    @cached_property
    def frontline_api(self) -> FrontlineApi:
        """``frontline-api.twilio.com``."""
        from twilio_async.rest.frontline_api import FrontlineApi

        return FrontlineApi(self._transport, (self._account_sid,))

    @cached_property
    def iam(self) -> Iam:
        """``iam.twilio.com``."""
        from twilio_async.rest.iam import Iam

        return Iam(self._transport, (self._account_sid,))

    @cached_property
    def insights(self) -> Insights:
        """``insights.twilio.com``."""
        from twilio_async.rest.insights import Insights

        return Insights(self._transport, (self._account_sid,))

    @cached_property
    def intelligence(self) -> Intelligence:
        """``intelligence.twilio.com``."""
        from twilio_async.rest.intelligence import Intelligence

        return Intelligence(self._transport, (self._account_sid,))

    @cached_property
    def ip_messaging(self) -> IpMessaging:
        """``ip-messaging.twilio.com``."""
        from twilio_async.rest.ip_messaging import IpMessaging

        return IpMessaging(self._transport, (self._account_sid,))

    @cached_property
    def knowledge(self) -> Knowledge:
        """``knowledge.twilio.com``."""
        from twilio_async.rest.knowledge import Knowledge

        return Knowledge(self._transport, (self._account_sid,))

    @cached_property
    def lookups(self) -> Lookups:
        """``lookups.twilio.com``."""
        from twilio_async.rest.lookups import Lookups

        return Lookups(self._transport, (self._account_sid,))

    @cached_property
    def marketplace(self) -> Marketplace:
        """``marketplace.twilio.com``."""
        from twilio_async.rest.marketplace import Marketplace

        return Marketplace(self._transport, (self._account_sid,))

    @cached_property
    def messaging(self) -> Messaging:
        """``messaging.twilio.com``."""
        from twilio_async.rest.messaging import Messaging

        return Messaging(self._transport, (self._account_sid,))

    @cached_property
    def monitor(self) -> Monitor:
        """``monitor.twilio.com``."""
        from twilio_async.rest.monitor import Monitor

        return Monitor(self._transport, (self._account_sid,))

    @cached_property
    def notify(self) -> Notify:
        """``notify.twilio.com``."""
        from twilio_async.rest.notify import Notify

        return Notify(self._transport, (self._account_sid,))

    @cached_property
    def numbers(self) -> Numbers:
        """``numbers.twilio.com``."""
        from twilio_async.rest.numbers import Numbers

        return Numbers(self._transport, (self._account_sid,))

    @cached_property
    def oauth(self) -> Oauth:
        """``oauth.twilio.com``."""
        from twilio_async.rest.oauth import Oauth

        return Oauth(self._transport, (self._account_sid,))

    @cached_property
    def preview(self) -> Preview:
        """``preview.twilio.com``."""
        from twilio_async.rest.preview import Preview

        return Preview(self._transport, (self._account_sid,))

    @cached_property
    def preview_iam(self) -> PreviewIam:
        """``preview-iam.twilio.com``."""
        from twilio_async.rest.preview_iam import PreviewIam

        return PreviewIam(self._transport, (self._account_sid,))

    @cached_property
    def pricing(self) -> Pricing:
        """``pricing.twilio.com``."""
        from twilio_async.rest.pricing import Pricing

        return Pricing(self._transport, (self._account_sid,))

    @cached_property
    def proxy(self) -> Proxy:
        """``proxy.twilio.com``."""
        from twilio_async.rest.proxy import Proxy

        return Proxy(self._transport, (self._account_sid,))

    @cached_property
    def routes(self) -> Routes:
        """``routes.twilio.com``."""
        from twilio_async.rest.routes import Routes

        return Routes(self._transport, (self._account_sid,))

    @cached_property
    def serverless(self) -> Serverless:
        """``serverless.twilio.com``."""
        from twilio_async.rest.serverless import Serverless

        return Serverless(self._transport, (self._account_sid,))

    @cached_property
    def studio(self) -> Studio:
        """``studio.twilio.com``."""
        from twilio_async.rest.studio import Studio

        return Studio(self._transport, (self._account_sid,))

    @cached_property
    def supersim(self) -> Supersim:
        """``supersim.twilio.com``."""
        from twilio_async.rest.supersim import Supersim

        return Supersim(self._transport, (self._account_sid,))

    @cached_property
    def sync(self) -> Sync:
        """``sync.twilio.com``."""
        from twilio_async.rest.sync import Sync

        return Sync(self._transport, (self._account_sid,))

    @cached_property
    def taskrouter(self) -> Taskrouter:
        """``taskrouter.twilio.com``."""
        from twilio_async.rest.taskrouter import Taskrouter

        return Taskrouter(self._transport, (self._account_sid,))

    @cached_property
    def trunking(self) -> Trunking:
        """``trunking.twilio.com``."""
        from twilio_async.rest.trunking import Trunking

        return Trunking(self._transport, (self._account_sid,))

    @cached_property
    def trusthub(self) -> Trusthub:
        """``trusthub.twilio.com``."""
        from twilio_async.rest.trusthub import Trusthub

        return Trusthub(self._transport, (self._account_sid,))

    @cached_property
    def verify(self) -> Verify:
        """``verify.twilio.com``."""
        from twilio_async.rest.verify import Verify

        return Verify(self._transport, (self._account_sid,))

    @cached_property
    def video(self) -> Video:
        """``video.twilio.com``."""
        from twilio_async.rest.video import Video

        return Video(self._transport, (self._account_sid,))

    @cached_property
    def voice(self) -> Voice:
        """``voice.twilio.com``."""
        from twilio_async.rest.voice import Voice

        return Voice(self._transport, (self._account_sid,))

    @cached_property
    def wireless(self) -> Wireless:
        """``wireless.twilio.com``."""
        from twilio_async.rest.wireless import Wireless

        return Wireless(self._transport, (self._account_sid,))

    @cached_property
    def addresses(self) -> AddressList:
        """``api.v2010.account.addresses``."""
        return self.api.v2010.account.addresses

    @cached_property
    def applications(self) -> ApplicationList:
        """``api.v2010.account.applications``."""
        return self.api.v2010.account.applications

    @cached_property
    def authorized_connect_apps(self) -> AuthorizedConnectAppList:
        """``api.v2010.account.authorized_connect_apps``."""
        return self.api.v2010.account.authorized_connect_apps

    @cached_property
    def available_phone_numbers(self) -> AvailablePhoneNumberCountryList:
        """``api.v2010.account.available_phone_numbers``."""
        return self.api.v2010.account.available_phone_numbers

    @cached_property
    def balance(self) -> BalanceList:
        """``api.v2010.account.balance``."""
        return self.api.v2010.account.balance

    @cached_property
    def calls(self) -> CallList:
        """``api.v2010.account.calls``."""
        return self.api.v2010.account.calls

    @cached_property
    def conferences(self) -> ConferenceList:
        """``api.v2010.account.conferences``."""
        return self.api.v2010.account.conferences

    @cached_property
    def connect_apps(self) -> ConnectAppList:
        """``api.v2010.account.connect_apps``."""
        return self.api.v2010.account.connect_apps

    @cached_property
    def incoming_phone_numbers(self) -> IncomingPhoneNumberList:
        """``api.v2010.account.incoming_phone_numbers``."""
        return self.api.v2010.account.incoming_phone_numbers

    @cached_property
    def keys(self) -> KeyList:
        """``api.v2010.account.keys``."""
        return self.api.v2010.account.keys

    @cached_property
    def new_keys(self) -> NewKeyList:
        """``api.v2010.account.new_keys``."""
        return self.api.v2010.account.new_keys

    @cached_property
    def messages(self) -> MessageList:
        """``api.v2010.account.messages``."""
        return self.api.v2010.account.messages

    @cached_property
    def signing_keys(self) -> SigningKeyList:
        """``api.v2010.account.signing_keys``."""
        return self.api.v2010.account.signing_keys

    @cached_property
    def new_signing_keys(self) -> NewSigningKeyList:
        """``api.v2010.account.new_signing_keys``."""
        return self.api.v2010.account.new_signing_keys

    @cached_property
    def notifications(self) -> NotificationList:
        """``api.v2010.account.notifications``."""
        return self.api.v2010.account.notifications

    @cached_property
    def outgoing_caller_ids(self) -> OutgoingCallerIdList:
        """``api.v2010.account.outgoing_caller_ids``."""
        return self.api.v2010.account.outgoing_caller_ids

    @cached_property
    def validation_requests(self) -> ValidationRequestList:
        """``api.v2010.account.validation_requests``."""
        return self.api.v2010.account.validation_requests

    @cached_property
    def queues(self) -> QueueList:
        """``api.v2010.account.queues``."""
        return self.api.v2010.account.queues

    @cached_property
    def recordings(self) -> RecordingList:
        """``api.v2010.account.recordings``."""
        return self.api.v2010.account.recordings

    @cached_property
    def short_codes(self) -> ShortCodeList:
        """``api.v2010.account.short_codes``."""
        return self.api.v2010.account.short_codes

    @cached_property
    def sip(self) -> SipList:
        """``api.v2010.account.sip``."""
        return self.api.v2010.account.sip

    @cached_property
    def tokens(self) -> TokenList:
        """``api.v2010.account.tokens``."""
        return self.api.v2010.account.tokens

    @cached_property
    def transcriptions(self) -> TranscriptionList:
        """``api.v2010.account.transcriptions``."""
        return self.api.v2010.account.transcriptions

    @cached_property
    def usage(self) -> UsageList:
        """``api.v2010.account.usage``."""
        return self.api.v2010.account.usage
