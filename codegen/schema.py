"""Python types for spec schemas: records and enums for responses, input types for requests."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from codegen import identity, overrides
from codegen.model import Spec
from codegen.names import enum_member, pascal, snake
from codegen.names import record_key as record_key  # re-exported: emit imports it from here

if TYPE_CHECKING:
    # Types only: the generator must run even when the generated tree it imports is stale.
    from twilio_async._encoding import Encoding

_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
DATE_TIME = frozenset({"date-time", "date-time-rfc-2822"})


@dataclass(frozen=True)
class Collapse:
    """A prefixed collapsible map keyword: sent flattened under ``prefix`` (``AddOns.a.b=1``)."""

    prefix: str


@dataclass
class EnumDecl:
    name: str
    source: str
    members: list[tuple[str, str]]


@dataclass
class FieldDecl:
    name: str
    json: str
    type: str
    sensitive: bool
    description: str
    required: bool = False  # an identity field: never None (see codegen.identity)


@dataclass
class RecordDecl:
    name: str
    source: str
    fields: list[FieldDecl] = field(default_factory=list)


@dataclass
class Names:
    """The records and enums of one generated module, and the names they use."""

    spec: Spec
    taken: set[str]
    enums: dict[str, EnumDecl] = field(default_factory=dict)  # by component name
    records: dict[str, RecordDecl] = field(default_factory=dict)  # by component/anon key
    imports: set[str] = field(default_factory=set)
    foreign: set[tuple[str, str]] = field(default_factory=set)  # (module, name) at runtime

    def fresh(self, name: str, suffix: str) -> str:
        candidate = name or suffix
        while candidate in self.taken:
            candidate += suffix
        self.taken.add(candidate)
        return candidate

    # -- responses ------------------------------------------------------------------------
    def record(self, key: str, schema: dict[str, Any], name: str) -> str:
        """Declare (once) the record for an object schema; return its class name."""
        known = self.records.get(key)
        if known is not None:
            self._merge(known, schema)
            return known.name
        decl = RecordDecl(self.fresh(name, "Record"), key)
        self.records[key] = decl
        self._merge(decl, schema)
        return decl.name

    def _merge(self, decl: RecordDecl, schema: dict[str, Any]) -> None:
        have = {f.json for f in decl.fields}
        names = {f.name for f in decl.fields}
        types = overrides.FIELD_TYPES.get(decl.source, {})
        required = identity.identity_fields(self.spec, decl.source)
        for json_key, prop in (schema.get("properties") or {}).items():
            if json_key in have:
                continue
            py = field_name(json_key)
            while py in names:
                py += "_"
            names.add(py)
            tp = types.get(json_key)
            if tp is None and _is_price(json_key, prop):
                tp = "Decimal"
            if tp is None:
                tp = self.output_type(prop, f"{decl.name}{pascal(json_key)}")
            elif tp in ("Decimal", "datetime", "date"):
                self.imports.add(tp)
            elif "Any" in tp:
                self.imports.add("Any")
            elif "." in tp:  # a type from another generated module
                module, _, tp = tp.rpartition(".")
                self.foreign.add((module, tp))
            pii = (prop.get("x-twilio") or {}).get("pii") or {}
            # A flag is never a secret (``include_credentials`` only says whether to).
            secret_name = tp != "bool" and overrides.is_secret_field(json_key)
            decl.fields.append(
                FieldDecl(
                    py,
                    json_key,
                    tp,
                    pii.get("handling") == "sensitive" or secret_name,
                    _first_line(prop.get("description", "")),
                    json_key in required,
                )
            )
            have.add(json_key)

    def output_type(self, schema: dict[str, Any], hint: str) -> str:
        """The record field type of a response property (without ``| None``)."""
        ref_name, resolved = self.spec.resolve(schema)
        if ref_name is not None:
            if is_enum(resolved):
                return self.enum(ref_name, resolved)
            if resolved.get("type") == "object" and resolved.get("properties"):
                return self.record(ref_name, resolved, record_name(ref_name))
            return self.output_type(resolved, hint)
        kind = schema.get("type")
        fmt = schema.get("format")
        if kind == "string":
            if fmt in DATE_TIME:
                self.imports.add("datetime")
                return "datetime"
            if fmt == "date":
                self.imports.add("date")
                return "date"
            if fmt == "uri-map":
                return "dict[str, str]"
            if fmt == "http-method":
                self.imports.add("HttpMethod")
                return "HttpMethod"
            return "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "array":
            items = schema.get("items") or {}
            inner = self.output_type(items, hint)
            if inner == "Any":
                self.imports.add("Any")
            return f"list[{inner}]"
        if kind == "object":
            if schema.get("properties"):
                return self.record(f"inline:{hint}", schema, hint)
            self.imports.add("Any")
            return "dict[str, Any]"
        self.imports.add("Any")
        return "Any"

    def enum(self, ref_name: str, schema: dict[str, Any]) -> str:
        known = self.enums.get(ref_name)
        if known is not None:
            return known.name
        values = schema.get("enum") or (schema.get("items") or {}).get("enum") or []
        taken: set[str] = set()
        members = [(enum_member(str(v), taken), str(v)) for v in values]
        decl = EnumDecl(self.fresh(enum_name(ref_name), "Enum"), ref_name, members)
        self.enums[ref_name] = decl
        self.imports.add("OpenEnum")
        if schema.get("type") == "array":
            return f"list[{decl.name}]"
        return decl.name

    # -- requests -------------------------------------------------------------------------
    def input_type(
        self, schema: dict[str, Any], *, query: bool = False
    ) -> tuple[str, Encoding | Collapse | None]:
        """The keyword's type and its encoding rule (an ``Encoding``, or a ``Collapse``).

        A date-time query parameter (a list filter: ``DateSent>``, ``StartTime<``) also
        takes a ``date``, sent as ``YYYY-MM-DD``, the form Twilio documents for them.
        """
        _, resolved = self.spec.resolve(schema)
        if is_enum(resolved):
            values = set(resolved.get("enum") or ())
            if values == {"true", "false"}:
                return "bool", None
            if resolved.get("type") == "array":
                self.imports.add("Sequence")
                return "Sequence[str]", None
            return "str", None
        kind = resolved.get("type")
        fmt = resolved.get("format")
        if kind == "string":
            if fmt in DATE_TIME:
                self.imports.add("datetime")
                if query:
                    self.imports.add("date")
                    return "datetime | date", None
                return "datetime", None
            if fmt == "date":
                self.imports.add("date")
                return "date", "date"
            if fmt == "twiml":  # a twilio_async.twiml document is sent as its XML
                self.imports.add("VoiceResponse")
                return "str | VoiceResponse", None
            return "str", None
        if kind == "integer":
            return "int", None
        if kind == "number":
            return "float", None
        if kind == "boolean":
            return "bool", None
        if kind == "array":
            inner, rule = self.input_type(resolved.get("items") or {})
            self.imports.add("Sequence")
            if inner == "Any":
                return "Sequence[Any]", "json_items"
            return f"Sequence[{inner}]", rule
        if kind == "object" and str(fmt or "").startswith("prefixed-collapsible-map-"):
            self.imports.add("Mapping")
            self.imports.add("Any")
            return "Mapping[str, Any]", Collapse(str(fmt).removeprefix("prefixed-collapsible-map-"))
        self.imports.add("Any")
        return "Any", "json"


def _is_price(json_key: str, prop: dict[str, Any]) -> bool:
    """Amounts of money (``price``, ``base_price``): strings or numbers the API sends."""
    money = json_key == "price" or json_key.endswith("_price")
    return money and prop.get("type") in ("string", "number") and not prop.get("enum")


def is_enum(schema: dict[str, Any]) -> bool:
    if schema.get("type") == "string" and schema.get("enum"):
        return True
    items = schema.get("items") or {}
    return schema.get("type") == "array" and bool(items.get("enum"))


def enum_name(ref_name: str) -> str:
    """``message_enum_status`` -> ``MessageStatus``."""
    if "_enum_" in ref_name:
        resource, _, what = ref_name.partition("_enum_")
        return pascal(resource.rsplit(".", 1)[-1]) + pascal(what)
    return pascal(ref_name.rsplit(".", 1)[-1])


def record_name(ref_name: str) -> str:
    """``api.v2010.account.message`` -> ``Message``; ``-instance`` variants share the name."""
    return pascal(ref_name.rsplit(".", 1)[-1].removesuffix("-instance"))


def field_name(json_key: str) -> str:
    name = json_key if _IDENT.match(json_key) else (snake(json_key) or "field")
    if keyword.iskeyword(name) or name in {"from", "self"}:
        name += "_"
    if name[0].isdigit():
        name = "n" + name
    return name


def _first_line(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return sentence[:160]
