"""Behaviour: one sub-package per capability. Never imports Qt (it runs headless)."""

__version__ = "0.1.0"
