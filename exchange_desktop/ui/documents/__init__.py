"""The *Esporta* menu: PDF, Excel and calendar exports, the day's documents, signing."""
