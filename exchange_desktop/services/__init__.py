"""What the clerk does, as functions: each one a single transaction on the database."""
