"""The *Programma* tab: the programme of the day, its items and summary."""
