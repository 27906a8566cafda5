"""Keep the cached layout (layout.py) and cached pages (portal/pagecache.py)
in step with what editors publish: both are keyed by the layout version,
which any of these changes moves on."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import layout
from .models import Hotline, PortalSettings


@receiver(post_save, sender=PortalSettings)
def settings_changed(created=False, **kwargs):
    # Made on first use with its defaults, which pages already show.
    if not created:
        layout.invalidate()


@receiver(post_save, sender=Hotline)
@receiver(post_delete, sender=Hotline)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_delete, sender=Page)
def hotline_or_restriction_changed(**kwargs):
    layout.invalidate()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(**kwargs):
    layout.invalidate()
