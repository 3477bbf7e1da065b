# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: Workflow (Workspaces/WorkspaceSid/Workflows) on taskrouter.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.taskrouter.v1.workspaces_workflows_cumulative_statistics import (
        WorkflowCumulativeStatisticsList,
    )
    from twilio_async.rest.taskrouter.v1.workspaces_workflows_real_time_statistics import (
        WorkflowRealTimeStatisticsList,
    )
    from twilio_async.rest.taskrouter.v1.workspaces_workflows_statistics import (
        WorkflowStatisticsList,
    )

__all__ = [
    "Workflow",
    "WorkflowContext",
    "WorkflowCreateParams",
    "WorkflowList",
    "WorkflowListParams",
    "WorkflowUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Workflow(Record):
    """Record ``taskrouter.v1.workspace.workflow`` (every field but ``account_sid``, ``date_created``, ``sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    assignment_callback_url: str | None = None
    configuration: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    document_content_type: str | None = None
    fallback_assignment_callback_url: str | None = None
    friendly_name: str | None = None
    sid: str
    task_reservation_timeout: int | None = None
    workspace_sid: str
    url: str
    links: dict[str, Any] | None = None


class WorkflowUpdateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workflows.update`` (``UpdateWorkflow``)."""

    friendly_name: str
    """A descriptive string that you create to describe the Workflow resource."""
    assignment_callback_url: str
    """The URL from your application that will process task assignment events."""
    fallback_assignment_callback_url: str
    """The URL that we should call when a call to the `assignment_callback_url` fails."""
    configuration: str
    """A JSON string that contains the rules to apply to the Workflow."""
    task_reservation_timeout: int
    """How long TaskRouter will wait for a confirmation response from your application after it assigns a Task to a Worker."""
    re_evaluate_tasks: str
    """Whether or not to re-evaluate Tasks."""


class WorkflowListParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workflows.list`` (``ListWorkflow``)."""

    friendly_name: str
    """The `friendly_name` of the Workflow resources to read."""


class WorkflowCreateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.workflows.create`` (``CreateWorkflow``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the Workflow resource."""
    configuration: Required[str]
    """A JSON string that contains the rules to apply to the Workflow."""
    assignment_callback_url: str
    """The URL from your application that will process task assignment events."""
    fallback_assignment_callback_url: str
    """The URL that we should call when a call to the `assignment_callback_url` fails."""
    task_reservation_timeout: int
    """How long TaskRouter will wait for a confirmation response from your application after it assigns a Task to a Worker."""


_CONTEXT_FETCH: Operation[Workflow] = Operation(
    id="taskrouter.v1.workspaces.workflows.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}",
    spec="taskrouter_v1",
    record=Workflow,
)


_CONTEXT_UPDATE: Operation[Workflow] = Operation(
    id="taskrouter.v1.workspaces.workflows.update",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}",
    spec="taskrouter_v1",
    record=Workflow,
    form={
        "friendly_name": "FriendlyName",
        "assignment_callback_url": "AssignmentCallbackUrl",
        "fallback_assignment_callback_url": "FallbackAssignmentCallbackUrl",
        "configuration": "Configuration",
        "task_reservation_timeout": "TaskReservationTimeout",
        "re_evaluate_tasks": "ReEvaluateTasks",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="taskrouter.v1.workspaces.workflows.delete",
    method="DELETE",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}",
    spec="taskrouter_v1",
)


_LIST_LIST: Operation[Workflow] = Operation(
    id="taskrouter.v1.workspaces.workflows.list",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workflows",
    spec="taskrouter_v1",
    record=Workflow,
    query={
        "friendly_name": "FriendlyName",
    },
    paging="meta",
    envelope="workflows",
)


_LIST_CREATE: Operation[Workflow] = Operation(
    id="taskrouter.v1.workspaces.workflows.create",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Workflows",
    spec="taskrouter_v1",
    record=Workflow,
    form={
        "friendly_name": "FriendlyName",
        "configuration": "Configuration",
        "assignment_callback_url": "AssignmentCallbackUrl",
        "fallback_assignment_callback_url": "FallbackAssignmentCallbackUrl",
        "task_reservation_timeout": "TaskReservationTimeout",
    },
    required=frozenset(["configuration", "friendly_name"]),
)


class WorkflowContext(Resource):
    """One ``Workspaces/WorkspaceSid/Workflows`` record: sid."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Workflow:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[WorkflowUpdateParams]) -> Workflow:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def cumulative_statistics(self) -> WorkflowCumulativeStatisticsList:
        """``Workspaces/WorkspaceSid/Workflows/WorkflowSid/CumulativeStatistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_workflows_cumulative_statistics import (
            WorkflowCumulativeStatisticsList,
        )

        return self._child(WorkflowCumulativeStatisticsList)

    @property
    def real_time_statistics(self) -> WorkflowRealTimeStatisticsList:
        """``Workspaces/WorkspaceSid/Workflows/WorkflowSid/RealTimeStatistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_workflows_real_time_statistics import (
            WorkflowRealTimeStatisticsList,
        )

        return self._child(WorkflowRealTimeStatisticsList)

    @property
    def statistics(self) -> WorkflowStatisticsList:
        """``Workspaces/WorkspaceSid/Workflows/WorkflowSid/Statistics``."""
        from twilio_async.rest.taskrouter.v1.workspaces_workflows_statistics import (
            WorkflowStatisticsList,
        )

        return self._child(WorkflowStatisticsList)


class WorkflowList(CreateMany[WorkflowCreateParams, Workflow], Resource):
    """``Workspaces/WorkspaceSid/Workflows`` (call it with a sid)."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Workflows"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> WorkflowContext:
        """The record with this ``sid``."""
        return self._child(WorkflowContext, sid=sid)

    async def create(self, **params: Unpack[WorkflowCreateParams]) -> Workflow:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[WorkflowListParams],
    ) -> AsyncIterator[Workflow]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[WorkflowListParams],
    ) -> Page[Workflow]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[WorkflowListParams],
    ) -> list[Workflow]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
