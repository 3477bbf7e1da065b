"""Every operation of every discovered resource, end to end through ``Client`` and Prism.

Operations come from :mod:`tests.catalog` (discovery over ``twilio_async._resources``), so
a resource added later is exercised here without editing this file. Each operation is
reached through its public entry point (``client.messages(sid).media``) when
:data:`ENTRY_POINTS` knows it, else by constructing its class on the client's transport.
Parameters are every scalar parameter the resource maps, with values built from the spec.

- Static Prism: the call succeeds (a 422 fails naming Prism's validation list), the request
  uses the spec's path and API parameter names, and the record equals Prism's example.
- Array parameters: Prism rejects Twilio's repeated keys (``MediaUrl=a&MediaUrl=b``,
  stoplightio/prism#2473); we keep that encoding and mark those cases strict xfails.
- Dynamic Prism (``-d``, and ``Prefer: dynamic=true`` for Verify): random schema-shaped
  answers decode, or fail as ``RecordDecodeError`` naming a field Prism filled with lorem
  ipsum where Twilio sends a number or a date; never a raw ``KeyError``/``TypeError``.
  Random absolute next-page links must not take paging off 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs
import pytest

from tests import catalog
from tests.integration.prism._contract import (
    Exchange,
    KnownPrismGap,
    KnownSpecDeviation,
    PrismRejected,
    Recorder,
    array_params,
    converted_string_fields,
    example_link_deviation,
    fake_sid,
    field_mismatches,
    next_link,
    only_array_type_errors,
    path_params,
    prism_call,
    raise_item_error,
    records_in,
    richest_example,
    sample_params,
    shallow_type_errors,
    sid_from_pattern,
)
from twilio_async import Client, Message, NotFoundError, RecordDecodeError, structure

STATIC_ACCOUNT_SID = fake_sid("AC", "c0ffee5a71c")
DYNAMIC_ACCOUNT_SID = fake_sid("AC", "c0ffeed1a4c")
FAKE_TOKEN = "not-a-real-token-prism-contract"
LIMIT = 3
PAGE_SIZE = 2
DYNAMIC_ROUNDS = 4
LINK_ATTEMPTS = 40  # about half of Prism's dynamic pages carry a next link
PRISM_2473 = (
    "Prism rejects array form parameters sent as repeated keys (stoplightio/prism#2473); "
    "Twilio takes them, so we keep the encoding"
)
STATIC_FIXTURES = {"api": "prism_v2010", "verify": "prism_verify_v2"}
# Verify has no -d fixture: its static Prism generates on ``Prefer: dynamic=true``.
DYNAMIC_FIXTURES = {"api": "prism_v2010_dynamic", "verify": "prism_verify_v2"}

SM, MM, ME = fake_sid("SM"), fake_sid("MM"), fake_sid("ME")
CA, PN, VA, VE = fake_sid("CA"), fake_sid("PN"), fake_sid("VA"), fake_sid("VE")

ENTRY_POINTS: dict[str, Callable[[Client], Any]] = {
    "MessageList": lambda c: c.messages,
    "MessageContext": lambda c: c.messages(SM),
    "MediaList": lambda c: c.messages(MM).media,
    "MediaContext": lambda c: c.messages(MM).media(ME),
    "CallList": lambda c: c.calls,
    "CallContext": lambda c: c.calls(CA),
    "AccountList": lambda c: c.api.accounts,
    "AccountContext": lambda c: c.api.account,
    "IncomingPhoneNumberList": lambda c: c.incoming_phone_numbers,
    "IncomingPhoneNumberContext": lambda c: c.incoming_phone_numbers(PN),
    "ServiceList": lambda c: c.verify.v2.services,
    "ServiceContext": lambda c: c.verify.v2.services(VA),
    "VerificationList": lambda c: c.verify.v2.services(VA).verifications,
    "VerificationContext": lambda c: c.verify.v2.services(VA).verifications(VE),
    "VerificationCheckList": lambda c: c.verify.v2.services(VA).verification_checks,
}
"""Public paths to each class; a class missing here is built on the transport directly."""

OPERATIONS = catalog.operations()


def _static_case(op: catalog.Operation) -> Any:
    """``(op, example)`` for the static test; a strict xfail where the spec's own example
    link breaks its own schema (only list/stream/page follow that link)."""
    example = richest_example(op)
    deviation = example_link_deviation(op, example) if example is not None else None
    marks = (
        [pytest.mark.xfail(strict=True, raises=KnownSpecDeviation, reason=deviation)]
        if deviation and op.method_name in ("list", "stream", "page")
        else []
    )
    return pytest.param(op, example, id=op.label, marks=marks)


STATIC_CASES = [_static_case(op) for op in OPERATIONS]
PAGE_OPERATIONS = [op for op in OPERATIONS if op.method_name == "page"]
ARRAY_CASES = [
    pytest.param(
        op,
        api_name,
        id=f"{op.label}[{api_name}]",
        marks=pytest.mark.xfail(strict=True, raises=KnownPrismGap, reason=PRISM_2473),
    )
    for op in OPERATIONS
    for api_name in array_params(op)
]


def _label(op: catalog.Operation) -> str:
    return op.label


@attrs.frozen(kw_only=True)
class SidOnly:
    """A record that decodes any page: paging is tested apart from field conversion."""

    sid: str | None = None


@asynccontextmanager
async def prism_client(
    request: pytest.FixtureRequest,
    op: catalog.Operation,
    recorder: Recorder,
    *,
    dynamic: bool = False,
) -> AsyncIterator[Client]:
    """A ``Client`` whose product host is the Prism for ``op``'s spec (started on demand)."""
    product = op.resource.spec.product
    fixtures = DYNAMIC_FIXTURES if dynamic else STATIC_FIXTURES
    assert product in fixtures, f"{op.label}: no Prism fixture for product {product!r}"
    base_url: str = request.getfixturevalue(fixtures[product])
    async with Client(
        DYNAMIC_ACCOUNT_SID if dynamic else STATIC_ACCOUNT_SID,
        FAKE_TOKEN,
        base_url={product: base_url},
        retry=None,
        http_client=recorder.http_client(),
    ) as client:
        yield client


