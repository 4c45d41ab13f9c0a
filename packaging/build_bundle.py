"""Build the one-folder bundle with PyInstaller and prove that it works, here or on Windows.

    python packaging/build_bundle.py [--skip-build] [--no-install]

Installs the ``packaging`` extra's pins (PyInstaller) when they are missing, builds
``dist/ExchangeDesktop/`` from ``packaging/exchange_desktop.spec``, then runs the bundled
program the way a clerk would, from a folder whose name has spaces and accents:
``--version`` (both executables), ``--help``, ``sample`` on a new database (so the frozen
Alembic migrations run), ``confirm-date``, ``import-participants`` (an .xlsx with a codice
fiscale), ``export-ics`` (without the system's time zone files), ``export-card``,
``export-signin`` and ``export-roster``; the PDFs must embed the DejaVu fonts.  It checks
that the shipped resources, Qt's Italian translations and the platform plugins are inside,
that the unused Qt modules are not, and starts the window on Qt's offscreen platform for a
few seconds.
Prints the time taken and the bundle's size; exit 0 when everything holds, 1 otherwise.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "exchange_desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "ExchangeDesktop"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
GUI_EXE = BUNDLE / f"ExchangeDesktop{EXE_SUFFIX}"
CLI_EXE = BUNDLE / f"exchange-desktop{EXE_SUFFIX}"
INTERNAL = BUNDLE / "_internal"
#: Seconds the window must stay up once Qt has loaded its platform plugin.
GUI_SECONDS = 4
#: Seconds the frozen program may take to get that far on a busy machine.
GUI_START_LIMIT = 90
#: What QT_DEBUG_PLUGINS prints once the offscreen platform plugin is in.
OFFSCREEN_LOADED = re.compile(r'"([^"]*qoffscreen[^"]*)" loaded library')
#: Qt modules the spec leaves out; finding one in the bundle means the exclusion broke.
MUST_BE_ABSENT = ("QtQml", "QtQuick", "QtNetwork", "QtSvg", "QtWebEngineCore", "Qt3DCore")
#: Tools of the tests and of development: in the bundle only if built from the wrong environment.
NOT_THE_PROGRAMS = ("mypy", "pydantic", "hypothesis", "pytest", "_pytest", "ruff", "importlinter")


class BundleError(Exception):
    """One thing the bundle does not do; the message says what."""


def project_version() -> str:
    text = (ROOT / "exchange_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    assert match, "exchange_desktop/__init__.py defines __version__"
    return match.group(1)


def packaging_requirements() -> list[str]:
    """The pins of the ``packaging`` extra in pyproject.toml: written once, used here."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["project"]["optional-dependencies"]["packaging"]


def ensure_tools() -> None:
    """Install the packaging extra's pins (from PyPI) unless they are already installed."""
    missing = []
    for requirement in packaging_requirements():
        name, _, pinned = requirement.partition("==")
        name = re.split(r"[<>=!~ ]", name)[0]
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            missing.append(requirement)
            continue
        if pinned and installed != pinned:
            missing.append(requirement)
    if missing:
        print(f"Installo {' '.join(missing)}", flush=True)
        lock = ROOT / "requirements" / "lock.txt"  # the versions the tests passed with
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "-c", str(lock), *missing], check=True
        )


def build() -> None:
    shutil.rmtree(BUNDLE, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )


