# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1 on flex-api.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.flex_api.v1.account_provision_status import ProvisioningStatusList
    from twilio_async.rest.flex_api.v1.channels import ChannelList
    from twilio_async.rest.flex_api.v1.configuration import ConfigurationList
    from twilio_async.rest.flex_api.v1.flex_flows import FlexFlowList
    from twilio_async.rest.flex_api.v1.insights_conversations import InsightsConversationsList
    from twilio_async.rest.flex_api.v1.insights_quality_management_assessments import (
        AssessmentsList,
    )
    from twilio_async.rest.flex_api.v1.insights_quality_management_assessments_comments import (
        InsightsAssessmentsCommentList,
    )
    from twilio_async.rest.flex_api.v1.insights_quality_management_categories import (
        InsightsQuestionnairesCategoryList,
    )
    from twilio_async.rest.flex_api.v1.insights_quality_management_questionnaires import (
        InsightsQuestionnairesList,
    )
    from twilio_async.rest.flex_api.v1.insights_quality_management_questions import (
        InsightsQuestionnairesQuestionList,
    )
    from twilio_async.rest.flex_api.v1.insights_quality_management_settings_answer_sets import (
        InsightsSettingsAnswerSetsList,
    )
    from twilio_async.rest.flex_api.v1.insights_quality_management_settings_comment_tags import (
        InsightsSettingsCommentList,
    )
    from twilio_async.rest.flex_api.v1.insights_segments import InsightsSegmentsList
    from twilio_async.rest.flex_api.v1.insights_session import InsightsSessionList
    from twilio_async.rest.flex_api.v1.insights_user_roles import InsightsUserRolesList
    from twilio_async.rest.flex_api.v1.interactions import InteractionList
    from twilio_async.rest.flex_api.v1.plugin_service_configurations import PluginConfigurationList
    from twilio_async.rest.flex_api.v1.plugin_service_configurations_archive import (
        PluginConfigurationArchiveList,
    )
    from twilio_async.rest.flex_api.v1.plugin_service_plugins import PluginList
    from twilio_async.rest.flex_api.v1.plugin_service_plugins_archive import PluginArchiveList
    from twilio_async.rest.flex_api.v1.plugin_service_plugins_versions_archive import (
        PluginVersionArchiveList,
    )
    from twilio_async.rest.flex_api.v1.plugin_service_releases import PluginReleaseList
    from twilio_async.rest.flex_api.v1.web_channels import WebChannelList

__all__ = ["FlexApiV1"]


