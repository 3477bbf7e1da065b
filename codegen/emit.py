"""Write the generated modules: one flat module per resource, tiny version/domain packages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from codegen import overrides
from codegen.model import Domain, Op, Resource, Version
from codegen.names import param_name, pascal
from codegen.schema import Collapse, Names, record_key, record_name

if TYPE_CHECKING:
    # Types only: the generator must run even when the generated tree it imports is stale.
    from twilio_async._encoding import Encoding
    from twilio_async._operation import Paging

HEADER = "# Generated from specs/twilio-oai/{file} by codegen; do not edit."
PAGING_QUERY = frozenset({"PageSize", "Page", "PageToken"})
LIST_METHODS = ("stream", "list", "page")

#: The official Client's account shortcuts (``client.messages`` is ``api.v2010.account.messages``).
ACCOUNT_SHORTCUTS = (
    *("addresses", "applications", "authorized_connect_apps", "available_phone_numbers"),
    *("balance", "calls", "conferences", "connect_apps", "incoming_phone_numbers", "keys"),
    *("new_keys", "messages", "signing_keys", "new_signing_keys", "notifications"),
    *("outgoing_caller_ids", "validation_requests", "queues", "recordings", "short_codes"),
    *("sip", "tokens", "transcriptions", "usage"),
)


#: Domains whose version mounts the official SDK also offers on the domain (not deprecated).
DOMAIN_SHORTCUTS = frozenset({"intelligence", "marketplace", "preview_iam"})


def module_path(res: Resource) -> str:
    return f"twilio_async.rest.{res.version.domain.name}.{res.version.name}.{res.module}"


def _doc(text: str, fallback: str) -> str:
    text = " ".join((text or "").split())
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    text = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0] or fallback
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    if len(text) > 150:
        text = text[:147].rstrip() + "..."
    if not text.endswith((".", "!", "?")):
        text += "."
    return text


@dataclass
class OpDecl:
    op: Op
    const: str
    record: str  # type argument: a record class, "bool" or "Any"
    params: list[tuple[str, str, bool, str]]  # keyword, type, required, description
    kwargs: dict[str, Any] = field(default_factory=dict)  # Operation(...) arguments
    params_class: str | None = None


class ModuleWriter:
    """Collects everything one resource module declares, then renders it."""

    def __init__(self, res: Resource, path_ids: dict[int, str]) -> None:
        self.res = res
        self.spec = res.spec
        reserved = {f"{res.class_name}List", f"{res.class_name}Context"}
        self.names = Names(res.spec, set(reserved))
        self.path_ids = path_ids
        self.decls: list[OpDecl] = []
        self.unsupported: list[tuple[str, str]] = []
        self.bearer: list[str] = []
        self.aliases: dict[int, str] = {}
        self.bulk = False
        self.campaign: tuple[str, str] | None = None

    def alias(self, child: Resource) -> str:
        """The name a child's list class has in this module (aliased on a clash)."""
        if child is self.res:
            return f"{child.class_name}List"
        known = self.aliases.get(id(child))
        if known is None:
            known = f"{child.class_name}List"
            if known in self.names.taken or known in self.aliases.values():
                known = f"{pascal(child.module)}List"
            while known in self.names.taken or known in self.aliases.values():
                known += "_"
            self.aliases[id(child)] = known
        return known

    # -- operations -----------------------------------------------------------------------
    def build(self) -> None:
        seen: set[tuple[bool, str]] = set()
        for op in self.res.ops:
            if (op.on_instance, op.name) in seen:
                continue  # one method name per class; the first operation wins
            seen.add((op.on_instance, op.name))
            self.decls.append(self._declare(op))

    def _declare(self, op: Op) -> OpDecl:
        res = self.res
        side = "CONTEXT" if op.on_instance else "LIST"
        const = f"_{side}_{op.name.upper()}"
        data = op.data
        record, paging, envelope = self._response(op)
        kwargs: dict[str, Any] = {
            "id": f"{self.path_ids[id(res)]}.{op.name}",
            "method": op.method,
            "product": res.version.domain.host,
            "path": op.path,
            "spec": self.spec.stem,
        }
        if record not in ("bool", "Any"):
            kwargs["record"] = record
        if record == "Redirect":
            self.names.imports.add("Redirect")
        query: dict[str, str] = {}
        form: dict[str, str] = {}
        headers: dict[str, str] = {}
        encode: dict[str, Encoding] = {}
        collapse: dict[str, str] = {}
        required: set[str] = set()

        def note_rule(name: str, rule: Encoding | Collapse | None) -> None:
            if isinstance(rule, Collapse):
                collapse[name] = rule.prefix
            elif rule is not None:
                encode[name] = rule

        params: list[tuple[str, str, bool, str]] = []
        max_page_size = None
        for p in data.get("parameters", []):
            _, p = self.spec.resolve(p) if "$ref" in p else (None, p)
            where, api = p["in"], p["name"]
            if where == "path":
                continue
            if where == "query" and api in PAGING_QUERY:
                if api == "PageSize":
                    max_page_size = (p.get("schema") or {}).get("maximum")
                continue
            name = param_name(api)
            tp, rule = self.names.input_type(p.get("schema") or {}, query=where == "query")
            note_rule(name, rule)
            (query if where == "query" else headers)[name] = api
            if p.get("required"):
                required.add(name)
            params.append((name, tp, bool(p.get("required")), p.get("description", "")))
        body = data.get("requestBody")
        if body:
            content = body.get("content", {})
            if "application/x-www-form-urlencoded" in content:
                schema = content["application/x-www-form-urlencoded"].get("schema", {})
                _, schema = self.spec.resolve(schema)
                req = set(schema.get("required", []))
                for api, prop in (schema.get("properties") or {}).items():
                    name = param_name(api)
                    tp, rule = self.names.input_type(prop)
                    note_rule(name, rule)
                    form[name] = api
                    if api in req:
                        required.add(name)
                    params.append((name, tp, api in req, prop.get("description", "")))
            else:
                media: dict[str, Any] = next(iter(content.values()), {})
                schema = media.get("schema") or {}
                ref = schema.get("$ref", "")
                # The SDK's names: the schema's, else the title's, else CreateXRequest;
                # ``body`` for an inline schema with no properties.
                if ref:
                    name = param_name(ref.rsplit("/", 1)[-1])
                elif not schema.get("properties"):
                    name = "body"
                else:
                    name = param_name(schema.get("title") or f"{op.operation_id}Request")
                self.names.imports.add("Mapping")
                self.names.imports.add("Any")
                kwargs["body"] = name
                if body.get("required"):
                    required.add(name)
                params.append((name, "Mapping[str, Any]", bool(body.get("required")), "JSON body"))
        for key, value in (("query", query), ("form", form), ("headers", headers)):
            if value:
                kwargs[key] = value
        if required:
            kwargs["required"] = required
        if encode:
            kwargs["encode"] = encode
        if collapse:
            kwargs["collapse"] = collapse
        if op.name == "list":
            # The official SDK sends a list page's header parameters as query parameters
            # too; repeat that (a token never goes into a URL).
            echoed = {k for k, v in headers.items() if v.lower() != "authorization"}
            if echoed:
                kwargs["header_in_query"] = echoed
            if paging:
                kwargs["paging"] = paging
            if envelope:
                kwargs["envelope"] = envelope
            if max_page_size and max_page_size != 1000:
                kwargs["max_page_size"] = max_page_size
        auth = self._auth(op)
        if auth:
            kwargs["auth"] = auth
            if auth == "bearer":
                self.bearer.append(kwargs["id"])
        decl = OpDecl(op, const, record, params, kwargs)
        if params:
            suffix = "List" if op.name == "list" else pascal(op.name)
            base = f"{res.class_name}{'Context' if op.on_instance and op.name in ('update', 'delete', 'fetch', 'patch') and any(d.op.name == op.name and not d.op.on_instance for d in self.decls) else ''}{suffix}Params"
            decl.params_class = self.names.fresh(base, "_")
        return decl

    def _auth(self, op: Op) -> str | None:
        """``"bearer"`` for an OAuth2-only operation, ``"optional"`` for one that declares no
        security (token endpoints), ``None`` for the client's own credentials."""
        security = op.data.get("security", self.spec.data.get("security"))
        if security == []:
            return "optional"
        if security and all(
            any("oauth" in name.lower() for name in requirement) for requirement in security
        ):
            return "bearer"
        return None

    def _response(self, op: Op) -> tuple[str, Paging | None, str | None]:
        responses = op.data.get("responses", {})
        codes = [c for c in responses if c.isdigit()]
        if codes and all(c.startswith("3") for c in codes):
            return "Redirect", None, None
        for code in sorted(c for c in responses if c.startswith("2")):
            content = (responses[code] or {}).get("content") or {}
            media = content.get("application/json") or next(iter(content.values()), None)
            if not media or "schema" not in media:
                continue
            schema = media["schema"]
            if op.name == "list":
                return self._list_response(op, schema)
            return self._record_for(schema), None, None
        if op.method == "DELETE" or op.name == "delete":
            return "bool", None, None
        self.names.imports.add("Any")
        return "Any", None, None

    def _record_for(self, schema: dict[str, Any]) -> str:
        ref, resolved = self.spec.resolve(schema)
        if ref is not None and resolved.get("type") == "object":
            name = record_name(ref)
            if "." not in ref or not name:
                name = self.res.class_name
            return self.names.record(record_key(ref), resolved, name)
        if resolved.get("type") == "object" and resolved.get("properties"):
            return self.names.record(
                f"inline:{self.res.class_name}", resolved, self.res.class_name + "Result"
            )
        self.names.imports.add("Any")
        return "Any"

    def _list_response(
        self, op: Op, schema: dict[str, Any]
    ) -> tuple[str, Paging | None, str | None]:
        _, resolved = self.spec.resolve(schema)
        props = resolved.get("properties") or {}
        meta = props.get("meta")
        meta_props = (self.spec.resolve(meta)[1].get("properties") or {}) if meta else {}
        if "next_page_url" in meta_props:
            paging: Paging | None = "meta"
        elif "next_page_uri" in props:
            paging = "v2010"
        elif "next_token" in meta_props:
            paging = "token"
        elif "has_next" in props:
            paging = "page_number"
        else:
            paging = None
        for key, prop in props.items():
            if key == "meta":
                continue
            _, prop = self.spec.resolve(prop)
            if prop.get("type") == "array":
                items = prop.get("items") or {}
                record = self._record_for(items)
                return record, paging, key
        return self._record_for(schema), None, None

    # -- rendering ------------------------------------------------------------------------
    def render(self) -> str:
        for child in self._foreign_children():
            self.alias(child)
        body: list[str] = []
        for decl in self.decls:
            body.extend(self._params_class(decl))
        for decl in self.decls:
            body.extend(self._op_constant(decl))
        body.extend(self._context_class())
        body.extend(self._list_class())
        head = self._head()
        return "\n".join(head + self._enums() + self._records() + body).rstrip() + "\n"

    def _head(self) -> list[str]:
        res = self.res
        imp = self.names.imports
        lines = [
            HEADER.format(file=self.spec.file),
            f'"""{pascal(res.version.domain.name)} {res.version.name}: '
            f"{res.class_name} ({res.tag.replace(':', '/')}) on {res.version.domain.host}.twilio.com."
            '"""',
            "",
            "from __future__ import annotations",
            "",
        ]
        abc = sorted(
            {"AsyncIterator"}
            & ({"AsyncIterator"} if any(d.op.name == "list" for d in self.decls) else set())
            | (imp & {"Mapping", "Sequence"})
        )
        if abc:
            lines.append(f"from collections.abc import {', '.join(abc)}")
        dt = sorted(imp & {"date", "datetime"})
        if dt:
            lines.append(f"from datetime import {', '.join(dt)}")
        if "Decimal" in imp:
            lines.append("from decimal import Decimal")
        typing_names = sorted(
            ({"Any"} & imp)
            | ({"TYPE_CHECKING"} if self._foreign_children() or "VoiceResponse" in imp else set())
        )
        if typing_names:
            lines.append(f"from typing import {', '.join(typing_names)}")
        lines.append("")
        if self.names.records:
            lines.append("import attrs")
            lines.append("")
        enum_names = (["HttpMethod"] if "HttpMethod" in imp else []) + (
            ["OpenEnum"] if self.names.enums else []
        )
        if enum_names:
            lines.append(f"from twilio_async._enums import {', '.join(enum_names)}")
        op_names = ["Operation"] + (["Redirect"] if "Redirect" in imp else [])
        lines.append(f"from twilio_async._operation import {', '.join(op_names)}")
        if any(d.op.name == "list" for d in self.decls):
            lines.append("from twilio_async._paging import Page")
        if self.bulk:
            base = "CampaignCreateMany" if self.campaign else "CreateMany"
            lines.append(f"from twilio_async._bulk_create import {base}")
        if self.campaign:
            lines.append(f"from {self.campaign[0]} import {self.campaign[1]}")
        if self.names.records:
            lines.append("from twilio_async._record import Record")
        if any(d.op.name != "list" for d in self.decls):
            lines.append("from twilio_async._resource import Resource, with_http_info")
        else:
            lines.append("from twilio_async._resource import Resource")
        for module, name in sorted(self.names.foreign):
            lines.append(f"from {module} import {name}")
        typing_ext = set()
        if any(d.params_class for d in self.decls):
            typing_ext |= {"TypedDict", "Unpack"}
        if any(req for d in self.decls for (_, _, req, _) in d.params):
            typing_ext.add("Required")
        if typing_ext:
            lines.append(f"from twilio_async._typing import {', '.join(sorted(typing_ext))}")
        children = self._foreign_children()
        twiml = "VoiceResponse" in imp
        if children or twiml:
            lines.append("")
            lines.append("if TYPE_CHECKING:")
        if twiml:
            lines.append("    from twilio_async.twiml import VoiceResponse")
        if children:
            for child in children:
                name = f"{child.class_name}List"
                alias = self.alias(child)
                suffix = f" as {alias}" if alias != name else ""
                lines.append(f"    from {module_path(child)} import {name}{suffix}")
        exported = [e.name for e in self.names.enums.values()]
        exported += [r.name for r in self.names.records.values()]
        exported += [f"{res.class_name}Context"] if res.has_context else []
        exported += [f"{res.class_name}List"]
        exported += [d.params_class for d in self.decls if d.params_class]
        lines.append("")
        lines.append(f"__all__ = {sorted(exported)!r}".replace("'", '"'))
        lines.append("")
        return lines

    def _foreign_children(self) -> list[Resource]:
        kids = self.res.list_children + (self.res.context_children if self.res.has_context else [])
        return [k for k in kids if k is not self.res]

    def _enums(self) -> list[str]:
        lines: list[str] = []
        for decl in sorted(self.names.enums.values(), key=lambda e: e.name):
            lines += ["", f"class {decl.name}(OpenEnum):", f'    """``{decl.source}``."""', ""]
            if not decl.members:
                lines.append("    pass")
            for member, value in decl.members:
                lines.append(
                    f"    {member} = {value!r}".replace("'", '"')
                    if '"' not in value
                    else f"    {member} = {value!r}"
                )
            lines.append("")
        return lines

    def _records(self) -> list[str]:
        lines: list[str] = []
        for decl in sorted(self.names.records.values(), key=lambda r: r.name):
            source = decl.source.removeprefix("inline:")
            always = [f"``{f.name}``" for f in decl.fields if f.required]
            lines += [
                "",
                "@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)",
                f"class {decl.name}(Record):",
                f'    """Record ``{source}`` ({_optional_fields_doc(always)})."""',
                "",
            ]
            if not decl.fields:
                lines.append("    pass")
            for f in decl.fields:
                tp = f.type if f.required else f"{f.type} | None"
                default = [] if f.required else ["default=None"]
                extra = []
                if f.sensitive:
                    extra.append("repr=False")
                json_key = f.json
                implied = f.name[:-1] if f.name.endswith("_") else f.name
                if json_key != implied:
                    extra.append(f"metadata={{{'json'!r}: {json_key!r}}}".replace("'", '"'))
                if extra:
                    lines.append(f"    {f.name}: {tp} = attrs.field({', '.join(default + extra)})")
                else:
                    lines.append(f"    {f.name}: {tp}" + ("" if f.required else " = None"))
            lines.append("")
        return lines

    def _params_class(self, decl: OpDecl) -> list[str]:
        if not decl.params_class:
            return []
        lines = [
            "",
            f"class {decl.params_class}(TypedDict, total=False):",
            f'    """Keywords of ``{decl.kwargs["id"]}`` (``{decl.op.operation_id}``)."""',
            "",
        ]
        for name, tp, required, description in decl.params:
            shown = f"Required[{tp}]" if required else tp
            lines.append(f"    {name}: {shown}")
            doc = _doc(description, "")
            if doc != ".":
                lines.append(f'    """{doc}"""')
        lines.append("")
        return lines

    def _op_constant(self, decl: OpDecl) -> list[str]:
        tp = decl.record
        lines = ["", f"{decl.const}: Operation[{tp}] = Operation("]
        for key, value in decl.kwargs.items():
            if key == "record":
                lines.append(f"    record={value},")
            elif isinstance(value, set):
                lines.append(f"    {key}=frozenset({sorted(value)!r}),".replace("'", '"'))
            elif isinstance(value, dict):
                lines.append(f"    {key}={{")
                for k, v in value.items():
                    lines.append(
                        f"        {k!r}: {v!r},".replace("'", '"')
                        if '"' not in k + str(v)
                        else f"        {k!r}: {v!r},"
                    )
                lines.append("    },")
            elif isinstance(value, str):
                text = repr(value)
                if '"' not in value:
                    text = '"' + value + '"' if "\\" not in value else text
                lines.append(f"    {key}={text},")
            else:
                lines.append(f"    {key}={value!r},")
        lines.append(")")
        lines.append("")
        return lines

    def _methods(self, on_instance: bool) -> list[str]:
        lines: list[str] = []
        decls = [d for d in self.decls if d.op.on_instance == on_instance]
        # ``list`` last: after it, ``list[...]`` in the class body would name the method.
        decls.sort(key=lambda d: d.op.name == "list")
        for decl in decls:
            op = decl.op
            tp = decl.record
            summary = overrides.DOCSTRINGS.get(decl.kwargs["id"]) or _doc(
                op.data.get("summary") or op.data.get("description") or "", op.name
            )
            if decl.params_class:
                sig = f"self, **params: Unpack[{decl.params_class}]"
                arg = "params"
            else:
                sig = "self"
                arg = "{}"
            if op.name == "list":
                filt = f"**filters: Unpack[{decl.params_class}]" if decl.params_class else ""
                farg = "filters" if decl.params_class else "{}"
                tail = f", {filt}" if filt else ""
                lines += [
                    "",
                    f"    def stream(self, *, limit: int | None = None, page_size: int | None = None{tail}) -> AsyncIterator[{tp}]:",
                    f'        """{summary} Iterates over every page (at most ``limit`` records)."""',
                    f"        return self._stream({decl.const}, {farg}, limit, page_size)",
                    "",
                    f"    async def page(self, *, page_size: int | None = None, page_token: str | None = None, page_number: int | None = None{tail}) -> Page[{tp}]:",
                    f'        """{summary} One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""',
                    f"        return await self._page({decl.const}, {farg}, page_size, page_token, page_number)",
                    "",
                    f"    async def list(self, *, limit: int | None = None, page_size: int | None = None{tail}) -> list[{tp}]:",
                    f'        """{summary} Collected into a list (at most ``limit`` records)."""',
                    f"        return await self._list({decl.const}, {farg}, limit, page_size)",
                ]
                continue
            lines += [
                "",
                f"    async def {op.name}({sig}) -> {tp}:",
                f'        """{summary}"""',
                f"        return await self._call({decl.const}, {arg})",
                "",
                f"    {op.name}_with_http_info = with_http_info({decl.const}, {op.name})",
            ]
        return lines

    def _child_properties(self, children: list[Resource], taken: set[str]) -> list[str]:
        lines: list[str] = []
        for child in children:
            name = child.mount
            while name in taken:
                name += "_"
            taken.add(name)
            cls = self.alias(child)
            lines += ["", "    @property", f"    def {name}(self) -> {cls}:"]
            lines.append(f'        """``{child.tag.replace(":", "/")}``."""')
            if child is self.res:
                lines.append(f"        return self._child({cls})")
            else:
                real = f"{child.class_name}List"
                suffix = f" as {cls}" if cls != real else ""
                lines.append(f"        from {module_path(child)} import {real}{suffix}")
                lines.append("")
                lines.append(f"        return self._child({cls})")
        return lines

    def _context_class(self) -> list[str]:
        res = self.res
        if not res.has_context:
            return []
        lines = [
            "",
            f"class {res.class_name}Context(Resource):",
            f'    """One ``{res.tag.replace(":", "/")}`` record{": " + res.key if res.key else ""}."""',
            "",
            f'    _path = "{res.instance_path}"',
        ]
        methods = self._methods(True)
        taken = {d.op.name for d in self.decls if d.op.on_instance}
        taken |= {f"{n}_with_http_info" for n in taken}
        child_names = {c.mount for c in res.context_children}
        for i, key in enumerate(res.keys):
            if key in taken or key in child_names:
                continue
            taken.add(key)
            lines += [
                "",
                "    @property",
                f"    def {key}(self) -> str:",
                f'        """The ``{key}`` this context points at."""',
                f"        return self._values[{res.list_depth + i}]",
            ]
        lines += methods
        lines += self._child_properties(res.context_children, taken)
        lines.append("")
        return lines

    def _list_class(self) -> list[str]:
        res = self.res
        bases = "Resource"
        create = next(
            (
                d
                for d in self.decls
                if d.op.name == "create" and d.params_class and not d.op.on_instance
            ),
            None,
        )
        if create is not None:
            # create_many comes from a generic base, typed by the create's TypedDict.
            self.bulk = True
            self.campaign = overrides.CAMPAIGN_STRATEGIES.get(create.kwargs["id"])
            base = "CampaignCreateMany" if self.campaign else "CreateMany"
            bases = f"{base}[{create.params_class}, {create.record}], Resource"
        lines = [
            "",
            f"class {res.class_name}List({bases}):",
            f'    """``{res.tag.replace(":", "/")}``{" (call it with a " + res.key + ")" if res.key else ""}."""',
        ]
        if res.list_path or create is not None:
            lines.append("")
        if res.list_path:
            lines.append(f'    _path = "{res.list_path}"')
        if create is not None:
            lines.append(f"    _create_operation = {create.const}")
            if self.campaign:
                lines.append(f"    _campaign_strategy = {self.campaign[1]}")
        if res.has_context:
            if res.keys:
                keys = res.keys  # path order: how the values fill the path
                # The SDK's signature lists them as the spec's parameters do.
                order = [k for k in res.call_order if k in keys]
                shown = order if sorted(order) == sorted(keys) else keys
                types = {k: res.key_types.get(k, "str") for k in keys}
                if "date" in types.values():
                    self.names.imports.add("date")
                sig = ", ".join(f"{k}: {types[k]}" for k in shown)
                lines += [
                    "",
                    f"    def __call__(self, {sig}) -> {res.class_name}Context:",
                    f'        """The record with this ``{"``, ``".join(shown)}``."""',
                    f"        return self._child({res.class_name}Context, {', '.join(f'{k}={k}' for k in keys)})",
                ]
            else:
                lines += [
                    "",
                    f"    def __call__(self) -> {res.class_name}Context:",
                    '        """The one record of this resource."""',
                    f"        return self._child({res.class_name}Context)",
                ]
        taken = {d.op.name for d in self.decls if not d.op.on_instance}
        taken |= {f"{n}_with_http_info" for n in taken} | set(LIST_METHODS)
        lines += self._child_properties(res.list_children, taken)
        lines += self._methods(False)
        lines.append("")
        return lines


