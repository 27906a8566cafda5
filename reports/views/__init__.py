"""Views of the reports app.

- ``public``: the report form and the tracking page (served by their pages)
- ``cases``: the case queue in the admin (registered by viewsets.py)
- ``second_factor``: the second sign-in step of staff who can read cases
"""
