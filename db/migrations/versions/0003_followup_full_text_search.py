"""full-text search over follow-up notes; index for the newest copy of an action item

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 01:10:00
"""

from __future__ import annotations

from alembic import op

from db.search_index import create_statements, drop_statements, fill_statements

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index('ix_action_item_carried_from', ['carried_from_id'], unique=False)
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL gets its own text search columns in a later revision
    for statement in create_statements() + fill_statements():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in drop_statements():
            op.execute(statement)
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index('ix_action_item_carried_from')