def _optional_fields_doc(always: list[str]) -> str:
    """The record docstring's note on ``None``: identity fields never are."""
    if not always:
        return "every field may be ``None``"
    return f"every field but {', '.join(always)} may be ``None``"


def _package_head(files: list[str], docstring: str) -> list[str]:
    """The start of a domain or version package: header, docstring, imports."""
    return [
        HEADER.format(file=", ".join(files)),
        f'"""{docstring}"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING",
        "",
        "from twilio_async._resource import Resource",
        "",
        "if TYPE_CHECKING:",
    ]


def version_init(version: Version) -> str:
    domain = version.domain
    files = sorted({r.spec.file for r in version.resources})
    lines = _package_head(
        files,
        f"{pascal(domain.name)} {version.name} on {domain.host}.twilio.com: its top-level resources.",
    )
    mounts = sorted(version.mounts, key=lambda r: r.mount)
    alias: dict[int, str] = {}
    imports = []
    for r in mounts:
        name = f"{r.class_name}List"
        alias[id(r)] = name if name not in alias.values() else f"{pascal(r.module)}List"
        imports.append((module_path(r), name, alias[id(r)]))
    account = None
    if version.name == "v2010":
        account = next(r for r in version.resources if r.tag == "Accounts")
        imports.append((module_path(account), "AccountContext", "AccountContext"))
    for mod, name, as_name in sorted(set(imports)):
        lines.append(
            f"    from {mod} import {name}" + (f" as {as_name}" if as_name != name else "")
        )
    lines += [
        "",
        f'__all__ = ["{version.class_name}"]',
        "",
        "",
        f"class {version.class_name}(Resource):",
        f'    """``client.{domain.name}.{version.name}``."""',
    ]
    for res in mounts:
        cls = alias[id(res)]
        real = f"{res.class_name}List"
        lines += [
            "",
            "    @property",
            f"    def {res.mount}(self) -> {cls}:",
            f'        """``{res.tag.replace(":", "/")}``."""',
            f"        from {module_path(res)} import {real}"
            + (f" as {cls}" if cls != real else ""),
            "",
            f"        return {cls}(self._transport)",
        ]
    if account is not None:
        cls = f"{account.class_name}Context"
        lines += [
            "",
            "    @property",
            f"    def account(self) -> {cls}:",
            '        """The account the client authenticates as."""',
            f"        from {module_path(account)} import {cls}",
            "",
            f"        return {cls}(self._transport, self._values)",
        ]
    return "\n".join(lines) + "\n"