def target_for(op: catalog.Operation, client: Client) -> Any:
    """The object whose method ``op`` is: from the public entry point when there is one."""
    entry_point = ENTRY_POINTS.get(op.cls.__name__)
    if entry_point is None:
        return op.cls(client.transport, path_params(op, client.account_sid))
    target = entry_point(client)
    assert type(target) is op.cls, f"{op.cls.__name__} entry point gave {type(target)}"
    return target


async def invoke(
    op: catalog.Operation, target: Any, params: dict[str, Any], *, follow: bool = True
) -> list[Any]:
    """Run ``op`` with ``params``; return the records it produced (none for delete)."""
    method = getattr(target, op.method_name)
    name = op.method_name
    if name in ("create", "update"):
        return [await method(**params)]
    if name == "create_many":
        results = list(await method([params]))
        raise_item_error(results)
        return results
    if name == "fetch":
        return [await method()]
    if name == "delete":
        assert await method() is True
        return []
    if name == "list":
        records: list[Any] = await method(limit=LIMIT, page_size=PAGE_SIZE, **params)
        return records
    if name == "stream":
        return [item async for item in method(limit=LIMIT, page_size=PAGE_SIZE, **params)]
    assert name == "page", name
    page = await method(page_size=PAGE_SIZE, **params)
    items = list(page.items)
    if follow and page.has_next_page:
        following = await page.next_page()
        items += following.items if following is not None else []
    return items


def sent_pairs(exchange: Exchange, location: str | None) -> list[tuple[str, str]]:
    """The parameters a request carried (form body, or query string for GETs)."""
    if location == "query":
        return parse_qsl(exchange.url.query.decode(), keep_blank_values=True)
    return exchange.form


def path_pattern(op: catalog.Operation) -> re.Pattern[str]:
    """A regex for the request path of ``op``: its spec template, any SID in placeholders."""
    pieces = re.split(r"(\{\w+\})", op.spec_path)
    return re.compile(
        "".join("[^/]+" if piece.startswith("{") else re.escape(piece) for piece in pieces)
    )


def request_problems(
    op: catalog.Operation, recorder: Recorder, params: dict[str, Any]
) -> list[str]:
    """How the first request differs from what the spec and our parameters call for."""
    first = recorder.exchanges[0]
    problems = []
    if first.method != op.kind.http_method:
        problems.append(f"sent {first.method}, expected {op.kind.http_method}")
    if not path_pattern(op).fullmatch(first.url.path):
        problems.append(f"path {first.url.path} does not match {op.spec_path}")
    sent = {name for name, _ in sent_pairs(first, op.kind.location)}
    expected = {op.names[name] for name in params}
    if op.kind.params_attr == "filters":
        expected.add("PageSize")
    if sent != expected:
        problems.append(f"sent parameters {sorted(sent)}, expected {sorted(expected)}")
    for exchange in recorder.exchanges:
        if exchange.url.host != "127.0.0.1":
            problems.append(f"left the loopback host: {exchange.url}")
    return problems


