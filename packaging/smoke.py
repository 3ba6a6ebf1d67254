"""Smoke test of a frozen build (`make dist-check`): the three programs start from the folder
alone, on a fresh data directory, with nothing from the source tree.

    python packaging/smoke.py [dist/workstation]

1. `workstation-cli demo --no-sandbox`, `orders`, `migrate`: the schema is made by the bundled
   migrations and the demo orders are listed;
2. `workstation-sandbox serve` answers on loopback;
3. `workstation --quit-after 8` under QT_QPA_PLATFORM=offscreen: the window starts, starts its
   sandbox through workstation-sandbox, loads the Russian catalogue (--lang ru) and quits cleanly.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def run(args: list[str], **kw) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    done = subprocess.run(args, capture_output=True, text=True, timeout=180, **kw)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/workstation").resolve()
    suffix = ".exe" if os.name == "nt" else ""
    cli, gui, sandbox = (folder / f"{n}{suffix}" for n in ("workstation-cli", "workstation", "workstation-sandbox"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "QTWEBENGINE_CHROMIUM_FLAGS": os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        run([str(cli), "--data-dir", str(data), "demo", "--orders", "12", "--no-sandbox"], env=env, cwd=tmp)
        listed = run([str(cli), "--data-dir", str(data), "orders"], env=env, cwd=tmp).stdout
        assert listed.count("ORD-") == 12, listed
        print("cli: demo and orders ok; schema", run([str(cli), "--data-dir", str(data), "migrate"],
                                                     env=env, cwd=tmp).stdout.strip())

        market = Path(tmp) / "market"
        server = subprocess.Popen([str(sandbox), "serve", "--dir", str(market), "--port", "0"], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp)
        try:
            line = server.stdout.readline() if server.stdout else ""
            assert "serving on" in line, line
            url = line.split("serving on ", 1)[1].split()[0]
            deadline = time.monotonic() + 20
            while True:
                try:
                    urllib.request.urlopen(url + "/health", timeout=2).read()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
            print("sandbox: serving on", url)
        finally:
            server.terminate()
            server.wait(20)

        window = run([str(gui), "--data-dir", str(Path(tmp) / "gui"), "--lang", "ru", "--quit-after", "8"],
                     env=env, cwd=tmp)
        print("window: started and quit cleanly", window.stderr.strip()[-200:])
    print("frozen build ok:", folder)


if __name__ == "__main__":
    main()
