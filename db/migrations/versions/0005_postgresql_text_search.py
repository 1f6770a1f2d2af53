"""full-text search over follow-up notes on PostgreSQL (generated tsvector columns with GIN indexes)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 05:30:00
"""

from __future__ import annotations

from alembic import op

from db.search_pg import create_statements, drop_statements

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite has its FTS5 index since 0003
    for statement in create_statements():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in drop_statements():
        op.execute(statement)