def example_problems(op: catalog.Operation, recorder: Recorder, records: list[Any]) -> list[str]:
    """How the decoded records differ from the example bodies Prism sent."""
    if op.method_name == "delete":
        status = recorder.last.status
        return [] if status == 204 else [f"delete answered {status}, expected 204"]
    if op.kind.http_method == "GET" and not op.kind.on_instance:
        raw = [
            record
            for exchange in recorder.exchanges
            for record in records_in(exchange.body, op.resource.spec.envelope)
        ][: len(records)]
        if len(raw) != len(records):
            return [f"decoded {len(records)} records from {len(raw)} in the bodies"]
    else:
        raw = [recorder.last.body]
    if not records and op.kind.http_method == "GET" and raw == []:
        return []
    problems = []
    for record, body in zip(records, raw, strict=True):
        if not isinstance(record, op.resource.spec.record):
            problems.append(f"got {type(record).__name__}, expected the spec's record")
            continue
        problems += field_mismatches(record, body)
    return problems


@pytest.mark.parametrize(("op", "example"), STATIC_CASES)
async def test_operation_succeeds_and_decodes_prism_example(
    op: catalog.Operation, example: str | None, request: pytest.FixtureRequest
) -> None:
    recorder = Recorder(prefer=f"example={example}" if example else None)
    params = sample_params(op)
    async with prism_client(request, op, recorder) as client:
        try:
            records = await prism_call(recorder, invoke(op, target_for(op, client), params))
        except PrismRejected as rejected:
            link = next_link(recorder.exchanges[-2].body) if len(recorder.exchanges) > 1 else None
            if link is None or not str(recorder.last.url).endswith(link):
                raise
            # The first page still has to decode: check it before reporting the deviation.
            decode = op.resource.spec.decode()
            first_page = records_in(recorder.exchanges[0].body, op.resource.spec.envelope)
            assert first_page, "the example's first page has no records"
            problems = [p for raw in first_page for p in field_mismatches(decode(raw), raw)]
            assert problems == [], "\n".join(problems)
            raise KnownSpecDeviation(f"following the example's own link: {rejected}") from None

    problems = request_problems(op, recorder, params) + example_problems(op, recorder, records)
    assert problems == [], f"{op.label}:\n" + "\n".join(problems)
    if op.kind.http_method == "GET" and not op.kind.on_instance and op.method_name != "page":
        assert len(records) <= LIMIT


@pytest.mark.parametrize(("op", "api_name"), ARRAY_CASES)
async def test_array_parameter_passes_prism(
    op: catalog.Operation, api_name: str, request: pytest.FixtureRequest
) -> None:
    python_name = next(key for key, value in op.names.items() if value == api_name)
    array_value = sample_params(op, arrays=True)[python_name]
    params = {**sample_params(op), python_name: array_value}
    recorder = Recorder()
    async with prism_client(request, op, recorder) as client:
        try:
            records = await prism_call(recorder, invoke(op, target_for(op, client), params))
        except PrismRejected as rejected:
            sent = [value for name, value in sent_pairs(recorder.last, op.kind.location)]
            repeated = [v for n, v in sent_pairs(recorder.last, op.kind.location) if n == api_name]
            assert repeated == [str(item) for item in array_value], sent
            if only_array_type_errors(rejected, {api_name}):
                raise KnownPrismGap(str(rejected)) from rejected
            raise
    assert example_problems(op, recorder, records) == []


def _decode_failure_problem(
    op: catalog.Operation, error: RecordDecodeError, lorem_fields: set[str]
) -> str | None:
    field = re.search(r"field '([^']+)'", error.detail)
    record_name = op.resource.spec.record.__name__
    if error.record_type != record_name:
        return f"RecordDecodeError for {error.record_type}, expected {record_name}: {error}"
    if field is None:
        return f"RecordDecodeError names no field: {error}"
    if field[1] not in lorem_fields:
        return f"decoding failed on {field[1]!r}, which the spec types as we do: {error}"
    return None


