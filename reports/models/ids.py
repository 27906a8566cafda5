"""Ids and references that reveal neither order nor count.

Sequential ids would let whoever holds the database line reports up with a
log of connections, even with times rounded to the hour.
"""

import secrets

from django.db import models

# References: letters and digits nobody confuses on the phone (no 0/O, 1/I/L).
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def random_id() -> int:
    """A random primary key (below 2**53, so JavaScript reads it exactly)."""
    return secrets.randbelow(2**53 - 1) + 1


def new_reference() -> str:
    """ "CW-7KQ3-M9PX": random, so it says nothing of when or how many."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"CW-{chars[:4]}-{chars[4:]}"


class RandomIdModel(models.Model):
    id = models.BigIntegerField(primary_key=True, default=random_id, editable=False)

    class Meta:
        abstract = True
