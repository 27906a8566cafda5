"""Site search that works for Thai.

Thai is written without spaces between words, so a database full-text index
(SQLite FTS5, PostgreSQL tsvector) sees a whole sentence as one token and
never finds "ร้องเรียน" inside "...รับเรื่องร้องเรียนของเด็ก...". Pages are
therefore indexed with their Thai runs split into words by PyThaiNLP's
dictionary tokenizer (offline, no download), and queries are split the same
way. Every language of a translated field is indexed, so a Malay search finds
Malay text and not only the Thai fallback.
"""

import re
import unicodedata
from functools import lru_cache

from django.conf import settings
from django.utils.html import strip_tags
from wagtail.search import index

THAI_RUN = re.compile(r"[\u0E00-\u0E7F]+")
MAX_QUERY_CHARS = 200
MAX_TERMS = 12


@lru_cache(maxsize=1)
def _tokenizer():
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


def segment(text: str) -> str:
    """Put spaces between the words of every Thai run; leave the rest alone."""
    if not text or not THAI_RUN.search(text):
        return text or ""
    tokenize = _tokenizer()
    return THAI_RUN.sub(
        lambda run: " ".join(
            word
            for word in tokenize(run.group(0), engine="newmm", keep_whitespace=False)
            if word.strip()
        ),
        text,
    )


def _is_word(token: str) -> bool:
    return any(unicodedata.category(ch)[0] in "LN" for ch in token)


def query_terms(raw: str) -> list[str]:
    """What a visitor typed -> at most MAX_TERMS plain words.

    Bounded in length, stripped of anything that is not a letter, digit or
    mark (so no operator, quote or punctuation reaches the search backend),
    Thai split into words, lone marks dropped.
    """
    text = unicodedata.normalize("NFC", raw or "")[:MAX_QUERY_CHARS]
    text = "".join(ch if unicodedata.category(ch)[0] in "LNM" else " " for ch in text)
    terms = []
    for token in segment(text).split():
        token = token.lower()
        if _is_word(token) and token not in terms:
            terms.append(token)
    return terms[:MAX_TERMS]


def text_of(value) -> str:
    """Plain text of a field value: text, rich text or a StreamField."""
    if value is None:
        return ""
    stream_block = getattr(value, "stream_block", None)
    if stream_block is not None:
        return " ".join(
            strip_tags(str(part)) for part in stream_block.get_searchable_content(value)
        )
    return strip_tags(str(value))


class MultilingualSearchField(index.SearchField):
    """Index a translated field in every language at once, Thai segmented.

    Reads the per-language columns (``intro_th``, ``intro_ms``, ...) rather than
    the attribute, which would give only the language active while indexing.
    """

    def get_value(self, obj):
        parts = []
        for code, _name in settings.LANGUAGES:
            text = text_of(getattr(obj, f"{self.field_name}_{code}", None))
            if text:
                parts.append(segment(text))
        if not parts:  # not a translated field: index it as it is
            parts.append(segment(text_of(super().get_value(obj))))
        return " ".join(parts)


def multilingual(*names, title_boost=2):
    """Search fields for a page: its title (boosted) and the given fields."""
    fields = [
        MultilingualSearchField("title", boost=title_boost),
        MultilingualSearchField("search_description"),
    ]
    fields += [MultilingualSearchField(name) for name in names]
    return fields
