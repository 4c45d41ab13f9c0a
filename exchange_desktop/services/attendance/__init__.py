"""Who came: presence per sitting marked by hand or from a webinar's report, the sittings of the
day, and who qualifies for an attestato."""
