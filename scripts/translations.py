"""Keep the English translation of the interface in step with the Italian source strings.

Usage, from the project folder::

    python scripts/translations.py update           # extract the strings into the .ts
    python scripts/translations.py missing [--json] # list what has no English yet
    python scripts/translations.py apply FILE.json  # write translations given as JSON
    python scripts/translations.py build            # compile the .ts into the .qm

``update`` runs ``pyside6-lupdate`` over every ``exchange_desktop/**/*.py`` into
``resources/translations/exchange_desktop_en.ts`` (source language it_IT, target en_GB),
keeping the translations already there; strings no longer in the sources are marked
"vanished" and kept (lupdate's ``-no-obsolete`` is not used, so a moved string is not lost).
``missing`` does the same extraction into a temporary copy, without touching the committed
file, and lists every string without a finished translation, or whose translation does not
keep the source's ``{placeholders}`` / ``%`` fields / ``&`` mnemonic, with context, source
and file:line; exit code 1 if there is any.  It also lists the "vanished" entries (strings
no longer in the sources, kept by lupdate for reuse), which do not change the exit code.
``build`` runs ``pyside6-lrelease`` into ``exchange_desktop_en.qm``, which is committed so
a clean checkout speaks English without a build step.  ``apply`` reads a JSON array
shaped like the output of ``missing --json`` (context, source, translation) and writes the
filled-in translations into the .ts.

The loop after adding strings is: ``update``; ``missing --json > todo.json``, fill in each
"translation" and ``apply todo.json`` (or translate in Qt Linguist,
``pyside6-linguist resources/translations/exchange_desktop_en.ts``); ``missing`` until it
prints nothing; ``build``; commit both files.

The command line's module function ``tr("...")`` (``exchange_desktop.cli.common.tr``) has no
class around it, so lupdate files it under an empty context; the program looks it up in
"CommandLine".  This script renames the empty context to "CommandLine" after lupdate (and
back before, so lupdate recognises the existing entries).

Qt's own texts (Yes/No buttons, file pickers) need no translator in English; in Italian they
come from PySide6's ``qtbase_it.qm``, loaded by ``exchange_desktop.ui.window.app``.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "exchange_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "exchange_desktop_en.ts"
QM_FILE = TRANSLATIONS / "exchange_desktop_en.qm"
SOURCE_LANGUAGE = "it_IT"
TARGET_LANGUAGE = "en_GB"
CLI_CONTEXT = "CommandLine"

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[sdr]|%[sdrn]")
_MNEMONIC = re.compile(r"&(?=[^&\s])")


@dataclass(frozen=True)
class Entry:
    """One message of the .ts: where it is, what it says, and how far its translation is."""

    context: str
    source: str
    translation: str
    state: str  # "finished", "unfinished", "vanished" or "obsolete"
    locations: tuple[str, ...]


def _tool(name: str) -> str:
    """The Qt tool shipped with PySide6: on PATH, or beside the Python interpreter."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "migrations" not in p.parts)


