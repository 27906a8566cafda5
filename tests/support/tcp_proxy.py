"""A loopback TCP proxy that can fail on purpose, for the fault tests.

proxy = FaultyProxy(target_port).start()   # forwards 127.0.0.1:proxy.port
proxy.refuse()   # existing connections cut, new ones refused
proxy.hang()     # connections accepted, then silence (nothing forwarded)
proxy.forward()  # back to normal
"""

import contextlib
import socket
import threading
import time


class FaultyProxy:
    def __init__(self, target_port, target_host="127.0.0.1"):
        self.target = (target_host, target_port)
        self.mode = "forward"
        self._listener = None
        self._sockets = set()
        self._lock = threading.Lock()
        self.accepted = 0  # connections accepted since the last mode change
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]

    # --- modes ---------------------------------------------------------------

    def start(self):
        self._listen()
        return self

    def forward(self):
        self._switch("forward")

    def hang(self):
        self._switch("hang")

    def refuse(self):
        self._switch("refuse")

    def stop(self):
        self._switch("refuse")

    def _switch(self, mode):
        self._cut_all()
        self.accepted = 0
        self.mode = mode
        if mode == "refuse":
            self._close_listener()
        elif self._listener is None:
            self._listen()

    def wait_for_connection(self, timeout=30.0):
        deadline = time.monotonic() + timeout
        while self.accepted == 0:
            if time.monotonic() > deadline:
                raise TimeoutError("nobody connected through the proxy")
            time.sleep(0.05)

    # --- plumbing ------------------------------------------------------------

    def _listen(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(128)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _close_listener(self):
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            self.accepted += 1
            self._track(client)
            if self.mode == "hang":
                continue  # held open, never answered
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                self._drop(client)
                continue
            upstream.settimeout(None)
            self._track(upstream)
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(
                    target=self._pump, args=(source, sink), daemon=True
                ).start()

    def _pump(self, source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            self._drop(source)
            self._drop(sink)

    def _track(self, sock):
        with self._lock:
            self._sockets.add(sock)

    def _drop(self, sock):
        with self._lock:
            self._sockets.discard(sock)
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()

    def _cut_all(self):
        with self._lock:
            sockets, self._sockets = self._sockets, set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
