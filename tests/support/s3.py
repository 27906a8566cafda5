"""A local S3-compatible server (moto in server mode) for the object-storage
tests: loopback only, objects in memory, gone when it stops.

    server = S3Server().start(); server.options("bucket"); server.stop()
"""

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ACCESS_KEY = "test-access-key"
SECRET_KEY = "test-secret-key"  # moto accepts any pair


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class S3Server:
    def __init__(self):
        self.port = _free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        binary = shutil.which("moto_server") or str(
            Path(sys.executable).with_name("moto_server")
        )
        self.process = subprocess.Popen(
            [binary, "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError("moto_server exited") from None
                time.sleep(0.1)
        raise RuntimeError("moto_server did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name="us-east-1",
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )

    def make_bucket(self, name):
        self.client().create_bucket(Bucket=name)
        return name

    def objects(self, bucket):
        """{key: bytes} of every object in ``bucket``."""
        client = self.client()
        listing = client.list_objects_v2(Bucket=bucket).get("Contents", [])
        return {
            item["Key"]: client.get_object(Bucket=bucket, Key=item["Key"])[
                "Body"
            ].read()
            for item in listing
        }

    def environment(self, bucket):
        """The variables an operator sets (deploy/portal.env) for this server."""
        return {
            "REPORTS_STORAGE": "s3",
            "REPORTS_S3_BUCKET": bucket,
            "REPORTS_S3_ENDPOINT_URL": self.endpoint,
            "REPORTS_S3_REGION": "us-east-1",
            "REPORTS_S3_ACCESS_KEY_ID": ACCESS_KEY,
            "REPORTS_S3_SECRET_ACCESS_KEY": SECRET_KEY,
        }
