"""The command line's modules form no import cycle, and only the entry points import
``cli.main`` (issue 23): the commands share ``cli.common`` instead."""

from __future__ import annotations

import grimp

CLI = "exchange_desktop.cli"


def _graph() -> grimp.ImportGraph:
    return grimp.build_graph("exchange_desktop", cache_dir=None)


def test_no_module_of_the_command_line_imports_itself_back() -> None:
    graph = _graph()
    for module in sorted(m for m in graph.modules if m.startswith(CLI + ".")):
        for imported in graph.find_modules_directly_imported_by(module):
            if imported.startswith(CLI + ".") and imported != module:
                assert not graph.chain_exists(imported, module), (module, imported)


def test_only_the_entry_points_import_the_parser() -> None:
    importers = _graph().find_modules_that_directly_import(f"{CLI}.main")
    assert importers == {"exchange_desktop.__main__"}