def _rename_context(ts: Path, old: str, new: str) -> None:
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.find("name")
        if name is not None and (name.text or "") == old:
            name.text = new
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    """Write the .ts the way Qt's tools do (DOCTYPE, UTF-8), so diffs stay small."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def extract(ts: Path) -> None:
    """Run lupdate over the sources into ``ts`` (created or updated in place)."""
    if ts.exists():
        _rename_context(ts, CLI_CONTEXT, "")
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *files,
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            TARGET_LANGUAGE,
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    _rename_context(ts, "", CLI_CONTEXT)


def read_entries(ts: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            kind = "" if translation is None else translation.get("type", "")
            state = kind or ("finished" if text else "unfinished")
            locations = tuple(
                f"{_from_ts(ts, loc.get('filename', ''))}:{loc.get('line', '')}"
                for loc in message.iter("location")
            )
            entries.append(Entry(name, message.findtext("source") or "", text, state, locations))
    return entries


def _from_ts(ts: Path, filename: str) -> str:
    """A location as lupdate writes it (relative to the .ts) made relative to the project."""
    try:
        return str((ts.parent / filename).resolve().relative_to(ROOT))
    except ValueError:
        return filename


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def mnemonic_count(text: str) -> int:
    return len(_MNEMONIC.findall(text.replace("&&", "")))


def problems(entry: Entry) -> list[str]:
    """Why ``entry`` cannot ship as it is; empty when its English is complete and consistent."""
    if entry.state in ("vanished", "obsolete"):
        return [f"{entry.state}: no longer in the sources"]
    found = []
    outside_cli = [p for p in entry.locations if not p.startswith("exchange_desktop/cli/")]
    if entry.context == CLI_CONTEXT and outside_cli:
        found.append(
            "tr() outside a class and outside the command line: lupdate gives it no context; "
            "use QCoreApplication.translate(context, text)"
        )
    if entry.state != "finished" or not entry.translation.strip():
        return [*found, "no finished translation"]
    if placeholders(entry.source) != placeholders(entry.translation):
        found.append(
            f"placeholders differ: {placeholders(entry.source)} vs "
            f"{placeholders(entry.translation)}"
        )
    if mnemonic_count(entry.source) != mnemonic_count(entry.translation):
        found.append("the & mnemonic is missing or doubled")
    return found


def current_entries() -> list[Entry]:
    """The committed .ts updated with the sources as they are now, in a temporary copy."""
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / TS_FILE.name
        if TS_FILE.exists():
            shutil.copy(TS_FILE, ts)
        extract(ts)
        return read_entries(ts)


_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def unextractable() -> list[dict[str, object]]:
    """Calls lupdate cannot read: an f-string as the text, or a context that is not a literal
    beside a literal text (the string is shown untranslated and no test would notice).
    """
    found: list[dict[str, object]] = []
    for path in source_files():
        found.extend(_wrappers(path))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in _CALLS:
                continue
            args = node.args
            why = ""
            if any(isinstance(a, ast.JoinedStr) for a in args[:2]):
                why = "an f-string cannot be extracted: translate the template, then .format()"
            elif (
                len(args) >= 2
                and not isinstance(args[0], ast.Constant)
                and isinstance(args[1], ast.Constant)
            ):
                why = "the context must be a string literal for lupdate to extract the text"
            if why:
                text = args[1] if len(args) >= 2 else args[0]
                found.append(
                    {
                        "context": "",
                        "source": ast.unparse(text),
                        "translation": "",
                        "state": "unextractable",
                        "locations": [f"{path.relative_to(ROOT)}:{node.lineno}"],
                        "problem": why,
                    }
                )
    return found


#: The command line's ``tr`` is the one wrapper this script knows how to extract (see above).
_KNOWN_WRAPPERS = {("exchange_desktop/cli/common.py", "tr")}


def _wrappers(path: Path) -> list[dict[str, object]]:
    """Functions such as ``def _tr(text): return translate("Ctx", text)``: lupdate never
    sees the texts passed to them, so they would stay Italian in the English interface.
    """
    found: list[dict[str, object]] = []
    relative = path.relative_to(ROOT).as_posix()
    for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if (relative, function.name) in _KNOWN_WRAPPERS:
            continue
        parameters = {a.arg for a in function.args.args}
        for node in ast.walk(function):
            if (
                isinstance(node, ast.Call)
                and len(node.args) >= 2
                and getattr(node.func, "attr", getattr(node.func, "id", "")) in _CALLS
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[1], ast.Name)
                and node.args[1].id in parameters
            ):
                found.append(
                    {
                        "context": str(node.args[0].value),
                        "source": f"{function.name}(...)",
                        "translation": "",
                        "state": "unextractable",
                        "locations": [f"{relative}:{function.lineno}"],
                        "problem": "a wrapper around translate hides its texts from lupdate: "
                        "call QCoreApplication.translate with the literal text instead",
                    }
                )
    return found


def missing_report() -> list[dict[str, object]]:
    """Every message the English interface would show in Italian, or show wrongly."""
    report = unextractable()
    for entry in current_entries():
        for problem in problems(entry):
            item = asdict(entry)
            item["locations"] = list(entry.locations)
            item["problem"] = problem
            report.append(item)
    return report


def apply(items: list[dict[str, str]], ts: Path = TS_FILE) -> int:
    """Write translations (objects with context, source, translation) into the .ts.

    The objects are those ``missing --json`` prints, with ``translation`` filled in; an empty
    translation is skipped.  Returns how many messages were set.
    """
    wanted = {(i["context"], i["source"]): i["translation"] for i in items if i["translation"]}
    tree = ET.parse(ts)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = wanted.get((name, message.findtext("source") or ""))
            if text is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    _write(tree, ts)
    return done


def build(ts: Path = TS_FILE, qm: Path = QM_FILE) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        cwd=ROOT,
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the source strings into the .ts")
    missing = commands.add_parser("missing", help="list strings without a finished translation")
    missing.add_argument("--json", action="store_true", help="print a JSON array")
    apply_command = commands.add_parser(
        "apply", help="write translations from a JSON file shaped like 'missing --json'"
    )
    apply_command.add_argument("file", type=Path)
    commands.add_parser("build", help="compile the .ts into the .qm")
    args = parser.parse_args(argv)
    if args.command == "update":
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        extract(TS_FILE)
        entries = read_entries(TS_FILE)
        todo = sum(1 for e in entries if e.state == "unfinished")
        print(f"{TS_FILE.relative_to(ROOT)}: {len(entries)} strings, {todo} to translate")
        return 0
    if args.command == "apply":
        items = json.loads(args.file.read_text(encoding="utf-8"))
        print(f"{apply(items)} translations written to {TS_FILE.relative_to(ROOT)}")
        return 0
    if args.command == "build":
        build()
        print(QM_FILE.relative_to(ROOT))
        return 0
    report = missing_report()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for item in report:
            where = ", ".join(item["locations"]) or "-"
            print(f"{where}  [{item['context']}] {item['problem']}")
            print(f"    {item['source']!r}")
            if item["translation"]:
                print(f"    -> {item['translation']!r}")
    to_fix = [r for r in report if r["state"] not in ("vanished", "obsolete")]
    if not args.json:
        print(f"{len(to_fix)} to fix, {len(report) - len(to_fix)} vanished", file=sys.stderr)
    return 1 if to_fix else 0


if __name__ == "__main__":
    sys.exit(main())
