"""The spreadsheet reader's child process does not outlive a killed command.

A command killed during an import (SIGKILL, Task Manager) used to leave its reader child
blocked on the pool's pipe for minutes, holding the dead command's stdout open (a script
waiting for that output hung) and its temporary file behind.  Here a real
``import-participants`` of 5,000 rows is killed while the child lives; the child must go,
the output reach its end, and the next command remove the temporary file.  The 20-kill run
with figures is ``benchmarks/kill_import_benchmark.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from cli_helpers import REPO_ROOT
from process_helpers import (
    big_list,
    command_env,
    import_args,
    integrity,
    is_reader,
    process_children,
    reader_started,
    sample_database,
    still_running,
    wait_until,
)
from sheet_generators import people_xlsx, where_streams_go

from exchange_desktop.imports import child_process
from exchange_desktop.imports.isolated import run_isolated

#: Generous deadlines for a loaded machine: what is waited for happens in well under 1 s.
START_DEADLINE_S = 60.0
GONE_DEADLINE_S = 15.0


def test_the_child_keeps_none_of_the_parents_streams(tmp_path: Path) -> None:
    source = people_xlsx(tmp_path / "iscritti.xlsx")
    stdin_null, stdout_null, stderr_size = run_isolated(where_streams_go, source)
    assert (stdin_null, stdout_null) == (True, True)
    assert stderr_size > 0  # written to its own file, which run_isolated then removed
    assert list(Path(tempfile.gettempdir()).glob(f"{child_process.PREFIX}{os.getpid()}-*")) == []


def test_leftovers_of_ended_processes_are_removed_those_of_running_ones_kept(
    tmp_path: Path,
) -> None:
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    dead = tmp_path / f"{child_process.PREFIX}{ended.pid}-abc123.txt"
    mine = tmp_path / f"{child_process.PREFIX}{os.getpid()}-abc123.txt"
    old_unnamed = tmp_path / f"{child_process.PREFIX}k2j4h_5x.txt"
    new_unnamed = tmp_path / f"{child_process.PREFIX}q9w8e7r6.txt"
    other = tmp_path / "exchange-roster-1.txt"
    for path in (dead, mine, old_unnamed, new_unnamed, other):
        path.write_text("x", encoding="utf-8")
    two_hours_ago = time.time() - 7200
    os.utime(old_unnamed, (two_hours_ago, two_hours_ago))
    assert child_process.remove_leftovers(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (mine, new_unnamed, other)
    )
    assert child_process.process_alive(os.getpid())
    assert not child_process.process_alive(ended.pid)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds the child in /proc")
@pytest.mark.parametrize("moment", ["starting", "reading"])
def test_a_killed_import_leaves_no_child_and_no_file(
    tmp_path: Path, isolated_data_dir: Path, moment: str
) -> None:
    """Killed as soon as the child exists (``starting``) or once it reads (``reading``)."""
    db_file = tmp_path / "scambi.sqlite"
    session_id = sample_database(db_file)
    source = big_list(tmp_path / "iscritti.xlsx")
    temp_dir = tmp_path / "temp"
    temp_dir.mkdir()
    env = command_env(isolated_data_dir, temp_dir)
    command = subprocess.Popen(
        import_args(db_file, session_id, source),
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    children: dict[int, str] = {}

    def reader_is_there() -> bool:
        children.update(process_children(command.pid))
        readers = [pid for pid in children if is_reader(pid)]
        return bool(readers) and (moment == "starting" or reader_started(readers[0]))

    try:
        assert wait_until(reader_is_there, START_DEADLINE_S), "no reader child appeared"
    finally:
        command.kill()
    # The output ends: nothing left holds the killed command's stdout or stderr.
    command.communicate(timeout=GONE_DEADLINE_S)
    assert wait_until(lambda: not still_running(children), GONE_DEADLINE_S), (
        f"still running: {still_running(children)}"
    )
    assert list(temp_dir.glob(f"{child_process.PREFIX}{command.pid}-*.txt"))  # left behind
    following = subprocess.run(
        import_args(db_file, session_id, source),
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert following.returncode == 0, following.stderr
    assert list(temp_dir.glob(f"{child_process.PREFIX}*")) == []
    assert integrity(db_file) == "ok"
