"""StreamField blocks for information and news pages.

Each block renders through a template in templates/components/streamfield/.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .validators import phone_number_validator

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/streamfield/heading.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "components/streamfield/callout.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.ListBlock):
    """Questions and answers as <details>: they open without JavaScript."""

    def __init__(self, **kwargs):
        super().__init__(QuestionBlock(), **kwargs)

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "components/streamfield/faq.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describe the image for people who cannot see it. "
            "Leave empty if it is only decoration."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/streamfield/image.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "components/streamfield/document.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="components/streamfield/paragraph.html",
    )
    callout = CalloutBlock()
    faq = FAQBlock()
    image = ImageBlock()
    document = DocumentBlock()


class PhoneBlock(blocks.StructBlock):
    KIND_CHOICES = [
        ("office", _("Office")),
        ("hotline", _("Hotline")),
        ("mobile", _("Mobile")),
        ("fax", _("Fax")),
    ]
    kind = blocks.ChoiceBlock(choices=KIND_CHOICES, default="office", label=_("Kind"))
    number = blocks.CharBlock(
        label=_("Number"), max_length=20, validators=[phone_number_validator]
    )

    class Meta:
        icon = "mobile-alt"
        label = _("Phone number")
