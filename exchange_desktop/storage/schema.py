"""The schema's revisions: what the migrations bring a database to, on either backend."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    # alembic is imported only when a schema must be checked or changed (start-up time)
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {
        script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the project ships at least one migration"
    return head


_REVISION_LINE = re.compile(r"^(down_revision|revision) = (?:\"(\w+)\"|None)$", re.MULTILINE)


def head_from_files() -> str | None:
    """The newest revision, read from the migration files without importing alembic (which
    takes a third of a second); None when they do not have exactly one head."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found or "down_revision" not in found:
            return None
        revisions.add(found["revision"])
        parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
