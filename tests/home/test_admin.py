"""Editing in the admin: three languages in one editor, moderation on, and an
admin that calls no other host."""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import InformationPage
from tests.conftest import verified_login


@pytest.fixture
def admin_client(client, django_user_model, site):
    user = django_user_model.objects.create_superuser("boss", password="pw")
    return verified_login(client, user)


def editor(django_user_model, group):
    user = django_user_model.objects.create_user(f"{group}-user", password="pw")
    user.groups.add(Group.objects.get(name=group))
    return user


def page_form(**overrides):
    data = {"intro_th": "", "intro_ms": "", "intro_en": ""}
    for code, title, slug in [
        ("th", "สิทธิในการศึกษา", "sitthi-kan-sueksa"),
        ("ms", "Hak pendidikan", "hak-pendidikan"),
        ("en", "Right to education", "right-to-education"),
    ]:
        data |= {
            f"title_{code}": title,
            f"slug_{code}": slug,
            f"seo_title_{code}": "",
            f"search_description_{code}": "",
            f"body_{code}": streamfield(
                [("paragraph", rich_text(f"<p>{title}: ข้อความ {code}</p>"))]
            ),
        }
    data.update(overrides)
    return nested_form_data(data)


def test_editor_form_has_every_language(admin_client, home_page):
    response = admin_client.get(
        f"/admin/pages/add/home/informationpage/{home_page.pk}/"
    )
    assert response.status_code == 200
    html = response.content.decode()
    for code in ["th", "ms", "en"]:
        for field in ["title", "slug", "intro", "body"]:
            assert f"{field}_{code}" in html


def test_publish_a_page_in_three_languages(admin_client, home_page, client):
    response = admin_client.post(
        f"/admin/pages/add/home/informationpage/{home_page.pk}/",
        page_form(**{"action-publish": "publish"}),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = InformationPage.objects.get(slug_en="right-to-education")
    assert page.live
    for code, path, text in [
        ("th", "/th/sitthi-kan-sueksa/", "สิทธิในการศึกษา"),
        ("ms", "/ms/hak-pendidikan/", "Hak pendidikan"),
        ("en", "/en/right-to-education/", "Right to education"),
    ]:
        html = client.get(path).content.decode()
        assert f"<h1>{text}</h1>" in html
        assert f"ข้อความ {code}" in html


def test_editors_submit_and_moderators_publish(client, home_page, django_user_model):
    assert home_page.get_workflow() is not None  # moderation is on for the site
    client.force_login(editor(django_user_model, "Editors"))
    response = client.post(
        f"/admin/pages/add/home/informationpage/{home_page.pk}/",
        page_form(**{"action-publish": "publish"}),
    )
    page = InformationPage.objects.get(slug_en="right-to-education")
    assert not page.live  # an editor cannot publish directly
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        page_form(**{"action-submit": "submit"}),
    )
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state

    client.force_login(editor(django_user_model, "Moderators"))
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        page_form(
            **{"action-workflow-action": "true", "workflow-action-name": "approve"}
        ),
    )
    assert response.status_code in (200, 302)
    task_state.refresh_from_db()
    page.refresh_from_db()
    assert page.live


def test_admin_dashboard_calls_no_other_host(admin_client):
    html = admin_client.get("/admin/").content.decode()
    # Links to documentation are fine; anything the page loads is not.
    loaded = re.findall(r'\ssrc="((?:https?:)?//[^"]+)"', html)
    loaded += re.findall(r'<link[^>]+href="((?:https?:)?//[^"]+)"', html)
    foreign = [url for url in loaded if "testserver" not in url]
    assert foreign == []
    assert "gravatar" not in html


def test_hotlines_are_editable_snippets(admin_client):
    response = admin_client.get("/admin/snippets/home/hotline/")
    assert response.status_code == 200


def test_new_menu_page_shows_at_once(admin_client, home_page, client):
    client.get("/en/")  # the menu is now cached
    admin_client.post(
        f"/admin/pages/add/home/informationpage/{home_page.pk}/",
        page_form(**{"action-publish": "publish", "show_in_menus": "on"}),
    )
    html = client.get("/en/").content.decode()
    assert 'href="/en/right-to-education/"' in html
