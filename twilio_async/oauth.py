"""OAuth2 bearer tokens for the client: ``Client(oauth=OAuth2ClientCredentials(id, secret))``.

:class:`OAuth2ClientCredentials` fetches tokens from Twilio's token endpoint with the
client-credentials grant, asynchronously, once for any number of concurrent callers, ahead of
expiry and again after a 401. :class:`StaticBearerToken` sends a token obtained elsewhere.
Anything with the :class:`BearerAuth` methods can be passed instead.
"""

from twilio_async._oauth import BearerAuth, OAuth2ClientCredentials, StaticBearerToken

__all__ = ["BearerAuth", "OAuth2ClientCredentials", "StaticBearerToken"]
