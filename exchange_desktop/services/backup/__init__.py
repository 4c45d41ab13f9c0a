"""Copies of the data: backups and restores as the clerk asks for them, and moving the data to a
server."""
