"""Files the office receives: participant lists from spreadsheets, webinar attendance reports.

The spreadsheet reader (python-calamine) is imported only when a file is read, so that the
window opens quickly.
"""
