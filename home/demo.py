"""Helpers the demo loaders share (home's load_demo_content, reports'
load_demo_reports): demo data in three languages as model fields, and pages
added once, found again by their Thai slug."""

LANGUAGES = ("th", "ms", "en")


def translated(field, values):
    """{"th": a, "ms": b, "en": c} -> {"field_th": a, "field_ms": b, ...}."""
    return {f"{field}_{code}": values[code] for code in LANGUAGES}


def raw_stream(blocks):
    """Demo data's (type, value) tuples as StreamField JSON."""
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def page_fields(data, *, text_fields=(), stream_fields=()):
    fields = {"title": data["title"]["th"], "slug": data["slug"]["th"]}
    fields |= translated("title", data["title"]) | translated("slug", data["slug"])
    if "search_description" in data:
        fields |= translated("search_description", data["search_description"])
    for name in text_fields:
        fields |= translated(name, data[name])
    for name in stream_fields:
        fields |= {f"{name}_{code}": raw_stream(data[name][code]) for code in LANGUAGES}
    return fields


def child_page(parent, model, fields, **extra):
    """The published page under ``parent`` with this Thai slug, made once.
    Returns (page, created)."""
    existing = model.objects.child_of(parent).filter(slug_th=fields["slug_th"]).first()
    if existing:
        return existing, False
    page = parent.add_child(instance=model(**fields, **extra))
    page.save_revision().publish()
    return page, True
