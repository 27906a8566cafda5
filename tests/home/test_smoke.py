import pytest


@pytest.mark.parametrize("language", ["th", "ms", "en"])
def test_home_page_renders(client, site, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
