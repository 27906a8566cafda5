"""The "Cases" menu of the admin: the case queue, agencies, and the
provinces each case worker covers. Only staff with case permissions (and a
second factor) see any of it (reports/permissions.py)."""

from django.http import Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Agency, Report, StaffScope
from .permissions import case_policy
from .views.cases import CaseFilterSet, CaseIndexView, CaseInspectView, FileView
from .views.statistics import StatisticsView


class CaseViewSet(ModelViewSet):
    model = Report
    icon = "folder-open-inverse"
    menu_label = _("Case queue")
    url_prefix = "cases"
    name = "reports_case"
    index_view_class = CaseIndexView
    inspect_view_class = CaseInspectView
    inspect_view_enabled = True
    filterset_class = CaseFilterSet
    list_per_page = 50
    add_to_reference_index = False
    copy_view_enabled = False

    def get_urlpatterns(self):
        # The queue and the case page (with its actions); no add, edit,
        # delete, copy or history views: cases come from the form, change
        # through their actions, and their history is the audit trail.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/files/<int:file_pk>/", FileView.as_view(), name="file"),
        ]

    @property
    def url_finder_class(self):
        # Where the admin (site history, search) links a case: its page.
        return type(
            "CaseURLFinder",
            (ModelAdminURLFinder,),
            {"edit_url_name": self.get_url_name("inspect")},
        )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{
                "add_url_name": None,
                "edit_url_name": None,
                "delete_url_name": None,
                "copy_url_name": None,
                "history_url_name": None,
                "usage_url_name": None,
                **kwargs,
            }
        )


class StaffOnlyChooser:
    """Wagtail's chooser lists a model to any admin user; agencies are the
    case staff's business only."""

    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(Agency)
        if not policy.user_has_any_permission(
            request.user, ["add", "change", "delete", "view"]
        ):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class AgencyChooserViewSet(SnippetChooserViewSet):
    choose_view_class = type("ChooseView", (StaffOnlyChooser, ChooseView), {})
    choose_results_view_class = type(
        "ChooseResultsView", (StaffOnlyChooser, ChooseResultsView), {}
    )
    chosen_view_class = type("ChosenView", (StaffOnlyChooser, SnippetChosenView), {})


class YesNoColumn(Column):
    """Yes or No, in words (Wagtail's BooleanColumn says "True" or "False",
    untranslated, in its icon's title)."""

    cell_template_name = "reports/admin/yes_no_cell.html"


class AgencyViewSet(SnippetViewSet):
    model = Agency
    chooser_viewset_class = AgencyChooserViewSet
    icon = "site"
    menu_label = _("Agencies")
    list_display = [
        "name",
        "kind",
        "phone",
        YesNoColumn("is_sample", label=_("sample data")),
    ]
    list_filter = ["kind", "provinces"]
    search_fields = ["name"]


class StaffScopeViewSet(ModelViewSet):
    model = StaffScope
    icon = "group"
    menu_label = _("Case workers' provinces")
    url_prefix = "case-worker-provinces"
    name = "reports_staffscope"
    list_display = ["user", "province_names"]
    form_fields = ["user", "provinces"]
    add_to_reference_index = False
    copy_view_enabled = False


class StatisticsViewSet(ViewSet):
    """The statistics page, a menu item only case managers see."""

    name = "reports_statistics"
    url_prefix = "case-statistics"
    icon = "table"
    menu_label = _("Statistics")

    def get_urlpatterns(self):
        return [path("", StatisticsView.as_view(), name="index")]

    @property
    def menu_item_class(self):
        class StatisticsMenuItem(MenuItem):
            def is_shown(self, request):
                return case_policy.user_has_permission(request.user, "stats")

        return StatisticsMenuItem


class CasesMenu(ViewSetGroup):
    menu_label = _("Cases")
    menu_icon = "folder-open-inverse"
    menu_order = 150
    items = (CaseViewSet, StatisticsViewSet, AgencyViewSet, StaffScopeViewSet)
