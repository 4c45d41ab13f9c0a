"""Telling people: the messages of an exchange, as Outlook drafts or through the Comune's
mail server, with the log of what was sent (see README, "Messaggi")."""