def run(exe: Path, *args: str, env: dict[str, str], cwd: Path) -> str:
    """Run the bundled program; its stdout, or BundleError with its stderr."""
    result = subprocess.run(
        [str(exe), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        raise BundleError(
            f"{exe.name} {' '.join(args)}: uscita {result.returncode}\n{result.stderr}"
        )
    return result.stdout


def require(condition: bool, message: str) -> None:
    if not condition:
        raise BundleError(message)


def qt_dir() -> Path:
    """Qt's prefix in the bundle: PySide6/Qt on Linux, PySide6 itself on Windows."""
    for candidate in (INTERNAL / "PySide6" / "Qt", INTERNAL / "PySide6"):
        if (candidate / "plugins").is_dir():
            return candidate
    raise BundleError(f"nessuna cartella plugins di Qt in {INTERNAL / 'PySide6'}")


def check_contents() -> None:
    """Resources, migrations, Qt translations and plugins in; unused Qt modules out."""
    for source in (ROOT / "resources").rglob("*"):
        if source.is_file():
            bundled = INTERNAL / "resources" / source.relative_to(ROOT / "resources")
            require(bundled.is_file(), f"manca nel bundle: {bundled}")
    migrations = ROOT / "exchange_desktop" / "storage" / "migrations"
    for source in [migrations / "env.py", *migrations.glob("versions/*.py")]:
        bundled = INTERNAL / source.relative_to(ROOT)
        require(bundled.is_file(), f"manca nel bundle: {bundled}")
    qt_translations = qt_dir() / "translations"
    for name in ("qtbase_it.qm", "qtbase_en.qm"):
        require((qt_translations / name).is_file(), f"manca {qt_translations / name}")
    platforms = qt_dir() / "plugins" / "platforms"
    found = sorted(path.name for path in platforms.glob("*")) if platforms.is_dir() else []
    needed = "qwindows" if sys.platform == "win32" else "qxcb"
    require(any(needed in name for name in found), f"manca il plugin {needed} in {platforms}")
    require(any("qoffscreen" in name for name in found), f"manca qoffscreen in {platforms}")
    for module in MUST_BE_ABSENT:
        present = list((INTERNAL / "PySide6").glob(f"{module}.*"))
        require(not present, f"modulo Qt inutile nel bundle: {present}")
    for package in NOT_THE_PROGRAMS:
        present = list(INTERNAL.glob(f"{package}*")) + list(INTERNAL.glob(f"{package}*.dist-info"))
        require(not present, f"strumento di sviluppo nel bundle: {present}")


def pdf_fonts(path: Path) -> set[str]:
    """The embedded fonts of a PDF (only embedded ones carry a FontFile2 stream)."""
    from pypdf import PdfReader

    fonts: set[str] = set()
    for page in PdfReader(path).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptors = [font.get("/FontDescriptor")]
            descriptors += [
                d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
            ]
            if any(d is not None and "/FontFile2" in d.get_object() for d in descriptors):
                fonts.add(str(font["/BaseFont"]).split("+")[-1])
    return fonts


def write_participants(path: Path) -> Path:
    """A one-person sheet with a real codice fiscale: checking it reads the library's tables."""
    import openpyxl
    from codicefiscale import codicefiscale

    code = codicefiscale.encode(
        lastname="Rossi", firstname="Niccolò", gender="M", birthdate="01/02/1980",
        birthplace="Monza",
    )  # fmt: skip
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Cognome", "Nome", "Ente", "Email", "Codice fiscale"])
    sheet.append(["Rossi", "Niccolò", "Comune di Cantù", "n.rossi@example.it", code])
    workbook.save(path)
    return path


def check_commands(folder: Path, env: dict[str, str], version: str) -> None:
    """The command line, end to end, on paths with spaces and accents."""
    out = run(CLI_EXE, "--version", env=env, cwd=folder)
    require(out.strip() == f"exchange-desktop {version}", f"--version dice {out!r}")
    # The windowed twin has no stdout on Windows; it must still start and exit cleanly.
    run(GUI_EXE, "--version", env=env, cwd=folder)
    out = run(CLI_EXE, "--help", env=env, cwd=folder)
    require("export-signin" in out and "uso:" in out, f"--help incompleto:\n{out}")

    db = folder / "archivio è.sqlite"
    practice = run(CLI_EXE, "sample", "--db", str(db), env=env, cwd=folder).splitlines()[0]
    sessions = json.loads(run(CLI_EXE, "sessions", "--db", str(db), "--json", env=env, cwd=folder))
    session = str(sessions[0]["id"])
    day = sessions[0]["candidate_dates"][0]
    run(CLI_EXE, "confirm-date", "--db", str(db), "--session", session, day, env=env, cwd=folder)
    people = write_participants(folder / "Iscritti da importare.xlsx")
    out = run(CLI_EXE, "import-participants", "--db", str(db), "--session", session,
              str(people), env=env, cwd=folder)  # fmt: skip
    require(out.startswith("Importati: 1 "), f"import-participants dice {out!r}")
    # Times, so that the event is not a whole day (DATE values, no time zone): the bundle
    # must carry Europe/Rome itself (no system time zone database on Windows).
    run(CLI_EXE, "update-session", "--db", str(db), "--session", session, "--start", "9:30",
        "--end", "13:00", env=env, cwd=folder)  # fmt: skip
    calendar = folder / "Sessione è.ics"
    out = run(CLI_EXE, "export-ics", "--db", str(db), "--session", session, str(calendar),
              env=env, cwd=folder)  # fmt: skip
    require("TZID:Europe/Rome" in calendar.read_text(encoding="utf-8"), "ics senza Europe/Rome")
    card = folder / "Scheda è pratica.pdf"
    signin = folder / "Foglio firme è.pdf"
    roster = folder / "Iscritti è.xlsx"
    exports = (
        ("export-card", "--practice", practice, card),
        ("export-signin", "--session", session, signin),
        ("export-roster", "--practice", practice, roster),
    )
    for command, option, value, target in exports:
        out = run(
            CLI_EXE, command, "--db", str(db), option, value, str(target), env=env, cwd=folder
        )
        require(Path(out.strip()) == target, f"{command} dice {out!r}")
    for pdf in (card, signin):
        require(pdf.is_file() and pdf.stat().st_size > 0, f"{pdf} non scritto")
        fonts = pdf_fonts(pdf)
        require({"DejaVuSans", "DejaVuSans-Bold"} <= fonts, f"{pdf.name}: font {fonts}")
    require(roster.is_file() and roster.read_bytes()[:2] == b"PK", f"{roster} non scritto")


def check_window(folder: Path, env: dict[str, str]) -> None:
    """Start the window offscreen; it must load the bundled platform plugin and stay up.

    The console executable is used because it keeps stderr, where QT_DEBUG_PLUGINS tells
    which plugin directory Qt searched (the same prefix gives Qt its translations folder).
    """
    db = folder / "archivio è.sqlite"
    log = folder / "finestra.log"
    gui_env = {**env, "QT_DEBUG_PLUGINS": "1"}
    with log.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [str(CLI_EXE), "--db", str(db)],
            cwd=folder,
            env=gui_env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        try:
            deadline = time.monotonic() + GUI_START_LIMIT
            while process.poll() is None and time.monotonic() < deadline:
                if OFFSCREEN_LOADED.search(log.read_text(encoding="utf-8", errors="replace")):
                    break
                time.sleep(0.5)
            time.sleep(GUI_SECONDS)
            still_running = process.poll() is None
        finally:
            process.kill()
            process.wait(timeout=30)
    text = log.read_text(encoding="utf-8", errors="replace")
    require(still_running, f"la finestra si è chiusa da sola:\n{text[-3000:]}")
    require("Traceback" not in text, f"errore all'avvio della finestra:\n{text[-3000:]}")
    plugins = str((qt_dir() / "plugins" / "platforms").resolve())
    loaded = OFFSCREEN_LOADED.search(text)
    require(loaded is not None, "il plugin offscreen non risulta caricato")
    require(
        str(Path(loaded.group(1)).resolve()).startswith(plugins),
        f"plugin caricato fuori dal bundle: {loaded.group(1)}",
    )
    app_log = folder / "dati" / "logs" / "exchange-desktop.log"
    if app_log.exists():
        errors = [ln for ln in app_log.read_text(encoding="utf-8").splitlines() if " ERROR " in ln]
        require(not errors, f"errori nel log del programma: {errors}")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_bundle() -> None:
    version = project_version()
    require(CLI_EXE.is_file() and GUI_EXE.is_file(), f"eseguibili mancanti in {BUNDLE}")
    check_contents()
    with tempfile.TemporaryDirectory(prefix="exchange bundle ", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp) / "Niccolò" / "Documenti" / "Scambi 2026"
        folder.mkdir(parents=True)
        env = {
            **os.environ,
            "EXCHANGE_DESKTOP_DATA_DIR": str(folder / "dati"),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONIOENCODING": "utf-8",
            # No system time zone database, as on Windows: Europe/Rome must come from the
            # bundled tzdata package.
            "PYTHONTZPATH": "",
        }
        check_commands(folder, env, version)
        check_window(folder, env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="only check dist/")
    parser.add_argument("--no-install", action="store_true", help="do not pip install")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if not args.no_install:
            ensure_tools()
        if not args.skip_build:
            build()
    except subprocess.CalledProcessError as error:
        print(f"BUILD NON RIUSCITO: {' '.join(map(str, error.cmd))}", file=sys.stderr)
        return 1
    built = time.monotonic()
    try:
        check_bundle()
    except (BundleError, subprocess.SubprocessError) as error:
        print(f"BUNDLE NON VALIDO: {error}", file=sys.stderr)
        return 1
    done = time.monotonic()
    size = folder_size(BUNDLE) / 1_000_000
    print(
        f"Bundle OK: {BUNDLE} ({size:.0f} MB); build {built - started:.0f} s, "
        f"check {done - built:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
