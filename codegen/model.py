"""Read Twilio's OpenAPI files into a tree of resources, the way the official SDK nests them.

A *resource* is what one SDK ``<Class>List`` / ``<Class>Context`` pair covers: the list
path and the instance path that share a list tag (the path without its version, its
``.json`` and its trailing ``{Key}``). Each resource hangs on its ``x-twilio.parent`` (on
the parent's context when the parent path is an instance path, else on its list), or on
the version when it has none.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen import overrides
from codegen.names import camelize, pascal, singular, snake

SPEC_DIR = Path(__file__).resolve().parent.parent / "specs" / "twilio-oai"

METHODS = ("get", "post", "put", "patch", "delete")
PREFIX_METHOD = {
    "Fetch": "fetch",
    "List": "list",
    "Create": "create",
    "Update": "update",
    "Delete": "delete",
    "Patch": "patch",
}
_PARAM = re.compile(r"^\{([^}]+)\}$")

#: Version path segments that are not ``vN``.
VERSION_NAMES = {"2010-04-01": "v2010", "HostedNumbers": "hosted_numbers"}


@dataclass
class Op:
    """One operation of a resource."""

    spec: Spec
    path: str
    method: str  # HTTP verb, upper case
    data: dict[str, Any]
    name: str  # python method: fetch, list, create, update, delete, patch
    on_instance: bool

    @property
    def operation_id(self) -> str:
        return str(self.data["operationId"])


@dataclass
class Resource:
    """A list/context pair and its children."""

    spec: Spec
    version: Version
    tag: str  # list tag, e.g. Accounts:AccountSid:Messages
    mount: str  # attribute name on the parent
    class_name: str
    list_path: str | None = None
    instance_path: str | None = None
    key: str | None = None  # python name of the trailing key of the instance path
    # Keys (python names) the spec types as integers ("int") or dates ("date"); the others
    # are strings. __call__ declares them so, and Resource._child accepts them so.
    key_types: dict[str, str] = field(default_factory=dict)
    ops: list[Op] = field(default_factory=list)
    list_children: list[Resource] = field(default_factory=list)
    context_children: list[Resource] = field(default_factory=list)
    parent: Resource | None = None
    parent_on_instance: bool = False
    module: str = ""

    @property
    def has_context(self) -> bool:
        return self.instance_path is not None

    list_depth: int = 0  # how many path values the list object holds (from its parents)
    call_order: list[str] = field(default_factory=list)  # the SDK's __call__ order

    @property
    def context_depth(self) -> int:
        """How many path values the context holds: every placeholder of the instance path."""
        return (self.instance_path or "").count("{")

    @property
    def keys(self) -> list[str]:
        """What ``__call__`` takes: the instance path's values the list does not hold."""
        names = re.findall(r"\{([^}]+)\}", self.instance_path or "")
        return [snake(n) for n in names[self.list_depth :]]


@dataclass
class Version:
    """One API version of a domain (``api.v2010``, ``conversations.v1``)."""

    domain: Domain
    name: str  # python attribute: v1, v2010, hosted_numbers, versionless
    prefix: str  # path prefix: /v1, /2010-04-01, '' for versionless
    resources: list[Resource] = field(default_factory=list)

    @property
    def mounts(self) -> list[Resource]:
        return [r for r in self.resources if r.parent is None]

    @property
    def class_name(self) -> str:
        return pascal(self.domain.name) + pascal(self.name)


@dataclass
class Domain:
    """A host (``conversations``, ``flex-api``) and its versions."""

    name: str  # python attribute: flex_api
    host: str  # host label: flex-api
    versions: dict[str, Version] = field(default_factory=dict)


