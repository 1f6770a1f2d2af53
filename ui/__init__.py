"""Presentation: PySide6 widgets and Qt models. Calls ``app``; never builds SQL."""
