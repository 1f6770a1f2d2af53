"""Storage layer: SQLAlchemy models, engine and session, migrations, backup.

Knows nothing of ``app`` or ``ui``.
"""
