"""URLs of demo pages, from the same data the demo loader uses."""

from home import demo_data

LANGUAGES = ["th", "ms", "en"]


def demo_paths(language):
    info_index = demo_data.INFORMATION_INDEX["slug"][language]
    return {
        "home": f"/{language}/",
        "information": (
            f"/{language}/{info_index}/"
            f"{demo_data.INFORMATION_PAGES[0]['slug'][language]}/"
        ),
        "service": (
            f"/{language}/{demo_data.SERVICE_INDEX['slug'][language]}/"
            f"{demo_data.SERVICES[0]['slug'][language]}/"
        ),
        "news": (
            f"/{language}/{demo_data.NEWS_INDEX['slug'][language]}/"
            f"{demo_data.NEWS[0]['slug'][language]}/"
        ),
    }
