"""Sessions and their dates: proposing, choosing and confirming dates, the O/E modes, moving a
confirmed day, the Enti's availability and the calendar files."""
