"""Read an application's controls over AT-SPI, from outside its process, as Orca would.

Run with the system's Python 3 (Debian's python3-pyatspi), not the test environment:
``python3 reader.py APP_NAME OUT.json [LISTENING]``.  Writes one record per accessible
object of the application's windows: role, name, description, states, the names of its
labels (``labelled-by`` relations) and the window it is in.  With LISTENING, it then
creates that file and, for a few seconds, writes to ``OUT.events.json`` what a screen
reader hears: announcements and where the focus goes.
"""

import json
import sys
import time

import pyatspi

MAX_NODES = 5000
#: Roles whose children are cells: the table itself is what is named.
CONTAINERS = {"table", "tree table", "list", "tree", "combo box", "menu bar", "menu"}


def _labels(node):
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for index in range(relation.getNTargets()):
                names.append(relation.getTarget(index).name)
    return names


def _record(node, window, path):
    states = node.getState()
    return {
        "path": path,
        "role": node.getRoleName(),
        "name": node.name,
        "description": node.description,
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "showing": states.contains(pyatspi.STATE_SHOWING),
        "enabled": states.contains(pyatspi.STATE_ENABLED),
        "labelled_by": _labels(node),
        "window": window,
    }


def _walk(node, window, out, path=""):
    if node is None or len(out) >= MAX_NODES:
        return
    here = f"{path}/{node.getRoleName()}:{node.name}"
    out.append(_record(node, window, here))
    if node.getRoleName() in CONTAINERS:
        return
    for index in range(node.childCount):
        _walk(node.getChildAtIndex(index), window, out, here)


def listen(listening, out_file, seconds=8.0):
    """The announcements and focus changes of the next seconds (the program acts once
    ``listening`` exists)."""
    from gi.repository import GLib

    heard = []

    def hear(event):
        source = event.source
        heard.append(
            {
                "type": event.type,
                "source": source.name if source is not None else "",
                "role": source.getRoleName() if source is not None else "",
                "data": event.any_data if isinstance(event.any_data, str) else "",
                "detail": event.detail1,
            }
        )

    pyatspi.Registry.registerEventListener(hear, "object:announcement", "focus:")
    pyatspi.Registry.registerEventListener(hear, "object:state-changed:focused")
    GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
    GLib.timeout_add(300, lambda: open(listening, "w").close() or False)
    pyatspi.Registry.start()
    with open(out_file, "w", encoding="utf-8") as stream:
        json.dump(heard, stream, ensure_ascii=False, indent=1)


def main(app_name, out_file, timeout=30.0):
    deadline = time.monotonic() + timeout
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        found = [a for a in apps if a is not None and a.name == app_name]
        if found and found[0].childCount:
            break
        if time.monotonic() > deadline:
            names = [a.name for a in apps if a is not None]
            sys.exit(f"no application {app_name!r} on the bus; there are {names}")
        time.sleep(0.2)
    records = []
    app = found[0]
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        _walk(window, window.name, records)
    with open(out_file, "w", encoding="utf-8") as stream:
        json.dump(records, stream, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
    if len(sys.argv) > 3:
        listen(sys.argv[3], sys.argv[2].removesuffix(".json") + ".events.json")
