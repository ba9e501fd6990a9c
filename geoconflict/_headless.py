"""A small DevTools-protocol driver for Debian's headless Chromium (tests, benchmarks, screenshots).

Starts ``/usr/bin/chromium`` with a fresh profile and, by default, every network
request blocked (a dead proxy and a resolver that finds no host), then talks to the
page over the DevTools websocket (PyPI ``websocket-client``). It records every
request, failed load and uncaught exception, so a test can assert "zero failed
requests". It never downloads a browser.

    python -m geoconflict._headless screenshot MAP.html OUT.png [--size 1280x860] [--js CODE]
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

__all__ = ["Chromium", "find_chromium", "BrowserUnavailable"]

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--mute-audio", "--remote-allow-origins=*",
         "--remote-debugging-port=0"]
BLOCK_NETWORK = ["--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                 "--host-resolver-rules=MAP * ~NOTFOUND"]


class BrowserUnavailable(RuntimeError):
    """No usable Chromium (or websocket-client) on this machine; the message says why."""


def find_chromium() -> str | None:
    """Path of a Chromium binary: ``$CHROMIUM``, then chromium/chromium-browser on PATH."""
    env = os.environ.get("CHROMIUM")
    if env and Path(env).exists():
        return env
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Chromium:
    """One headless Chromium with one page, driven over the DevTools protocol."""

    def __init__(self, *, width: int = 1280, height: int = 860, block_network: bool = True,
                 executable: str | None = None, timeout: float = 60.0, touch: bool = False):
        try:
            import websocket  # websocket-client
        except ImportError as exc:  # pragma: no cover - declared in the test extra
            raise BrowserUnavailable("websocket-client is not installed") from exc
        exe = executable or find_chromium()
        if not exe:
            raise BrowserUnavailable("chromium not installed (make test installs Debian "
                                     "chromium when run as root with apt)")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="gc-chromium-")
        args = [exe, *FLAGS, *(BLOCK_NETWORK if block_network else []),
                f"--user-data-dir={self.profile}", f"--window-size={width},{height}",
                "about:blank"]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            port = self._wait_port()
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            targets = json.loads(opener.open(f"http://127.0.0.1:{port}/json/list",
                                             timeout=timeout).read())
            page = next(t for t in targets if t.get("type") == "page")
            self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=timeout,
                                                  suppress_origin=True)
        except Exception:
            self.close()
            raise
        self._next = 0
        self.events: list[dict] = []
        self.requests: list[str] = []
        self.failed: list[tuple[str, str]] = []
        self.exceptions: list[str] = []
        self._urls: dict[str, str] = {}
        for method in ("Page.enable", "Network.enable", "Runtime.enable"):
            self.send(method)
        self.emulate(width, height, touch=touch)

    def emulate(self, width: int, height: int, *, touch: bool = False) -> None:
        """Viewport of ``width`` x ``height`` CSS px; ``touch`` makes it a phone (mobile
        viewport, touch events, no mouse hover)."""
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                         "deviceScaleFactor": 1, "mobile": touch})
        self.send("Emulation.setTouchEmulationEnabled", {"enabled": touch, "maxTouchPoints": 5})
        self.send("Emulation.setEmitTouchEventsForMouse", {"enabled": touch,
                                                            "configuration": "mobile"})

    # -- plumbing ----------------------------------------------------------
    def _wait_port(self) -> int:
        marker = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if marker.exists():
                lines = marker.read_text().split()
                if lines:
                    return int(lines[0])
            if self.proc.poll() is not None:
                raise BrowserUnavailable(f"chromium exited with status {self.proc.returncode}")
            time.sleep(0.05)
        raise BrowserUnavailable("chromium did not open its DevTools port")

    def _record(self, msg: dict) -> None:
        method, p = msg.get("method"), msg.get("params") or {}
        if method == "Network.requestWillBeSent":
            url = p["request"]["url"]
            self._urls[p["requestId"]] = url
            self.requests.append(url)
        elif method == "Network.loadingFailed":
            self.failed.append((self._urls.get(p["requestId"], "?"), p.get("errorText", "")))
        elif method == "Network.responseReceived" and p["response"].get("status", 0) >= 400:
            self.failed.append((p["response"]["url"], str(p["response"]["status"])))
        elif method == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            self.exceptions.append(d.get("exception", {}).get("description") or d.get("text", ""))
        self.events.append(msg)

    def send(self, method: str, params: dict | None = None) -> dict:
        """Call a DevTools method and return its result (events on the way are recorded)."""
        self._next += 1
        mid = self._next
        self.ws.send(json.dumps({"id": mid, "method": method, "params": params or {}}))
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == mid:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self._record(msg)
        raise TimeoutError(method)

    # -- page API ------------------------------------------------------------
    def evaluate(self, expression: str) -> Any:
        """Value of a JavaScript expression in the page (promises are awaited)."""
        res = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                             "awaitPromise": True})
        if "exceptionDetails" in res:
            raise RuntimeError(res["exceptionDetails"].get("exception", {}).get("description")
                               or res["exceptionDetails"].get("text"))
        return res.get("result", {}).get("value")

    def open(self, url_or_path: str | os.PathLike, *, ready: str = "window.GC && GC.ready",
             timeout: float | None = None) -> float:
        """Navigate and wait until ``ready`` is true; returns the wall time in seconds."""
        url = str(url_or_path)
        if "://" not in url:
            url = Path(url).resolve().as_uri()
        t0 = time.perf_counter()
        self.send("Page.navigate", {"url": url})
        deadline = time.monotonic() + (timeout or self.timeout)
        while time.monotonic() < deadline:
            try:
                if self.evaluate(f"!!({ready})"):
                    return time.perf_counter() - t0
            except RuntimeError:
                pass
            time.sleep(0.02)
        raise TimeoutError(f"page not ready: {ready}")

    def click(self, x: float, y: float) -> None:
        """A real left click (press and release) at CSS pixel (x, y) of the viewport."""
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y,
                                                   "button": "left", "clickCount": 1})

    def tap(self, x: float, y: float) -> None:
        """A touch tap (start and end) at CSS pixel (x, y) of the viewport."""
        point = [{"x": x, "y": y, "radiusX": 4, "radiusY": 4, "force": 1}]
        self.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": point})
        self.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    def drain(self, seconds: float = 0.2) -> None:
        """Record events that arrive within ``seconds`` (late requests, exceptions)."""
        self.evaluate(f"new Promise(r => setTimeout(r, {int(seconds * 1000)}))")

    def screenshot(self, path: str | os.PathLike) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        out = Path(path)
        out.write_bytes(base64.b64decode(data))
        return out

    def external_requests(self) -> list[str]:
        """Requests that would leave the machine (anything but file: and data: URLs)."""
        return [u for u in self.requests if not u.startswith(("file:", "data:", "about:"))]

    def close(self) -> None:
        ws = getattr(self, "ws", None)
        if ws is not None:
            try:
                ws.close()
            except Exception:  # pragma: no cover
                pass
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:  # pragma: no cover
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m geoconflict._headless")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sp = sub.add_parser("screenshot", help="open a map offline and save a PNG of it")
    sp.add_argument("html")
    sp.add_argument("png")
    sp.add_argument("--size", default="1280x860", help="viewport WIDTHxHEIGHT")
    sp.add_argument("--js", default="", help="JavaScript to run before the shot")
    sp.add_argument("--touch", action="store_true", help="emulate a phone (mobile, touch)")
    args = ap.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    with Chromium(width=width, height=height, touch=args.touch) as br:
        secs = br.open(args.html)
        if args.js:
            br.evaluate(f"(() => {{ {args.js}; }})()")
        br.drain(0.5)
        br.screenshot(args.png)
        print(f"ready in {secs:.2f} s; {len(br.failed)} failed requests; wrote {args.png}")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
