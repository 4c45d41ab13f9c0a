"""The *Date* tab: sessions, proposed dates, availability, the session editor."""
