"""The fake Twilio's table of the whole API (``twilio_async/testing/_api_table.json``).

``FakeTwilio`` (:mod:`twilio_async.testing`) emulates every operation from this table
instead of from hand-written handlers. It is written from the same declarations as the
client (the :class:`~codegen.emit.ModuleWriter` of each resource), so both agree on ids,
paths, keywords, paging styles and envelopes; the rest comes from the spec:

- *collections*: where records live. A keyed collection is a list path and its instance
  path (``/v2/Services`` + ``/v2/Services/{Sid}``), records addressed by the key; a keyless
  one is a path whose records are addressed as "the latest" (a singleton such as
  ``Balance.json``, or a create-only action). Each names its parent collection (whose
  record must exist), its key's record field and SID prefix, and whether the API can
  create its records (if not, the fake makes them up on first fetch, as a read-only
  resource such as a Lookups phone number always "exists").
- *shapes*: each response record schema's fields, with a type, whether it may be null,
  and a default taken from the spec's examples (or the type), plus the SID prefix of
  SID-valued fields (``^MM[0-9a-fA-F]{32}$``).
- *operations*: method, path, kind (create, fetch, update, delete, list), collection,
  success status, response shape, which request parameters set which record fields,
  required parameters, list filters, paging style and envelope key.

Hand-made corrections live in :mod:`codegen.fake_overrides`.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from codegen import fake_overrides
from codegen.names import snake

if TYPE_CHECKING:
    from codegen.emit import ModuleWriter, OpDecl
    from codegen.model import Op, Spec

#: Where the table is written, relative to the repository root.
TABLE_FILE = "twilio_async/testing/_api_table.json"

#: Patterns of generated identifiers: ``^MM[0-9a-fA-F]{32}$``, ``^OQ[a-zA-Z0-9]{32}$`` and
#: ``^aia_asst_.+$``. The fake makes them as the prefix and 32 hex digits.
_SID_PATTERN = re.compile(r"^\^([A-Za-z_]+)(?:\[0-9a-fA-F\]\{32\}|\[a-zA-Z0-9\]\{32\}|\.\+)\$$")
_EMPTY_DATES = {
    "datetime": "2024-01-01T00:00:00Z",
    "rfc2822": "Mon, 01 Jan 2024 00:00:00 +0000",
    "date": "2024-01-01",
}
_SID_VALUE = re.compile(r"^([A-Z]{2})[0-9a-fA-F]{32}$")
_KEY_SEGMENT = re.compile(r"/\{[^}]+\}(\.json)?$")
_PLACEHOLDER = re.compile(r"\{([^}]+)\}")
_TYPE_DEFAULTS: dict[str, Any] = {"str": "", "int": 0, "num": 0, "bool": False}
_TYPE_DEFAULTS.update(array=[], object={})
_KIND = {"patch": "update"}
_PRIORITY = {"fetch": 0, "list": 1, "create": 2, "update": 3, "delete": 4}


def normalized(path: str) -> str:
    """A path with every placeholder as ``{}`` and no ``.json``: how collections match."""
    return re.sub(r"\{[^}]+\}", "{}", path).removesuffix(".json")


@dataclass
class _Collection:
    product: str
    template: str
    key: str | None
    index: int = 0
    creatable: bool = False
    shape_votes: list[tuple[int, str]] = field(default_factory=list)

    @property
    def list_part(self) -> str:
        return normalized(_KEY_SEGMENT.sub(r"\1", self.template) if self.key else self.template)


class FakeTable:
    """Collects collections, shapes and operations, then renders the JSON table."""

    def __init__(self) -> None:
        self.collections: dict[tuple[str, str, bool], _Collection] = {}
        self.shapes: dict[str, list[list[Any]]] = {}
        self._examples: dict[str, list[dict[str, Any]]] = {}
        self._schemas: dict[str, tuple[Spec, dict[str, Any]]] = {}
        self.operations: list[dict[str, Any]] = []

    # -- collections ----------------------------------------------------------------------
    def _collection(self, product: str, template: str, key: str | None) -> _Collection:
        ident = (product, normalized(template), key is not None)
        found = self.collections.get(ident)
        if found is None:
            found = self.collections[ident] = _Collection(product, template, key)
        return found

    def add_keyed(self, writers: list[ModuleWriter]) -> None:
        """Declare every keyed collection first, so list-side operations can find theirs."""
        for writer in writers:
            res = writer.res
            if res.key and res.instance_path:
                key = _PLACEHOLDER.findall(res.instance_path)[-1]
                self._collection(res.version.domain.host, res.instance_path, key)

    def _collection_of(self, writer: ModuleWriter, op: Op) -> _Collection:
        res = writer.res
        product = res.version.domain.host
        if op.on_instance and res.instance_path:
            key = _PLACEHOLDER.findall(res.instance_path)[-1] if res.key else None
            return self._collection(product, res.instance_path, key)
        # A list path belongs to the keyed collection whose instance path it prefixes,
        # whichever resource declares it (``new_keys`` creates the records ``keys`` lists).
        keyed = self.collections.get((product, normalized(op.path) + "/{}", True))
        if keyed is not None:
            return keyed
        return self._collection(product, op.path, None)

    # -- shapes ---------------------------------------------------------------------------
    def _shape(self, spec: Spec, schema: dict[str, Any], fallback: str) -> str | None:
        ref, resolved = spec.resolve(schema)
        while resolved.get("oneOf"):  # answers of either form: the first one's fields
            ref, resolved = spec.resolve(resolved["oneOf"][0])
        if resolved.get("type") != "object" and not resolved.get("properties"):
            return None
        name = f"{spec.stem}:{ref}" if ref else fallback
        self._schemas.setdefault(name, (spec, resolved))
        return name

    def _example(self, name: str | None, value: Any) -> None:
        if name is not None and isinstance(value, dict):
            self._examples.setdefault(name, []).append(value)

    def _finish_shapes(self) -> None:
        for name, (spec, schema) in self._schemas.items():
            examples = self._examples.get(name, [])
            fields = []
            for json_key, prop in (schema.get("properties") or {}).items():
                _, resolved = spec.resolve(prop)
                kind = _type_of(resolved)
                nullable = _nullable(prop, resolved)
                example = next(
                    (ex[json_key] for ex in examples if ex.get(json_key) is not None), None
                )
                default = None
                if example is not None or not (nullable or _SID_PATTERN.match(_pattern(resolved))):
                    # (A SID with no example stays None: the fake makes one per record.)
                    default = _conform(spec, prop, example)
                entry: list[Any] = [json_key, kind, nullable, default]
                prefix = _sid_prefix(resolved, default)
                if prefix:
                    entry.append(prefix)
                fields.append(entry)
            self.shapes[name] = fields

    # -- operations -----------------------------------------------------------------------
    def add(self, writer: ModuleWriter, decl: OpDecl) -> None:
        op = decl.op
        spec = writer.spec
        kw = decl.kwargs
        kind = _KIND.get(op.name, op.name)
        collection = self._collection_of(writer, op)
        if kind == "create":
            collection.creatable = True
        status, media = _success(op)
        shape = None
        entry: dict[str, Any] = {
            "id": kw["id"],
            "method": op.method,
            "path": op.path,
            "kind": kind,
        }
        if media is not None:
            schema = media["schema"]
            examples = [ex.get("value") for ex in (media.get("examples") or {}).values() if ex] + (
                [media["example"]] if "example" in media else []
            )
            fallback = f"inline:{kw['id']}"
            if kind == "list" and kw.get("envelope"):
                _, envelope = spec.resolve(schema)
                items = (envelope.get("properties") or {}).get(kw["envelope"]) or {}
                shape = self._shape(spec, spec.resolve(items)[1].get("items") or {}, fallback)
                for example in examples:
                    for item in (example or {}).get(kw["envelope"]) or []:
                        self._example(shape, item)
                if not kw.get("paging"):  # the envelope's other fields, as in its example
                    first = next((e for e in examples if isinstance(e, dict)), {})
                    entry["page_extra"] = {
                        key: _conform(spec, sub, first.get(key))
                        for key, sub in (envelope.get("properties") or {}).items()
                        if key != kw["envelope"]
                    }
            else:
                shape = self._shape(spec, schema, fallback)
                for example in examples:
                    self._example(shape, example)
                if shape is None and examples:
                    entry["example"] = examples[0]
        if shape is not None:
            collection.shape_votes.append((_PRIORITY[kind], shape))
        entry["status"] = status
        entry["shape"] = shape
        entry["collection"] = collection
        params = {**kw.get("form", {}), **kw.get("query", {}), **kw.get("headers", {})}
        locations = {
            **dict.fromkeys(kw.get("form", {}), "form"),
            **dict.fromkeys(kw.get("query", {}), "query"),
            **dict.fromkeys(kw.get("headers", {}), "header"),
        }
        entry["form"] = sorted(kw.get("form", {}).values())
        entry["query"] = sorted(kw.get("query", {}).values())
        required = sorted(
            [params[name], locations[name]] for name in kw.get("required", ()) if name in params
        )
        if kw.get("body"):
            entry["json"] = _json_required(spec, op)
            if kw["body"] in kw.get("required", ()):
                required.append(["body", "body"])
        entry["required"] = required
        enums = {
            api: values
            for api, schema in _parameter_schemas(spec, op).items()
            if (values := _enum_values(spec, schema))
        }
        if enums:
            entry["enums"] = enums
        codes = fake_overrides.MISSING_PARAMETER_CODES.get(kw["id"])
        if codes:
            entry["missing_codes"] = codes
        created = fake_overrides.CREATED_FIELDS.get(kw["id"])
        if created:
            entry["created_fields"] = created
        if kind == "list":
            entry["paging"] = kw.get("paging")
            entry["envelope"] = kw.get("envelope")
            entry["max_page_size"] = kw.get("max_page_size") or 1000
        if kw.get("auth") == "bearer":
            entry["bearer"] = True  # OAuth2 only: the fake takes any bearer token for it
        reason = kw.get("unsupported") or fake_overrides.REFUSED.get(kw["id"])
        if kw.get("auth") == "bearer":
            reason = reason or fake_overrides.BEARER_REFUSAL
        if reason:
            entry["refused"] = reason
        self.operations.append(entry)

    def _key_prefix(self, collection: _Collection) -> str | None:
        """What the collection's new keys (or SIDs) start with, from any answer's field."""
        name = snake(collection.key) if collection.key else "sid"
        for _, shape in sorted(collection.shape_votes):
            for entry in self.shapes[shape]:
                if entry[0] == name and len(entry) > 4:
                    return str(entry[4])
        return None

    # -- output ---------------------------------------------------------------------------
    def render(self) -> str:
        self._finish_shapes()
        collections = sorted(self.collections.values(), key=lambda c: (c.product, c.template))
        for index, collection in enumerate(collections):
            collection.index = index
        keyed = {(c.product, normalized(c.template)): c for c in collections if c.key}
        rows = []
        for c in collections:
            shape = min(c.shape_votes)[1] if c.shape_votes else None
            # Fields any of its operations answer (an update may answer only the ``sid``).
            names = {f[0] for _, voted in c.shape_votes for f in self.shapes[voted]}
            placeholders = _PLACEHOLDER.findall(c.template)
            row: dict[str, Any] = {
                "product": c.product,
                "template": c.template,
                "key": c.key,
                "fields": _placeholder_fields(placeholders, names, c.key),
                "shape": shape,
                "prefix": self._key_prefix(c),
                "creatable": c.creatable,
                "parent": _parent(c, keyed),
            }
            rows.append(row)
        for entry in self.operations:
            entry["collection"] = entry["collection"].index
            shape = entry["shape"]
            names = {f[0] for f in self.shapes.get(shape or "", [])}
            # Request parameters that set (or, on lists, filter by) a record field.
            fields = {}
            for api in entry["form"] + entry["query"]:
                base = api.rstrip("<>")
                name = snake(base)
                if name in names:
                    fields[api] = [name, {"<": "le", ">": "ge"}.get(api[len(base) :], "eq")]
            entry["fields"] = fields
        lines = ["{", '"collections": [']
        lines += [_line(row) + "," for row in rows]
        lines[-1] = lines[-1].rstrip(",")
        lines += ["],", '"operations": [']
        lines += [_line(entry) + "," for entry in self.operations]
        lines[-1] = lines[-1].rstrip(",")
        lines += ["],", '"shapes": {']
        lines += [f"{json.dumps(name)}: {_line(fields)}," for name, fields in self.shapes.items()]
        lines[-1] = lines[-1].rstrip(",")
        lines += ["}", "}"]
        return "\n".join(lines) + "\n"


def fake_table(writers: list[ModuleWriter]) -> str:
    """The JSON table of every operation the writers declared (see the module docstring)."""
    table = FakeTable()
    table.add_keyed(writers)
    for writer in writers:
        for decl in writer.decls:
            table.add(writer, decl)
    return table.render()


def _line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _type_of(schema: dict[str, Any]) -> str:
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "string":
        if fmt == "date-time":
            return "datetime"
        if fmt == "date-time-rfc-2822":
            return "rfc2822"
        if fmt == "date":
            return "date"
        return "object" if fmt == "uri-map" else "str"
    return {"integer": "int", "number": "num", "boolean": "bool"}.get(
        str(kind), kind if kind in ("array", "object") else "any"
    )


def _nullable(prop: dict[str, Any], resolved: dict[str, Any]) -> bool:
    # OpenAPI 3.0 ignores the siblings of a $ref, ``nullable`` included.
    return bool(resolved.get("nullable") if "$ref" in prop else prop.get("nullable"))


def _pattern(schema: dict[str, Any]) -> str:
    return str(schema.get("pattern", ""))


def _conform(spec: Spec, schema: dict[str, Any], value: Any) -> Any:
    """An example value made to fit its schema, as the spec's examples do not always:
    missing properties added (null, or the type's empty value), unknown ones dropped,
    numbers written as text made numbers, enum values kept within the enum."""
    _, resolved = spec.resolve(schema)
    while resolved.get("oneOf"):
        _, resolved = spec.resolve(resolved["oneOf"][0])
    nullable = _nullable(schema, resolved)
    kind = resolved.get("type")
    pattern = _pattern(resolved)
    if isinstance(value, str) and pattern and not re.search(pattern, value):
        value = None  # Twilio's examples send "" for an unset SID
    if value is None:
        if nullable:
            return None
        enum = resolved.get("enum") or []
        if enum:
            return enum[0]
        if kind == "object" and resolved.get("properties"):
            value = {}
        else:
            prefix = _SID_PATTERN.match(pattern)
            kind_name = _type_of(resolved)
            if prefix:
                return prefix.group(1) + "0" * 32
            if kind_name in _EMPTY_DATES:
                return _EMPTY_DATES[kind_name]
            if kind_name == "str":
                return "A" * int(resolved.get("minLength", 0))
            return copy.deepcopy(_TYPE_DEFAULTS.get(kind_name))
    if kind == "object" and resolved.get("properties") and isinstance(value, dict):
        properties = resolved["properties"]
        return {key: _conform(spec, sub, value.get(key)) for key, sub in properties.items()}
    if kind == "array" and isinstance(value, list):
        return [_conform(spec, resolved.get("items") or {}, item) for item in value]
    if kind in ("number", "integer") and isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None if nullable else 0
        return int(number) if kind == "integer" and number.is_integer() else number
    if kind == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    enum = resolved.get("enum")
    if enum and value not in enum and not isinstance(value, list):
        return enum[0]
    return value


def _sid_prefix(schema: dict[str, Any], example: Any) -> str | None:
    match = _SID_PATTERN.match(_pattern(schema))
    if match is None and isinstance(example, str):
        match = _SID_VALUE.match(example)
    return match.group(1) if match else None


def _success(op: Op) -> tuple[int, dict[str, Any] | None]:
    """The success status (the first 2xx, else the first 3xx) and its JSON media object."""
    responses = op.data.get("responses", {})
    codes = sorted(c for c in responses if c.isdigit() and c.startswith("2"))
    codes = codes or sorted(c for c in responses if c.isdigit() and c.startswith("3"))
    status = int(codes[0]) if codes else (204 if op.name == "delete" else 200)
    for code in codes:
        content = (responses[code] or {}).get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), None)
        if media and "schema" in media:
            return int(code), media
    return status, None


def _parameter_schemas(spec: Spec, op: Op) -> dict[str, dict[str, Any]]:
    """API name -> schema of each query and form parameter."""
    found: dict[str, dict[str, Any]] = {}
    for raw in op.data.get("parameters", []):
        param = spec.resolve(raw)[1]
        if param.get("in") == "query":
            found[param["name"]] = param.get("schema") or {}
    content = (op.data.get("requestBody") or {}).get("content") or {}
    form = content.get("application/x-www-form-urlencoded")
    if form:
        _, schema = spec.resolve(form.get("schema") or {})
        found.update(schema.get("properties") or {})
    return found


def _enum_values(spec: Spec, schema: dict[str, Any]) -> list[str]:
    """The values an enum parameter (or each item of an enum array) may take."""
    _, resolved = spec.resolve(schema)
    if resolved.get("type") == "array":
        _, resolved = spec.resolve(resolved.get("items") or {})
    return [str(v) for v in resolved.get("enum") or ()]


def _json_required(spec: Spec, op: Op) -> list[str]:
    content = (op.data.get("requestBody") or {}).get("content") or {}
    media: dict[str, Any] = next(iter(content.values()), {})
    _, schema = spec.resolve(media.get("schema") or {})
    return sorted(schema.get("required") or [])


def _placeholder_fields(
    placeholders: list[str], names: set[str], key: str | None
) -> list[str | None]:
    """The record field each placeholder fills. A parent's ``{Sid}`` or ``{id}`` is not the
    record's own ``sid``/``id`` (Feedbacks of ``/v1/Assistants/{id}`` have their own)."""
    fields: list[str | None] = []
    for index, placeholder in enumerate(placeholders):
        name = snake(placeholder)
        own = key is not None and index == len(placeholders) - 1
        fields.append(name if name in names and (own or name not in ("sid", "id")) else None)
    return fields


def _parent(collection: _Collection, keyed: dict[tuple[str, str], _Collection]) -> Any:
    """``[index, values]``: the closest keyed collection whose instance path prefixes ours."""
    parts = collection.list_part.split("/")
    for end in range(len(parts), 0, -1):
        if parts[end - 1] != "{}":
            continue
        parent = keyed.get((collection.product, "/".join(parts[:end])))
        if parent is not None and parent is not collection:
            return [parent.index, parts[:end].count("{}")]
    return None
