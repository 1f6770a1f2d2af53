"""Fixed choices shared by the command line and the window (kept import-light for start-up)."""

PAGES = ("oversikt", "organisasjon", "avtaler", "oppfolging", "budsjett")
LANGUAGES = ("nb", "nn", "en")
