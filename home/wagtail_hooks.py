from wagtail.snippets.models import register_snippet

from .viewsets import HotlineViewSet

register_snippet(HotlineViewSet)
