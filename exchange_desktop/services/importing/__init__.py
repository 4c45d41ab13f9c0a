"""Importing participants from a spreadsheet: which column is which, the preview of every row, and
the import in one transaction."""
