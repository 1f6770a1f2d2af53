"""Data only: templates, code lists, translations, icons, help and demo data.

This file exists so the folder installs as a package and ``importlib.resources`` finds it.
Read these files through ``app.resources``, never from ``ui`` directly.
"""
