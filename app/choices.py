"""Fixed choices shared by the command line and the window (kept import-light for start-up)."""

PAGES = ("oversikt", "organisasjon", "avtaler", "oppfolging", "budsjett", "malekart")
LANGUAGES = ("nb", "nn", "en")
