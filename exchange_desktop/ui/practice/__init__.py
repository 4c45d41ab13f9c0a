"""The *Pratica* tab: the practice card, the list of practices, the coat of arms."""
