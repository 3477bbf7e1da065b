"""Typing names for parameter declarations, from ``typing`` where Python has them.

``typing_extensions`` costs ~7 ms to import; Python 3.11 has all three names.
"""

import sys

if sys.version_info >= (3, 11):
    from typing import Required, TypedDict, Unpack
else:  # pragma: no cover - exercised on Python 3.10
    from typing_extensions import Required, TypedDict, Unpack

__all__ = ["Required", "TypedDict", "Unpack"]