@pytest.mark.parametrize("op", OPERATIONS, ids=_label)
async def test_dynamic_answers_decode_or_fail_typed(
    op: catalog.Operation, request: pytest.FixtureRequest
) -> None:
    recorder = Recorder(prefer="dynamic=true")
    params = sample_params(op)
    lorem_fields = converted_string_fields(op.resource)
    problems: list[str] = []
    outcomes: Counter[str] = Counter()
    async with prism_client(request, op, recorder, dynamic=True) as client:
        target = target_for(op, client)
        for _ in range(DYNAMIC_ROUNDS):
            try:
                records = await prism_call(recorder, invoke(op, target, params, follow=False))
            except RecordDecodeError as error:
                outcomes["RecordDecodeError"] += 1
                problem = _decode_failure_problem(op, error, lorem_fields)
                problems += [problem] if problem else []
            except NotFoundError as error:
                outcomes["404 on a random next-page path"] += 1
                # list/stream followed a random next-page link (kept on our host): Prism
                # has no such route. Anything else is a real failure.
                body = recorder.last.body
                routed = isinstance(body, dict) and "NO_PATH_MATCHED" in str(body.get("type"))
                if not (routed and urlsplit(error.url).hostname == "127.0.0.1"):
                    problems.append(f"unexpected 404: {error!r}")
            except PrismRejected:
                raise
            except Exception as error:
                problems.append(f"raw {type(error).__name__} escaped: {error}")
            else:
                outcomes[f"decoded {len(records)} records"] += 1
                for record in records:
                    problems += shallow_type_errors(record)
    assert sum(outcomes.values()) == DYNAMIC_ROUNDS
    assert problems == [], f"{op.label} in dynamic mode ({dict(outcomes)}):\n" + "\n".join(problems)


@pytest.mark.parametrize("op", PAGE_OPERATIONS, ids=_label)
async def test_dynamic_next_page_links_stay_on_loopback(
    op: catalog.Operation, request: pytest.FixtureRequest
) -> None:
    probe_cls = type(
        f"Probe{op.cls.__name__}",
        (op.cls,),
        {"_spec": attrs.evolve(op.resource.spec, record=SidOnly)},
    )
    recorder = Recorder(prefer="dynamic=true")
    async with prism_client(request, op, recorder, dynamic=True) as client:
        probe = probe_cls(client.transport, path_params(op, client.account_sid))
        for _ in range(LINK_ATTEMPTS):
            page = await prism_call(recorder, probe.page(page_size=PAGE_SIZE))
            if page.next_page_url and page.next_page_url.startswith(("http://", "https://")):
                break
        else:
            pytest.fail(f"no absolute next-page link in {LINK_ATTEMPTS} dynamic pages")
        link = urlsplit(page.next_page_url)
        before = len(recorder.exchanges)
        with contextlib.suppress(NotFoundError):  # the link's path is no route of the spec
            await page.next_page()

    assert link.hostname != "127.0.0.1"
    followed = recorder.exchanges[before:]
    assert len(followed) == 1
    prism = urlsplit(recorder.exchanges[0].url.__str__())
    assert (followed[0].url.host, followed[0].url.port) == (prism.hostname, prism.port)
    assert followed[0].url.path == (link.path or "/")
    assert {exchange.url.host for exchange in recorder.exchanges} == {"127.0.0.1"}


# -- the judges can fail ----------------------------------------------------------------------
def test_field_mismatches_names_wrong_and_dropped_fields() -> None:
    raw = {
        "sid": SM,
        "from": "+15017122661",
        "num_segments": "2",
        "price": "-0.0075",
        "status": "sent",
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
    }
    decoded = structure(raw, Message)
    assert field_mismatches(decoded, raw) == []

    wrong = attrs.evolve(decoded, num_segments=3, from_=None)
    assert field_mismatches(wrong, {**raw, "brand_new": 1}) == [
        "Message dropped the JSON key 'brand_new'",
        "Message.from_: None, expected '+15017122661'",
        "Message.num_segments: 3, expected 2",
    ]


def test_sample_sids_follow_the_spec_patterns() -> None:
    assert sid_from_pattern("^(SM|MM)[0-9a-fA-F]{32}$") == fake_sid("SM")
    assert sid_from_pattern("^AC[0-9a-fA-F]{32}$") == fake_sid("AC")
    assert sid_from_pattern("^[a-z]+$") is None
    assert len(fake_sid("AC")) == 34
