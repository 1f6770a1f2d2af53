"""Ledersamling in the window: package and merge dialogs, the package banner, presentation mode."""
