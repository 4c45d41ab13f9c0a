"""A database in a SQLite file on this computer: WAL, copies, backups, the instance marker."""
