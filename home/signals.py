"""Keep the cached layout (layout.py) in step with what editors publish."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import layout
from .models import Hotline


@receiver(post_save, sender=Hotline)
@receiver(post_delete, sender=Hotline)
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
