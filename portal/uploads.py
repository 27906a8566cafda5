"""Uploads never touch the disk in plain form.

Django writes an upload to a temporary file once the request is larger than
FILE_UPLOAD_MAX_MEMORY_SIZE: two ordinary phone photos would leave a
complainant's pictures, GPS and all, in /tmp. This handler keeps every file in
memory and stops reading a file one byte past the largest size anything here
accepts, so an oversized file is still recognised as too large (and refused)
without being held whole.
"""

from django.core.files.uploadhandler import MemoryFileUploadHandler

MAX_FILE_BYTES = 10 * 1024 * 1024


class InMemoryUploadHandler(MemoryFileUploadHandler):
    def handle_raw_input(self, *args, **kwargs):
        super().handle_raw_input(*args, **kwargs)
        self.activated = True  # whatever the request's size

    def receive_data_chunk(self, raw_data, start):
        room = MAX_FILE_BYTES + 1 - self.file.tell()
        if room > 0:
            self.file.write(raw_data[:room])
