"""What a person fills in on the report form: one set of answers for every
test that sends a report, through Django's test client, over HTTP to a test
server, or to the deployed stack. (benchmarks/bench.py keeps its own copy,
in the order a browser sends a multipart form.)"""

DESCRIPTION = "สามีทำร้ายร่างกายฉันและลูกทุกคืน ขอความช่วยเหลือ"


def report_answers(description=DESCRIPTION, **overrides):
    """The form's fields, without its tokens; "website" is the honeypot."""
    return {
        "category": "domestic-violence",
        "affected": ["woman", "child"],
        "relation": "self",
        "province": "",
        "district": "",
        "when": "week",
        "description": description,
        "in_danger": "no",
        "website": "",
        **overrides,
    }
