"""scorecards: focus areas, indicators, values, forecasts (issue 19)

Placeholder reserved for this issue's schema; filled in by the work on it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 18:00:00
"""

from __future__ import annotations

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
