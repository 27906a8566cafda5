"""Tracking codes: format, check digit, normalisation, hashing."""

import itertools
import random

import pytest

from reports import codes


def test_generated_codes_are_20_ascii_digits_with_a_valid_check_digit():
    seen = {codes.generate() for _ in range(2000)}
    assert len(seen) == 2000
    for code in seen:
        assert len(code) == 20 and code.isascii() and code.isdigit()
        assert codes.is_valid(code)


def test_grouped_as_five_groups_of_four():
    assert codes.grouped("12345678901234567890") == "1234 5678 9012 3456 7890"


def test_check_digit_catches_every_single_wrong_digit():
    rng = random.Random(7)
    for _ in range(200):
        code = codes.generate()
        position = rng.randrange(20)
        for digit in "0123456789":
            if digit != code[position]:
                typo = code[:position] + digit + code[position + 1 :]
                assert not codes.is_valid(typo)


def test_check_digit_catches_every_swap_of_neighbours():
    for _ in range(200):
        code = codes.generate()
        for i in range(19):
            if code[i] != code[i + 1]:
                swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
                assert not codes.is_valid(swapped)


@pytest.mark.parametrize(
    "typed",
    [
        "{g}",
        "{s}",
        "{d}",
        " {s} ",
        "{thai}",
        "{fullwidth}",
        "{thai_spaced}",
    ],
)
def test_normalise_accepts_spaces_dashes_thai_and_fullwidth_digits(typed):
    code = codes.generate()
    thai = "".join(chr(0x0E50 + int(d)) for d in code)
    fullwidth = "".join(chr(0xFF10 + int(d)) for d in code)
    text = typed.format(
        g=code,
        s=codes.grouped(code),
        d=codes.grouped(code).replace(" ", "-"),
        thai=thai,
        fullwidth=fullwidth,
        thai_spaced=" ".join(thai[i : i + 4] for i in range(0, 20, 4)),
    )
    assert codes.normalise(text) == code


@pytest.mark.parametrize(
    "typed", ["", "1234", "abcd efgh", "1" * 21, "1234 5678 9012 3456 789x", "๑" * 19]
)
def test_normalise_rejects_what_is_not_a_code(typed):
    with pytest.raises(codes.CodeFormatError):
        codes.normalise(typed)


def test_normalise_reports_a_wrong_check_digit_separately():
    code = codes.generate()
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    with pytest.raises(codes.CodeCheckError):
        codes.normalise(wrong)


def test_hash_is_keyed_and_not_the_code(settings):
    code = codes.generate()
    digest = codes.code_hash(code)
    assert len(digest) == 64 and code not in digest
    settings.REPORTS_HMAC_KEY = "another-key"
    assert codes.code_hash(code) != digest


def test_known_verhoeff_vector():
    # Classic example: 236 -> check digit 3.
    assert codes.check_digit("236") == "3"
    assert codes._checksum("2363") == 0
    assert all(
        codes._checksum(str(n) + codes.check_digit(str(n))) == 0
        for n in itertools.islice(range(10**6, 10**7, 9973), 500)
    )
