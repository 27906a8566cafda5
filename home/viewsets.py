from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Hotline


class HotlineViewSet(SnippetViewSet):
    model = Hotline
    icon = "mobile-alt"
    menu_label = _("Hotlines")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["number", "name", "hours"]
    sort_order_field = "sort_order"