def domain_init(domain: Domain) -> str:
    versions = sorted(domain.versions.values(), key=lambda v: v.name)
    files = sorted({r.spec.file for v in versions for r in v.resources})
    cls = pascal(domain.name)
    lines = _package_head(
        files, f"``client.{domain.name}``: Twilio's {domain.host}.twilio.com API."
    )
    for v in versions:
        lines.append(f"    from twilio_async.rest.{domain.name}.{v.name} import {v.class_name}")
    if domain.name == "api":
        lines.append(
            "    from twilio_async.rest.api.v2010.accounts import AccountContext, AccountList"
        )
    if domain.name in DOMAIN_SHORTCUTS:
        for v in versions:
            for res in v.mounts:
                real = f"{res.class_name}List"
                lines.append(
                    f"    from {module_path(res)} import {real} as {v.class_name}_{res.mount}"
                )
    lines += [
        "",
        f'__all__ = ["{cls}"]',
        "",
        "",
        f"class {cls}(Resource):",
        f'    """``client.{domain.name}``."""',
    ]
    for v in versions:
        lines += [
            "",
            "    @property",
            f"    def {v.name}(self) -> {v.class_name}:",
            f'        """Version ``{v.prefix.strip("/") or v.name}``."""',
            f"        from twilio_async.rest.{domain.name}.{v.name} import {v.class_name}",
            "",
            f"        return {v.class_name}(self._transport, self._values)",
        ]
    if domain.name in DOMAIN_SHORTCUTS:
        taken = {v.name for v in versions}
        for v in versions:
            for res in sorted(v.mounts, key=lambda r: r.mount):
                if res.mount in taken:
                    continue
                taken.add(res.mount)
                lines += [
                    "",
                    "    @property",
                    f"    def {res.mount}(self) -> {v.class_name}_{res.mount}:",
                    f'        """``{v.name}.{res.mount}``."""',
                    f"        return self.{v.name}.{res.mount}",
                ]
    if domain.name == "api":
        lines += [
            "",
            "    @property",
            "    def accounts(self) -> AccountList:",
            '        """``api.v2010.accounts``."""',
            "        return self.v2010.accounts",
            "",
            "    @property",
            "    def account(self) -> AccountContext:",
            '        """``api.v2010.account``: the account the client authenticates as."""',
            "        return self.v2010.account",
        ]
    return "\n".join(lines) + "\n"


