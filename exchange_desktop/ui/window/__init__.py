"""The main window, its menus and start-up: what holds the tabs together."""
