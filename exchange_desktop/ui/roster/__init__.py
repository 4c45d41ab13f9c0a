"""The *Partecipanti* tab: the roster, registrations, imports, attendance, Enti."""
