"""Naming rules shared by the generator: the official SDK's, so keywords and mounts match."""

from __future__ import annotations

import keyword
import re

_WORD_BOUNDARY_1 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_WORD_BOUNDARY_2 = re.compile(r"([a-z])([A-Z])|([0-9])([A-Z][a-z])")
_NOT_IDENT = re.compile(r"[^0-9a-zA-Z_]+")

#: Names the SDK renames because they clash with its own attributes (none in 9.10.5).
RENAMED_PARAMS: dict[str, str] = {}


def snake(name: str) -> str:
    """``IncomingPhoneNumbers`` -> ``incoming_phone_numbers``; ``X-Twilio-Api`` -> ``x_twilio_api``."""
    text = _WORD_BOUNDARY_1.sub(r"\1_\2", name)
    text = _WORD_BOUNDARY_2.sub(lambda m: f"{m[1] or m[3]}_{m[2] or m[4]}", text)
    text = _NOT_IDENT.sub("_", text).strip("_").lower()
    return re.sub(r"_+", "_", text)


def safe(name: str) -> str:
    """A Python identifier: keywords (and builtins the SDK avoids) get a trailing ``_``."""
    if keyword.iskeyword(name) or name in {"from", "self", "async", "await"}:
        return name + "_"
    if name and name[0].isdigit():
        return "n" + name
    return name


def param_name(api_name: str) -> str:
    """The SDK's Python keyword for an API parameter (``DateSent<`` -> ``date_sent_before``)."""
    text = api_name.replace("<", "Before").replace(">", "After")
    name = snake(text)
    name = RENAMED_PARAMS.get(name, name)
    return safe(name)


def pascal(name: str) -> str:
    """``conversation_message`` / ``conversation-message`` -> ``ConversationMessage``."""
    parts = re.split(r"[^0-9a-zA-Z]+", name)
    out = "".join(p[:1].upper() + p[1:] for p in parts if p)
    if out and out[0].isdigit():
        out = "N" + out
    return out


def camelize(name: str) -> str:
    """Leading capitals lower-cased (``SIP`` -> ``sip``, ``IpAddresses`` -> ``ipAddresses``)."""
    match = re.match(r"[A-Z]+", name)
    if not match:
        return name
    run = match.group(0)
    if len(run) > 1 and len(run) < len(name):
        run = run[:-1]  # ``SIPDomains``: the last capital starts the next word
    return run.lower() + name[len(run) :]


def singular(word: str) -> str:
    """A small English singulariser, good enough for class stems."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for ending in ("sses", "shes", "ches", "xes", "zes", "uses"):
        if word.endswith(ending):
            return word[:-2]
    if word.endswith("ss") or word.endswith("us") or word.endswith("is"):
        return word
    if word.endswith("s") and len(word) > 1:
        return word[:-1]
    return word


def enum_member(value: str, taken: set[str]) -> str:
    """An UPPER_CASE member name for an enum value, unique within its enum."""
    name = _NOT_IDENT.sub("_", value).strip("_").upper() or "EMPTY"
    if name[0].isdigit():
        name = "V_" + name
    base, n = name, 2
    while name in taken or name in {"IS_KNOWN", "NAME", "VALUE"}:
        name = f"{base}_{n}"
        n += 1
    taken.add(name)
    return name


def record_key(ref_name: str) -> str:
    """The key a response schema's record is declared under: ``-instance`` variants share it."""
    return ref_name.removesuffix("-instance")
