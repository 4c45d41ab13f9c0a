"""A database on a shared PostgreSQL server: its connection, address, password and errors."""
