"""Smoke test of a frozen build (`make dist-check`, and CI after the suite): the three programs
start from the folder alone, on a fresh data directory, with nothing from the source tree.

    python packaging/smoke.py [dist/workstation]

1. `workstation-cli migrate` makes the schema with the bundled migrations on an empty data
   directory and prints its revision; `demo --no-sandbox` and `orders` list the demo orders;
   `lookup WAYBILL` finds a demo waybill's lines (exit 0), also typed under the Russian layout,
   and `lookup` of a code nobody has exits 3;
2. `workstation-sandbox serve` answers on loopback;
3. `workstation --quit-after 3` under QT_QPA_PLATFORM=offscreen: the window starts, loads the
   Russian catalogue (--lang ru), starts its sandbox through workstation-sandbox, and exits 0.
Any failure exits non-zero with the program's output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def run(args: list[str], expect: int = 0, **kw) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    done = subprocess.run(args, capture_output=True, text=True, timeout=180, **kw)
    if done.returncode != expect:
        raise SystemExit(f"{' '.join(args)} exited {done.returncode}, not {expect}\n{done.stdout}\n{done.stderr}")
    return done


# The same keys under the Russian layout (what a scanner types with the layout switched): the
# CLI finds the code as typed on a Latin layout. Digits are the same on both.
_RU = dict(zip("QWERTYUIOPASDFGHJKLZXCVBNM", "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ", strict=True))


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/workstation").resolve()
    suffix = ".exe" if os.name == "nt" else ""
    cli, gui, sandbox = (folder / f"{n}{suffix}" for n in ("workstation-cli", "workstation", "workstation-sandbox"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "QTWEBENGINE_CHROMIUM_FLAGS": os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        cli_at = [str(cli), "--data-dir", str(data)]
        print("cli: migrate on an empty data directory:", run([*cli_at, "migrate"], env=env, cwd=tmp).stdout.strip())
        run([*cli_at, "demo", "--orders", "12", "--no-sandbox"], env=env, cwd=tmp)
        listed = run([*cli_at, "orders"], env=env, cwd=tmp).stdout
        assert listed.count("ORD-") == 12, listed
        waybills = sorted({line["vend_purch_waybill"]
                           for order in json.loads(run([*cli_at, "--json", "orders"], env=env, cwd=tmp).stdout)
                           for line in json.loads(run([*cli_at, "--json", "lines", order["id"]],
                                                      env=env, cwd=tmp).stdout)["lines"]
                           if line.get("vend_purch_waybill")})
        assert waybills, "the demo orders carry no waybill to look up"
        code = next((w for w in waybills if not w.isdigit()), waybills[0])  # SF...: letters to retype
        found = run([*cli_at, "lookup", code], env=env, cwd=tmp).stdout
        assert found.startswith(f"{code}: waybill") and "ORD-" in found, found
        typed = "".join(_RU.get(c, c) for c in code.upper())
        assert "ORD-" in run([*cli_at, "lookup", typed], env=env, cwd=tmp).stdout
        run([*cli_at, "lookup", "ZZ0000000000000"], expect=3, env=env, cwd=tmp)
        print(f"cli: demo, orders, lookup {code} ({found.splitlines()[0].split(': ', 1)[1]}), "
              f"also as {typed}, and an unknown code exits 3")

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

        window = run([str(gui), "--data-dir", str(Path(tmp) / "gui"), "--lang", "ru", "--quit-after", "3"],
                     env=env, cwd=tmp)
        print("window: --quit-after 3 offscreen exited 0", window.stderr.strip()[-200:])
    print("frozen build ok:", folder)


if __name__ == "__main__":
    main()
