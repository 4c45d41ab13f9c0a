"""Exchange Desktop: the office tool for a *scambio di buone pratiche* between Comuni."""

__version__ = "0.1.0"
APP_NAME = "Exchange Desktop"
APP_ID = "ExchangeDesktop"
