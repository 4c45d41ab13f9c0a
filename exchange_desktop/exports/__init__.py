"""Documents and files the office sends out (PDF now; Excel and calendar files later).

Heavy libraries (reportlab, openpyxl) are imported only by the modules that need them, and
those modules are imported lazily by the services, so that the window opens quickly.
"""
