"""Dialogs about the database file and the server: lock, passphrase, encryption, backup, connect."""
