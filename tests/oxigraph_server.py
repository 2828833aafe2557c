"""A real ``oxigraph serve`` on 127.0.0.1 for the store tests: started, waited for, stopped.

Not a fixture module on purpose (``conftest.py`` is shared): test modules wrap ``start`` in their
own fixtures. Every wait is bounded; a server that does not come up fails the test with its log.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

STARTUP_SECONDS = 20.0


def oxigraph_binary() -> str:
    """The ``oxigraph`` CLI of this venv (the ``test`` extra installs it), else one on PATH."""
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
        "oxigraph"
    )
    if found is None:
        pytest.skip("the oxigraph server CLI is not installed (pip install -e '.[test]')")
    return found


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class OxigraphServer:
    url: str
    location: Path
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start(location: Path, *, union_default_graph: bool = False) -> OxigraphServer:
    """Start a server on a free port of 127.0.0.1 storing in ``location``; wait for it."""
    binary = oxigraph_binary()
    location.mkdir(parents=True, exist_ok=True)
    last_log = ""
    for _attempt in range(3):  # another process may take the free port before the server binds
        port = free_port()
        log = location.parent / f"{location.name}-oxigraph-{port}.log"
        command = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
        if union_default_graph:
            command.append("--union-default-graph")
        with log.open("wb") as log_file:
            process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT)
        server = OxigraphServer(f"http://127.0.0.1:{port}", location, process, log)
        if _wait_until_ready(server):
            return server
        server.stop()
        last_log = log.read_text(errors="replace")
    raise RuntimeError(f"oxigraph serve did not come up in {STARTUP_SECONDS:g} s:\n{last_log}")


def _wait_until_ready(server: OxigraphServer) -> bool:
    probe = f"{server.url}/query?query=ASK%7B%7D"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            return False
        try:
            with opener.open(probe, timeout=1) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.05)
    return False