class FlexApiV1(Resource):
    """``client.flex_api.v1``."""

    @property
    def assessments(self) -> AssessmentsList:
        """``Insights/QualityManagement/Assessments``."""
        from twilio_async.rest.flex_api.v1.insights_quality_management_assessments import (
            AssessmentsList,
        )

        return AssessmentsList(self._transport)

    @property
    def channel(self) -> ChannelList:
        """``Channels``."""
        from twilio_async.rest.flex_api.v1.channels import ChannelList

        return ChannelList(self._transport)

    @property
    def configuration(self) -> ConfigurationList:
        """``Configuration``."""
        from twilio_async.rest.flex_api.v1.configuration import ConfigurationList

        return ConfigurationList(self._transport)

    @property
    def flex_flow(self) -> FlexFlowList:
        """``FlexFlows``."""
        from twilio_async.rest.flex_api.v1.flex_flows import FlexFlowList

        return FlexFlowList(self._transport)

    @property
    def insights_assessments_comment(self) -> InsightsAssessmentsCommentList:
        """``Insights/QualityManagement/Assessments/Comments``."""
        from twilio_async.rest.flex_api.v1.insights_quality_management_assessments_comments import (
            InsightsAssessmentsCommentList,
        )

        return InsightsAssessmentsCommentList(self._transport)

    @property
    def insights_conversations(self) -> InsightsConversationsList:
        """``Insights/Conversations``."""
        from twilio_async.rest.flex_api.v1.insights_conversations import InsightsConversationsList

        return InsightsConversationsList(self._transport)

    @property
    def insights_questionnaires(self) -> InsightsQuestionnairesList:
        """``Insights/QualityManagement/Questionnaires``."""
        from twilio_async.rest.flex_api.v1.insights_quality_management_questionnaires import (
            InsightsQuestionnairesList,
        )

        return InsightsQuestionnairesList(self._transport)

    @property
    def insights_questionnaires_category(self) -> InsightsQuestionnairesCategoryList:
        """``Insights/QualityManagement/Categories``."""
        from twilio_async.rest.flex_api.v1.insights_quality_management_categories import (
            InsightsQuestionnairesCategoryList,
        )

        return InsightsQuestionnairesCategoryList(self._transport)

    @property
    def insights_questionnaires_question(self) -> InsightsQuestionnairesQuestionList:
        """``Insights/QualityManagement/Questions``."""
        from twilio_async.rest.flex_api.v1.insights_quality_management_questions import (
            InsightsQuestionnairesQuestionList,
        )

        return InsightsQuestionnairesQuestionList(self._transport)

    @property
    def insights_segments(self) -> InsightsSegmentsList:
        """``Insights/Segments``."""
        from twilio_async.rest.flex_api.v1.insights_segments import InsightsSegmentsList

        return InsightsSegmentsList(self._transport)

    @property
    def insights_session(self) -> InsightsSessionList:
        """``Insights/Session``."""
        from twilio_async.rest.flex_api.v1.insights_session import InsightsSessionList

        return InsightsSessionList(self._transport)

    @property
    def insights_settings_answer_sets(self) -> InsightsSettingsAnswerSetsList:
        """``Insights/QualityManagement/Settings/AnswerSets``."""
        from twilio_async.rest.flex_api.v1.insights_quality_management_settings_answer_sets import (
            InsightsSettingsAnswerSetsList,
        )

        return InsightsSettingsAnswerSetsList(self._transport)

    @property
    def insights_settings_comment(self) -> InsightsSettingsCommentList:
        """``Insights/QualityManagement/Settings/CommentTags``."""
        from twilio_async.rest.flex_api.v1.insights_quality_management_settings_comment_tags import (
            InsightsSettingsCommentList,
        )

        return InsightsSettingsCommentList(self._transport)

    @property
    def insights_user_roles(self) -> InsightsUserRolesList:
        """``Insights/UserRoles``."""
        from twilio_async.rest.flex_api.v1.insights_user_roles import InsightsUserRolesList

        return InsightsUserRolesList(self._transport)

    @property
    def interaction(self) -> InteractionList:
        """``Interactions``."""
        from twilio_async.rest.flex_api.v1.interactions import InteractionList

        return InteractionList(self._transport)

    @property
    def plugin_archive(self) -> PluginArchiveList:
        """``PluginService/Plugins/Sid/Archive``."""
        from twilio_async.rest.flex_api.v1.plugin_service_plugins_archive import PluginArchiveList

        return PluginArchiveList(self._transport)

    @property
    def plugin_configuration_archive(self) -> PluginConfigurationArchiveList:
        """``PluginService/Configurations/Sid/Archive``."""
        from twilio_async.rest.flex_api.v1.plugin_service_configurations_archive import (
            PluginConfigurationArchiveList,
        )

        return PluginConfigurationArchiveList(self._transport)

    @property
    def plugin_configurations(self) -> PluginConfigurationList:
        """``PluginService/Configurations``."""
        from twilio_async.rest.flex_api.v1.plugin_service_configurations import (
            PluginConfigurationList,
        )

        return PluginConfigurationList(self._transport)

    @property
    def plugin_releases(self) -> PluginReleaseList:
        """``PluginService/Releases``."""
        from twilio_async.rest.flex_api.v1.plugin_service_releases import PluginReleaseList

        return PluginReleaseList(self._transport)

    @property
    def plugin_version_archive(self) -> PluginVersionArchiveList:
        """``PluginService/Plugins/PluginSid/Versions/Sid/Archive``."""
        from twilio_async.rest.flex_api.v1.plugin_service_plugins_versions_archive import (
            PluginVersionArchiveList,
        )

        return PluginVersionArchiveList(self._transport)

    @property
    def plugins(self) -> PluginList:
        """``PluginService/Plugins``."""
        from twilio_async.rest.flex_api.v1.plugin_service_plugins import PluginList

        return PluginList(self._transport)

    @property
    def provisioning_status(self) -> ProvisioningStatusList:
        """``account/provision/status``."""
        from twilio_async.rest.flex_api.v1.account_provision_status import ProvisioningStatusList

        return ProvisioningStatusList(self._transport)

    @property
    def web_channel(self) -> WebChannelList:
        """``WebChannels``."""
        from twilio_async.rest.flex_api.v1.web_channels import WebChannelList

        return WebChannelList(self._transport)
