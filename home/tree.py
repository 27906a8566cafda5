"""Helpers for the page tree under translation."""

from wagtail.models import Page


def translated_root():
    """The tree's root, with its Thai columns filled in.

    Wagtail's own migrations create the root before wagtail-modeltranslation
    adds the per-language columns, so ``title_th`` and ``url_path_th`` start
    empty and children would get wrong URL paths.
    """
    root = Page.get_first_root_node()
    if not root.url_path_th:
        # rewrite(False): read the original columns, not the (empty) Thai ones.
        pages = Page.objects.filter(pk=root.pk).rewrite(False)
        title, slug, url_path = pages.values_list("title", "slug", "url_path").get()
        pages.update(title_th=title, slug_th=slug, url_path_th=url_path)
        root.refresh_from_db()
    return root
