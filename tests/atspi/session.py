"""Inside one D-Bus session (run under ``dbus-run-session``): start the program, read it
over AT-SPI with the system's Python 3, stop the program.  ``session.py FOLDER OUT.json``."""

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(folder: Path, out_file: Path) -> int:
    ready, done = folder / "ready", folder / "done"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",  # Qt's AT-SPI bridge without a screen reader
        "QT_ACCESSIBILITY": "1",
    }
    app = subprocess.Popen(
        [sys.executable, str(HERE / "app.py"), str(folder), str(ready), str(done)], env=env
    )
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            if app.poll() is not None or time.monotonic() > deadline:
                return 3
            time.sleep(0.1)
        reader = subprocess.run(
            [
                "/usr/bin/python3",
                str(HERE / "reader.py"),
                "Exchange Desktop",
                str(out_file),
                str(folder / "listening"),
            ],
            env={k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")},
            check=False,
            timeout=120,
        )
        return reader.returncode
    finally:
        done.write_text("done")
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
