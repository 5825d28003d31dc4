"""Run the app with uvicorn: in the foreground (``quotegraph serve``) or in a background thread."""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

__all__ = ["serve", "serve_in_background", "is_loopback"]

logger = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    """True when ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(app: FastAPI, *, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> None:
    """Serve ``app`` until interrupted."""
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)


@contextmanager
def serve_in_background(app: FastAPI, *, host: str = "127.0.0.1", port: int = 0,
                        timeout: float = 10.0) -> Iterator[str]:
    """Serve ``app`` from a daemon thread; yields its base URL and stops it on exit.

    ``port=0`` picks a free port. The socket is bound before the thread starts,
    so the URL is reachable as soon as the server reports it started.
    """
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", server_header=False, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name=f"quotegraph-serve-{bound}")
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError(f"the server on {host}:{bound} did not start within {timeout:.0f} s")
        time.sleep(0.02)
    try:
        yield f"http://{'[' + host + ']' if ':' in host else host}:{bound}"
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()
