"""URLs of demo pages, from the same data the demo loader uses."""

from home import demo_data
from reports import demo_data as report_demo

LANGUAGES = ["th", "ms", "en"]
SEARCH_WORDS = {"th": "ร้องเรียน", "ms": "aduan", "en": "shelter"}


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
        "directory": (
            f"/{language}/{demo_data.SERVICE_INDEX['slug'][language]}/"
            "?province=pattani&help=legal-aid"
        ),
        "search": f"/{language}/search/?q={SEARCH_WORDS[language]}",
        "report": f"/{language}/{report_demo.REPORT_FORM['slug'][language]}/",
        "tracking": f"/{language}/{report_demo.TRACKING['slug'][language]}/",
    }
