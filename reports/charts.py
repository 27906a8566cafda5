"""Charts of the statistics page, drawn on the server as SVG (pygal) and
shown as images: no JavaScript, nothing from another site (pygal's own
tooltip script, which it loads from the web by default, is turned off).
Each chart has its table beside it on the page, for screen readers and for
exact numbers."""

import base64
import re

import pygal
from pygal.style import Style

STYLE = Style(
    font_family="'Noto Sans Thai', 'Sarabun', 'Tahoma', sans-serif",
    background="white",
    plot_background="white",
    foreground="#262626",
    foreground_strong="#262626",
    foreground_subtle="#767676",
    colors=("#1d4e89",),
    label_font_size=13,
    major_label_font_size=13,
    value_font_size=12,
)


def _data_uri(chart) -> str:
    # pygal always writes its settings into a <script>, which does nothing
    # in an image: leave it out.
    svg = re.sub(
        r"<script\b.*?</script>", "", chart.render(is_unicode=True), flags=re.S
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def bar_chart(rows: list[tuple[str, int]], *, horizontal: bool = True) -> str:
    """A bar chart of (label, count) rows, as a data: URI for an <img>."""
    options = {
        "style": STYLE,
        "js": [],  # pygal loads its tooltip script from the web otherwise
        "disable_xml_declaration": True,
        "show_legend": False,
        "print_values": True,
        "width": 720,
        "height": max(240, 36 * len(rows) + 80) if horizontal else 320,
        "margin": 16,
        "truncate_label": -1,
        "x_label_rotation": 0 if horizontal else 45,
    }
    top = max((count for _label, count in rows), default=0)
    step = max(1, -(-top // 5))  # whole numbers: at most about six lines
    options["y_labels"] = list(range(0, top + step, step))
    chart = (pygal.HorizontalBar if horizontal else pygal.Bar)(**options)
    if horizontal:  # pygal draws the first row at the bottom
        rows = list(reversed(rows))
    chart.x_labels = [label for label, _count in rows]
    chart.add("", [count for _label, count in rows])
    return _data_uri(chart)
