"""Persistence: the SQLite file, its schema and migrations, and the mapping to the domain."""
