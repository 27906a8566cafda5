from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

# Thai numbers as people write them: "1300", "0 7300 0001", "073-000-001",
# "+66 73 000 001".
phone_number_validator = RegexValidator(
    r"^\+?[0-9][0-9 \-]{1,18}[0-9]$",
    _("Enter a phone number using digits, spaces and dashes only."),
)
