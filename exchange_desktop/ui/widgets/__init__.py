"""Pieces shared by every tab: form building, autosave, undo, dialogs, background work."""
