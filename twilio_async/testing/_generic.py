"""Every operation but the Messages ones, emulated from the generated table.

One handler serves the whole API: it checks required parameters and that the records the
path names exist, then creates, fetches, updates, deletes or lists records of the
operation's collection and renders them in the operation's response shape.

Collections the API can create records in are stateful: an unknown key is a 404.
Read-only collections (a Lookups phone number, a pricing country, a usage record) make
their records up on first use, from the spec's example values, so fetching one always
works and a list is never empty.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from twilio_async.testing._errors import ApiError, not_emulated, not_found
from twilio_async.testing._generic_request import GenericRequest, snake
from twilio_async.testing._paging import PageRequest, build_page
from twilio_async.testing._resources import Parents, ResourceStore, StoredRecord
from twilio_async.testing._shapes import (
    DATE_TYPES,
    check_json,
    coerce,
    format_moment,
    identity_fields,
    matches,
    render,
    sid_prefix,
)
from twilio_async.testing._store import new_sid
from twilio_async.testing._table import CollectionSpec, OperationSpec, Shape, Table

__all__ = ["GenericApi"]

Reply = tuple[int, Any]
_PAGING = frozenset({"PageSize", "Page", "PageToken", "Token", "Size"})
_ACCOUNT_PATH = "/2010-04-01/Accounts/{"


class GenericApi:
    """The table-driven handler for every operation of every product but Messages."""

    def __init__(
        self,
        table: Table,
        store: ResourceStore,
        account_sid: str,
        clock: Callable[[], datetime],
    ) -> None:
        self.table = table
        self.store = store
        self._account_sid = account_sid
        self._clock = clock
        self._accounts = table.by_id["api.v2010.accounts.fetch"].collection

    # -- the entry point ------------------------------------------------------------------
    def handle(self, request: GenericRequest) -> Reply:
        """Answer one routed request: ``(status, body)``, or raise ``ApiError``."""
        op = request.operation
        if op.refused:
            raise not_emulated(op.id, f"{op.method} {op.path}", op.refused)
        request.check()
        collection = op.collection
        parents = request.values[: collection.depth]
        key = request.values[collection.depth] if len(request.values) > collection.depth else None
        for name, value in zip(collection.fields, request.values, strict=False):
            if collection.type_of(name) == "int" and not value.isdigit():
                raise not_found(request.path)  # an integer key (an index, a revision)
        self.check_parents(collection, parents, request.path)
        if op.kind == "create":
            return self._create(request, parents, key)
        if op.kind == "list":
            return self._list(request, parents)
        record = self._find(request, parents, key)
        if op.kind == "delete":
            if record is not None:
                self.store.delete(collection.index, parents, record.key)
            elif collection.creatable:
                raise not_found(request.path)
            return op.status, None
        if record is None:
            raise not_found(request.path)
        if op.kind == "update":
            record = self._update(request, record)
        return self._answer(op, record)

    # -- records --------------------------------------------------------------------------
    def new_record(
        self,
        collection: CollectionSpec,
        parents: Parents,
        key: str | None,
        extra_shape: Shape | None = None,
        fields: Mapping[str, Any] | None = None,
    ) -> StoredRecord:
        """Store a record with its identity fields (plus ``fields``) and return it."""
        shapes = [extra_shape, collection.shape]
        keyed = collection.key is not None
        if key is None and collection.type_of(collection.key_field) == "int":
            taken = [int(r.key) for r in self.store.under(collection.index, parents)]
            key = str(max(taken, default=-1) + 1)
        elif key is None:
            key = new_sid(collection.prefix or sid_prefix(shapes))
        values = (*parents, key) if keyed else parents
        account = next(
            (v for v, f in zip(values, collection.fields, strict=True) if f == "account_sid"),
            self._account_sid,
        )
        made = identity_fields(collection, shapes, values, account_sid=account, now=self._clock())
        if not keyed and "sid" in made:
            made["sid"] = key
        made.update(fields or {})
        return self.store.put(collection.index, parents, key, made)

    def records(self, collection: CollectionSpec) -> list[dict[str, Any]]:
        """Every record of a collection in creation order, rendered in its shape."""
        shape = collection.shape
        stored = self.store.all(collection.index)
        return [render(r, shape) if shape else dict(r.fields) for r in stored]

    def add(
        self, collection: CollectionSpec, parents: Parents, fields: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Store a record under ``parents`` (the account's SID may be left out of v2010
        paths) with ``fields``; return it rendered."""
        if collection.template.startswith(_ACCOUNT_PATH) and len(parents) < collection.depth:
            parents = (self._account_sid, *parents)
        if len(parents) != collection.depth:
            raise TypeError(f"{collection.template}: {collection.depth} parent value(s) needed")
        try:
            self.check_parents(collection, parents, collection.template)
        except ApiError:
            raise KeyError(f"{collection.template}: no parent record at {parents}") from None
        key = fields.get(collection.key_field) if collection.key_field else None
        record = self.new_record(
            collection, parents, None if key is None else str(key), fields=fields
        )
        return render(record, collection.shape) if collection.shape else dict(record.fields)

    def add_account(self, sid: str, friendly_name: str) -> None:
        """Store an account (the fake's own, at start)."""
        fields = {"friendly_name": friendly_name, "owner_account_sid": sid}
        self.new_record(self._accounts, (), sid, fields=fields)

    def has_account(self, sid: str) -> bool:
        """Whether the account (or a subaccount created through the fake) exists."""
        return self.store.get(self._accounts.index, (), sid) is not None

    def _create(self, request: GenericRequest, parents: Parents, key: str | None) -> Reply:
        op = request.operation
        collection = op.collection
        if key is None and collection.key_field is not None:
            key = self._key_from_params(request, collection.key_field)
        fields = {**op.created_fields, **self._params(request)}
        record = self.new_record(collection, parents, key, op.shape, fields)
        return self._answer(op, record)

    def _key_from_params(self, request: GenericRequest, key_field: str) -> str | None:
        for api, (name, _) in request.operation.fields.items():
            if name == key_field and request.form.get(api):
                return request.form[api][0]
        return None

    def _find(
        self, request: GenericRequest, parents: Parents, key: str | None
    ) -> StoredRecord | None:
        """The addressed record; made up when the collection is read-only."""
        collection = request.operation.collection
        index = collection.index
        if key is not None:
            record = self.store.get(index, parents, key)
            if record is None:
                # Twilio takes a unique name wherever it takes a SID (Sync, Studio, ...).
                record = next(
                    (
                        r
                        for r in self.store.under(index, parents)
                        if r.fields.get("unique_name") == key
                    ),
                    None,
                )
        else:
            # A keyless resource (a singleton, or one addressed by query parameters).
            filters = request.filters()
            candidates = [
                r
                for r in self.store.under(index, parents)
                if self._passes(r, filters, request.operation.shape)
            ]
            record = candidates[-1] if candidates else None
        op = request.operation
        if record is None and not collection.creatable and op.kind != "delete":
            # Made up; what the query asked for (``?PhoneNumber=...``) is what it has.
            asked = {
                field: coerce([wanted], op.shape.by_name[field], field)
                for field, wanted, comparison in request.filters()
                if comparison == "eq" and op.shape is not None and field in op.shape.by_name
            }
            record = self.new_record(collection, parents, key, op.shape, asked)
        return record

    def _update(self, request: GenericRequest, record: StoredRecord) -> StoredRecord:
        op = request.operation
        fields = dict(record.fields)
        fields.update(self._params(request))
        for shape in (op.shape, op.collection.shape):
            spec = shape.by_name.get("date_updated") if shape else None
            if spec is not None and spec.type in DATE_TYPES:
                fields["date_updated"] = format_moment(self._clock(), spec.type)
        return self.store.put(op.collection.index, record.parents, record.key, fields)

    def _params(self, request: GenericRequest) -> dict[str, Any]:
        """The record fields the request's parameters (form or JSON body) set."""
        op = request.operation
        out: dict[str, Any] = {}
        shape = op.shape
        if shape is None:
            return out
        for api in op.form:
            target = op.fields.get(api)
            values = request.form.get(api)
            if target is not None and values:
                out[target[0]] = coerce(values, shape.by_name[target[0]], api)
        if isinstance(request.json, Mapping):
            for name, value in request.json.items():
                field = name if name in shape.by_name else snake(name)
                spec = shape.by_name.get(field)
                if spec is not None:
                    out[field] = check_json(value, spec, name)
        return out

    def _answer(self, op: OperationSpec, record: StoredRecord) -> Reply:
        if op.status == 204:
            return 204, None
        if op.shape is None:
            return op.status, op.example if op.example is not None else {}
        body = render(record, op.shape)
        if 300 <= op.status < 400 and not body.get("redirect_to"):
            body["redirect_to"] = "https://example.com/"  # somewhere: the spec gives no example
        return op.status, body

    # -- lists ----------------------------------------------------------------------------
    def _list(self, request: GenericRequest, parents: Parents) -> Reply:
        op = request.operation
        collection = op.collection
        records = self.store.under(collection.index, parents)
        if not records and not collection.creatable:
            # A read-only list shows the spec's example record rather than nothing.
            key = _example_key(collection)
            records = [self.new_record(collection, parents, key, op.shape)]
        filters = request.filters()
        selected = [r for r in records if self._passes(r, filters, request.operation.shape)]
        if collection.newest_first:
            selected.reverse()
        query = request.query
        paging = PageRequest(
            query,
            op.max_page_size,
            size_names=("PageSize", "Size"),
            token_names=("Token", "PageToken") if op.paging == "token" else ("PageToken",),
        )
        shape = op.shape

        def render_one(record: StoredRecord) -> dict[str, Any]:
            return render(record, shape) if shape is not None else dict(record.fields)

        by_key = {r.key: r.seq for r in records}
        body = build_page(
            selected,
            paging,
            key=op.envelope or "results",
            path=request.path,
            filters=[(k, v) for k, v in query.multi_items() if k not in _PAGING],
            seq_of_sid=by_key.get,
            render=render_one,
            style=op.paging,
            host=f"https://{collection.product}.twilio.com",
            newest_first=collection.newest_first,
        )
        if op.paging is None and op.page_extra:
            extra = dict(op.page_extra)
            if "uri" in extra:
                extra["uri"] = request.path
            body = {**extra, **body}
        return op.status, body

    def _passes(
        self, record: StoredRecord, filters: Sequence[tuple[str, str, str]], shape: Shape | None
    ) -> bool:
        for field, wanted, comparison in filters:
            spec = shape.by_name.get(field) if shape else None
            value = record.fields.get(field, spec.default if spec else None)
            if not matches(value, wanted, comparison, spec.type if spec else None):
                return False
        return True

    # -- parents --------------------------------------------------------------------------
    def check_parents(self, collection: CollectionSpec, parents: Parents, path: str) -> None:
        """404 unless every record the path names exists (read-only parents always do)."""
        link = collection.parent
        values = parents
        while link is not None:
            parent = self.table.collections[link[0]]
            depth = link[1]
            if parent.creatable:
                found = self.store.get(parent.index, values[: depth - 1], values[depth - 1])
                if found is None:
                    raise not_found(path)
            values = values[: depth - 1]
            link = parent.parent


def _example_key(collection: CollectionSpec) -> str | None:
    """The example's key when it is not a SID (``US`` for a country), else None (new SID)."""
    name = collection.key_field
    spec = collection.shape.by_name.get(name) if collection.shape and name else None
    if spec is not None and isinstance(spec.default, str) and spec.default and not spec.prefix:
        return spec.default
    return None
