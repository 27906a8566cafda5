"""A plain HTTP(S) client for the deployment tests: a person on their own
address, with cookies, sending forms as a browser would (CSRF token, Origin).

    person = Visitor(Address(port, "https://portal.example.go.th"), source="127.0.0.2")
    page = person.get("/th/"); person.post(url, {"code": ...})
"""

import http.cookies
import re
from dataclasses import dataclass

import urllib3

TOKEN = re.compile(r'name="(csrfmiddlewaretoken|token)" value="([^"]+)"')


@dataclass
class Address:
    """Where to connect (a port on 127.0.0.1, with TLS or without) and the
    site as a browser sees it (``origin``: its Host and Origin headers)."""

    port: int
    origin: str
    tls: bool = True
    ca_certs: str | None = None  # the certificate to trust (self-signed)

    @property
    def host(self):
        return self.origin.split("://", 1)[1]

    @property
    def host_name(self):
        return self.host.split(":", 1)[0]


@dataclass
class Response:
    status: int
    headers: urllib3.HTTPHeaderDict
    data: bytes
    url: str = ""  # where a followed GET ended

    @property
    def text(self):
        return self.data.decode("utf-8", "replace")

    def tokens(self):
        """The form's hidden tokens (CSRF, and the report or reply token)."""
        return dict(TOKEN.findall(self.text))


class Visitor:
    def __init__(self, address: Address, *, source="127.0.0.1", headers=None):
        self.address = address
        self.cookies = {}
        self.extra_headers = headers or {}
        options = {"source_address": (source, 0), "retries": False, "timeout": 60}
        if address.tls:
            self.pool = urllib3.HTTPSConnectionPool(
                "127.0.0.1",
                address.port,
                server_hostname=address.host_name,
                cert_reqs="CERT_REQUIRED",
                ca_certs=address.ca_certs,
                maxsize=1,
                **options,
            )
        else:
            self.pool = urllib3.HTTPConnectionPool(
                "127.0.0.1", address.port, maxsize=1, **options
            )

    def _headers(self, extra):
        headers = {
            "Host": self.address.host,
            "Accept-Language": "th",
            **self.extra_headers,
            **(extra or {}),
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return headers

    def _keep_cookies(self, response):
        for header in response.headers.getlist("Set-Cookie"):
            cookie = http.cookies.SimpleCookie()
            cookie.load(header)
            for name, morsel in cookie.items():
                if morsel["max-age"] == "0" or morsel.value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value

    def request(self, method, path, *, headers=None, **kwargs):
        response = self.pool.request(
            method,
            path,
            headers=self._headers(headers),
            redirect=False,
            preload_content=True,
            **kwargs,
        )
        self._keep_cookies(response)
        return Response(response.status, response.headers, response.data)

    def get(self, path, *, headers=None, follow=False):
        response = self.request("GET", path, headers=headers)
        for _ in range(5 if follow else 0):
            if response.status not in {301, 302, 303}:
                break
            path = response.headers["Location"]
            response = self.request("GET", path, headers=headers)
        response.url = path
        return response

    def post(self, path, fields, *, headers=None, files=None):
        """A form post, multipart when ``files`` ({name: [(filename, bytes,
        type)]}) are sent; CSRF token and Origin as a browser sends them."""
        headers = {"Origin": self.address.origin, **(headers or {})}
        body = []
        for name, value in fields.items() if isinstance(fields, dict) else fields:
            values = value if isinstance(value, list | tuple) else [value]
            body += [(name, str(item)) for item in values]
        if files:
            for name, items in files.items():
                body += [(name, item) for item in items]
            return self.request(
                "POST", path, headers=headers, fields=body, encode_multipart=True
            )
        return self.request(
            "POST", path, headers=headers, fields=body, encode_multipart=False
        )
