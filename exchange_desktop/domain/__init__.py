"""The entities of an exchange and the rules about them: plain Python, no Qt, no SQL."""