@dataclass
class Spec:
    """One OpenAPI file."""

    file: str  # twilio_api_v2010.json
    data: dict[str, Any]

    @property
    def stem(self) -> str:
        return self.file.removeprefix("twilio_").removesuffix(".json")

    @property
    def host(self) -> str:
        url = self.data["servers"][0]["url"]
        return str(re.match(r"https://([^.]+)\.twilio\.com", url).group(1))  # type: ignore[union-attr]

    def resolve(self, schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        """Follow a ``$ref``; return the component name (or ``None``) and the schema."""
        ref = schema.get("$ref")
        if ref is None:
            return None, schema
        node: Any = self.data
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        return ref.rsplit("/", 1)[-1], node


def load_specs(directory: Path = SPEC_DIR) -> list[Spec]:
    """Every spec file, sorted by name."""
    return [
        Spec(path.name, json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(directory.glob("twilio_*.json"))
    ]


def _version_of(path: str) -> tuple[str, str]:
    first = path.split("/")[1]
    if re.fullmatch(r"v\d+", first):
        return first, "/" + first
    if first in VERSION_NAMES:
        return VERSION_NAMES[first], "/" + first
    if first in ("marketplace", "wireless"):
        return first, "/" + first
    return "versionless", ""


def _parts(rel: str) -> list[str]:
    rel = rel.removesuffix(".json")
    return [p for p in rel.split("/") if p]


def _tag(parts: list[str]) -> str:
    return ":".join(_PARAM.sub(r"\1", p) for p in parts)


def _is_param(part: str) -> bool:
    return bool(_PARAM.match(part))


def build(specs: list[Spec]) -> dict[str, Domain]:
    """Group every path into resources, link the tree and name the modules."""
    domains: dict[str, Domain] = {}
    for spec in specs:
        paths: dict[str, dict[str, Any]] = spec.data["paths"]
        if not any(m in item for item in paths.values() for m in METHODS):
            continue  # iam_scim, verify_v3: nothing to call
        host = spec.host
        domain = domains.setdefault(snake(host), Domain(snake(host), host))
        by_key: dict[tuple[str, str, str], Resource] = {}
        path_owner: dict[str, tuple[Resource, bool]] = {}

        def resource_for(
            path: str,
            item: dict[str, Any],
            op_mount: str | None,
            domain: Domain = domain,
            by_key: dict[tuple[str, str, str], Resource] = by_key,
            spec: Spec = spec,
        ) -> Resource:
            vname, prefix = _version_of(path)
            version = domain.versions.get(vname)
            if version is None:
                version = domain.versions[vname] = Version(domain, vname, prefix)
            parts = _parts(path[len(prefix) :])
            x = item.get("x-twilio", {})
            path_type = x.get("pathType") or ("instance" if _is_param(parts[-1]) else "list")
            key = None
            list_parts = parts
            if path_type == "instance" and _is_param(parts[-1]):
                key = _PARAM.sub(r"\1", parts[-1])
                list_parts = parts[:-1]
            tag = _tag(list_parts)
            mount_name = op_mount or x.get("mountName")
            class_name = None if op_mount else x.get("className")
            if mount_name or class_name:
                mount_name = mount_name or camelize(tag.split(":")[-1])
                class_name = class_name or singular(pascal(mount_name))
            else:
                mount_name = camelize(tag.split(":")[-1])
                class_name = singular(pascal(mount_name))
            rkey = (vname, tag, op_mount or "")
            if x.get("mountName") and not op_mount:
                # The SDK groups a list and an instance path by their declared mount
                # (``ComplianceInquiries/Customers/{CustomerId}/Initialize``), not by tag.
                rkey = (vname, f"mount:{x['mountName']}:{x.get('parent', '')}", "")
            res = by_key.get(rkey)
            if res is None:
                res = by_key[rkey] = Resource(
                    spec, version, tag, snake(mount_name), pascal(class_name)
                )
                version.resources.append(res)
            elif x.get("mountName") and not op_mount:
                res.mount = snake(x["mountName"])
                if x.get("className"):
                    res.class_name = pascal(x["className"])
            if path_type == "instance":
                res.instance_path = path
                res.key = snake(key) if key else None
            else:
                res.list_path = path
            return res

        for path, item in paths.items():
            res = resource_for(path, item, None)
            path_owner[path] = (res, res.instance_path == path)
            for method in METHODS:
                op = item.get(method)
                if op is None:
                    continue
                op_mount = op.get("x-twilio", {}).get("mountName")
                target = resource_for(path, item, op_mount) if op_mount else res
                prefix = re.match(r"[A-Z][a-z]+", op["operationId"]).group(0)  # type: ignore[union-attr]
                if path == target.instance_path and not target.call_order:
                    target.call_order = [
                        snake(p["name"]) for p in op.get("parameters", []) if p.get("in") == "path"
                    ]
                if path == target.instance_path:
                    for param in op.get("parameters", []):
                        schema = param.get("schema") or {}
                        kind = "int" if schema.get("type") == "integer" else None
                        kind = "date" if schema.get("format") == "date" else kind
                        if param.get("in") == "path" and kind is not None:
                            target.key_types[snake(param["name"])] = kind
                target.ops.append(
                    Op(
                        spec,
                        path,
                        method.upper(),
                        op,
                        PREFIX_METHOD[prefix],
                        on_instance=path == target.instance_path,
                    )
                )
                if op_mount:
                    target.parent = res.parent  # linked below with the path's own parent
                    path_owner.setdefault(f"{path}#{op_mount}", (target, False))
        _link(spec, paths, path_owner)
        synthetic = overrides.SYNTHETIC_PARENTS.get(spec.stem)
        if synthetic is not None:
            _adopt(spec, domain, *synthetic)
    for domain in domains.values():
        for version in domain.versions.values():
            _prune(version)
            _name_modules(version)
    return domains


def _link(
    spec: Spec, paths: dict[str, dict[str, Any]], owner: dict[str, tuple[Resource, bool]]
) -> None:
    by_path = {p: owner[p] for p in paths}
    for key, (res, _) in owner.items():
        path = key.split("#", 1)[0]
        if res.parent is not None and res.parent is not res:
            continue
        item = paths[path]
        # A path without x-twilio.parent is a version mount, as in the official SDK.
        parent_rel = item.get("x-twilio", {}).get("parent")
        prefix = res.version.prefix
        parent: tuple[Resource, bool] | None = None
        if parent_rel:
            candidates = [prefix + parent_rel]
            stripped = re.sub(r"/\{[^}]+\}(\.json)?$", r"\1", parent_rel)
            if not _norm(path).startswith(_norm(prefix + parent_rel.removesuffix(".json"))):
                candidates.insert(0, prefix + stripped)
            candidates.append(prefix + stripped)
            for candidate in candidates:
                if candidate in by_path:
                    parent = by_path[candidate]
                    break
        if parent is None or parent[0] is res:
            continue
        parent_res, on_instance = parent
        if on_instance and parent_res.key is None:
            on_instance = False  # a singleton's children hang on its list, as in the SDK
        res.parent = parent_res
        res.parent_on_instance = on_instance
        siblings = parent_res.context_children if on_instance else parent_res.list_children
        if res not in siblings:
            siblings.append(res)


def _adopt(spec: Spec, domain: Domain, prefix: str, mount: str, class_name: str) -> None:
    """Hang the parentless resources under ``prefix`` on a parent made for them (no ops)."""
    vname, vprefix = _version_of(prefix)
    version = domain.versions[vname]
    key = _PARAM.sub(r"\1", prefix.rsplit("/", 1)[-1])
    parent = Resource(
        spec,
        version,
        _tag(_parts(prefix[len(vprefix) :])[:-1]),
        mount,
        class_name,
        instance_path=prefix,
        key=snake(key),
        call_order=[snake(key)],
    )
    for res in version.resources:
        if res.parent is None and (res.list_path or "").startswith(prefix + "/"):
            res.parent = parent
            res.parent_on_instance = True
            parent.context_children.append(res)
    version.resources.insert(0, parent)


def _norm(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def _prune(version: Version) -> None:
    """Drop empty placeholders, and children whose path values do not line up."""

    def useful(res: Resource) -> bool:
        return bool(res.ops) or any(useful(c) for c in res.list_children + res.context_children)

    for res in list(version.resources):
        if not useful(res):
            version.resources.remove(res)
            if res.parent is not None:
                for siblings in (res.parent.list_children, res.parent.context_children):
                    if res in siblings:
                        siblings.remove(res)

    def assign(res: Resource, depth: int) -> None:
        res.list_depth = depth
        for child in list(res.list_children) + list(res.context_children):
            on_context = child in res.context_children
            have = res.context_depth if on_context else depth
            need = (child.list_path or "").count("{")
            short = child.instance_path is not None and child.context_depth < have
            if (child.list_path is not None and need != have) or short:
                # Values that do not line up: reachable from the version rather than wrong.
                (res.context_children if on_context else res.list_children).remove(child)
                child.parent = None
                assign(child, 0)
            else:
                assign(child, have)

    for res in [r for r in version.resources if r.parent is None]:
        assign(res, 0)
    # Two mounts with one name on one object: keep the first, suffix the rest.
    for holder in [version.mounts, *(r.list_children for r in version.resources)] + [
        r.context_children for r in version.resources
    ]:
        seen: set[str] = set()
        for res in holder:
            while res.mount in seen:
                res.mount += "_"
            seen.add(res.mount)


def _name_modules(version: Version) -> None:
    taken: set[str] = set()
    for res in version.resources:
        # Path parameters are not part of the module name.
        params: set[str] = set()
        for path in filter(None, [res.list_path, res.instance_path]):
            params.update(m.group(1) for m in re.finditer(r"\{([^}]+)\}", path))
        words = [snake(p) for p in res.tag.split(":") if p not in params]
        name = "_".join(words) or "root"
        if any(op.data.get("x-twilio", {}).get("mountName") for op in res.ops) and not any(
            not op.data.get("x-twilio", {}).get("mountName") for op in res.ops
        ):
            name += "_" + res.mount
        if name[0].isdigit():
            name = "n" + name
        base, n = name, 2
        while name in taken or name in {"__init__"}:
            name = f"{base}_{n}"
            n += 1
        taken.add(name)
        res.module = name