def rest_init(domains: dict[str, Domain]) -> str:
    names = sorted(domains)
    v2010 = domains["api"].versions["v2010"]
    account = next(r for r in v2010.resources if r.tag == "Accounts")
    by_mount = {c.mount: c for c in account.context_children}
    lines = [
        "# Generated from specs/twilio-oai/ by codegen; do not edit.",
        '"""The whole REST API as the official SDK lays it out: ``client.<domain>.<version>...``.',
        "",
        "Nothing below this package is imported until an attribute is first used.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
        "    from twilio_async._transport import Transport",
    ]
    for name in names:
        lines.append(f"    from twilio_async.rest.{name} import {pascal(name)}")
    for mount in ACCOUNT_SHORTCUTS:
        child = by_mount[mount]
        lines.append(f"    from {module_path(child)} import {child.class_name}List")
    lines += [
        "",
        '__all__ = ["RestDomains"]',
        "",
        "",
        "class RestDomains:",
        '    """Every Twilio domain as a lazy attribute, plus the official account shortcuts."""',
        "",
        "    _transport: Transport",
        "    _account_sid: str",
    ]
    for name in names:
        cls = pascal(name)
        lines += [
            "",
            "    @cached_property",
            f"    def {name}(self) -> {cls}:",
            f'        """``{domains[name].host}.twilio.com``."""',
            f"        from twilio_async.rest.{name} import {cls}",
            "",
            f"        return {cls}(self._transport, (self._account_sid,))",
        ]
    for mount in ACCOUNT_SHORTCUTS:
        child = by_mount[mount]
        lines += [
            "",
            "    @cached_property",
            f"    def {mount}(self) -> {child.class_name}List:",
            f'        """``api.v2010.account.{mount}``."""',
            f"        return self.api.v2010.account.{mount}",
        ]
    return "\n".join(lines) + "\n"


def path_ids(domains: dict[str, Domain]) -> dict[int, str]:
    """Dotted operation-id prefixes: ``api.v2010.accounts.messages``."""
    ids: dict[int, str] = {}

    def walk(res: Resource, prefix: str) -> None:
        if id(res) in ids:
            return
        ids[id(res)] = f"{prefix}.{res.mount}"
        for child in res.list_children + res.context_children:
            walk(child, ids[id(res)])

    for domain in domains.values():
        for version in domain.versions.values():
            for res in version.mounts:
                walk(res, f"{domain.name}.{version.name}")
            for res in version.resources:
                walk(res, f"{domain.name}.{version.name}")
    return ids
