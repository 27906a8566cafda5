"""Tracking codes: random digits with a Verhoeff check digit.

A code is 19 random digits (about 63 bits) from ``secrets`` plus one Verhoeff
check digit, shown as five groups of four. Digits only, so a phone keypad and
a Thai keyboard both type it. Verhoeff catches every single wrong digit and
every swap of two neighbours.

Only an HMAC-SHA256 of the code, under a key that is not SECRET_KEY, is ever
stored; the plain code exists in the one response that shows it.
"""

import hashlib
import hmac
import secrets
import unicodedata

from django.conf import settings

RANDOM_DIGITS = 19
LENGTH = RANDOM_DIGITS + 1

# Verhoeff tables: multiplication in the dihedral group D5, permutation, inverse.
_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]

SEPARATORS = {
    " ",
    "-",
    "\u00a0",
    "\u2010",
    "\u2011",
    "\u2012",
    "\u2013",
    "\u2212",
    "\t",
}


class CodeFormatError(ValueError):
    """Not 20 digits (after removing spaces and dashes)."""


class CodeCheckError(ValueError):
    """20 digits whose check digit is wrong: most likely a typing mistake."""


def _checksum(digits: str) -> int:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _D[c][_P[i % 8][int(ch)]]
    return c


def check_digit(digits: str) -> str:
    """The Verhoeff digit to append to ``digits``."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _D[c][_P[(i + 1) % 8][int(ch)]]
    return str(_INV[c])


def is_valid(code: str) -> bool:
    return (
        len(code) == LENGTH
        and code.isascii()
        and code.isdigit()
        and _checksum(code) == 0
    )


def generate() -> str:
    """A new code: 19 random digits and their check digit (20 ASCII digits)."""
    digits = "".join(secrets.choice("0123456789") for _ in range(RANDOM_DIGITS))
    return digits + check_digit(digits)


def grouped(code: str) -> str:
    """ "12345678901234567890" -> "1234 5678 9012 3456 7890" """
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalise(text: str) -> str:
    """What a person typed -> 20 ASCII digits.

    Accepts spaces and dashes anywhere, Thai digits (๐-๙), full-width digits
    and any other Unicode decimal digits. Raises CodeFormatError when it is
    not 20 digits and CodeCheckError when the check digit does not match.
    """
    digits = []
    for ch in text.strip()[:200]:
        if ch in SEPARATORS:
            continue
        if unicodedata.category(ch) != "Nd":
            raise CodeFormatError(text)
        digits.append(str(unicodedata.digit(ch)))
    code = "".join(digits)
    if len(code) != LENGTH:
        raise CodeFormatError(text)
    if _checksum(code) != 0:
        raise CodeCheckError(text)
    return code


def code_hash(code: str) -> str:
    """HMAC-SHA256 of a normalised code under REPORTS_HMAC_KEY (hex)."""
    key = settings.REPORTS_HMAC_KEY.encode()
    return hmac.new(key, code.encode("ascii"), hashlib.sha256).hexdigest()
