import pytest
from django.utils import translation
from wagtail.models import Site

from home.factories import HomePageFactory
from home.tree import translated_root


@pytest.fixture(autouse=True)
def thai_by_default():
    """Outside a request the active language is the site default, Thai."""
    with translation.override("th"):
        yield


@pytest.fixture
def root_page(db):
    return translated_root()


@pytest.fixture
def home_page(root_page):
    # Wagtail's placeholder page holds the "home" slug on a fresh database.
    root_page.get_children().delete()
    return HomePageFactory(parent=root_page, slug_ms="home", slug_en="home")


@pytest.fixture
def site(home_page):
    # Deleting Wagtail's placeholder page took its default site with it.
    site, _created = Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home_page},
    )
    Site.clear_site_root_paths_cache()
    return site
