"""Where the data lives: opening, the lock file, backups, encryption, conflicts, stored settings, safe file writes."""
