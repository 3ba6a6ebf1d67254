"""Screenshots of the whole window's panes on a fresh demo (run under Xvfb).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_window_screenshots.py OUT_DIR
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp())
    from workstation.sandbox.launcher import stop_running

    proc = subprocess.Popen([sys.executable, "-m", "workstation", "--data-dir", str(data)])
    try:
        time.sleep(7)
        # the tabs of the panes, left to right, in screen pixels (no window manager: the window is at 0,0)
        for x, name in ((32, "orders"), (104, "purchase"), (183, "activities"), (268, "warehouse")):
            subprocess.run(["xdotool", "mousemove", str(x), "32", "click", "1"], check=False)
            time.sleep(1.2)
            subprocess.run(["import", "-window", "root", str(out / f"window-{name}.png")], check=True)
    finally:
        proc.terminate()
        proc.wait(20)
        stop_running(data / "sandbox")
    print("saved in", out)


if __name__ == "__main__":
    main()
