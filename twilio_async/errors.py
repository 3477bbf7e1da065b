"""What Twilio's error codes mean: the typed-code table, delivery codes, class selection.

The exception classes themselves are exported from ``twilio_async`` (``TwilioError`` is the
root; ``TwilioAPIError``, alias ``TwilioRestException`` and ``TwilioServiceException``, is an
HTTP error answer, split by status family and refined by Twilio code). This module adds:
:data:`CODE_ERRORS`, the typed class of each code that has one; :func:`error_class`, how a
status and a code choose the class; and :data:`DELIVERY_ERRORS`, what the delivery codes
(30003, 30007, ...) that Twilio reports in a message's ``error_code`` mean, since those are
never raised.
"""

from twilio_async._error_codes import CODE_ERRORS, DELIVERY_ERRORS, DeliveryError, error_class

__all__ = ["CODE_ERRORS", "DELIVERY_ERRORS", "DeliveryError", "error_class"]
