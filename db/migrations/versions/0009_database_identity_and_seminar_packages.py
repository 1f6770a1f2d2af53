"""database identity and seminar packages (issue 21)

Every database gets an identity of its own: one row in ``database_identity`` with a new UUID,
made here, so a file upgraded to this revision and a new file alike have one. A seminar
package records the identity of the database it was made from (``seminar_package``), keeps its
base snapshot (``seminar_base_row``) and may hold seminar notes with action items
(``seminar_note``, ``seminar_action``).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 18:00:00
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('database_identity',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_database_identity'))
    )
    op.create_table('seminar_base_row',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seminar_base_row')),
    sa.UniqueConstraint('table_name', 'row_id', name=op.f('uq_seminar_base_row_table_name_row_id'))
    )
    op.create_table('seminar_package',
    sa.Column('source_identity', sa.Uuid(), nullable=False),
    sa.Column('source_name', sa.String(length=500), nullable=False),
    sa.Column('made_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('made_by', sa.String(length=100), nullable=False),
    sa.Column('made_on', sa.String(length=200), nullable=False),
    sa.Column('schema_revision', sa.String(length=32), nullable=False),
    sa.Column('selection', sa.JSON(), nullable=False),
    sa.Column('this_file', sa.Boolean(), nullable=False),
    sa.Column('merged_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_by', sa.String(length=100), nullable=False),
    sa.Column('merged_from', sa.String(length=500), nullable=False),
    sa.Column('merge_summary', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seminar_package'))
    )
    op.create_table('seminar_note',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('decisions', sa.JSON(), nullable=False),
    sa.Column('scenario_id', sa.Uuid(), nullable=True),
    sa.Column('unit_ids', sa.JSON(), nullable=False),
    sa.Column('goal_ids', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['scenario_id'], ['org_version.id'],
                            name=op.f('fk_seminar_note_scenario_id_org_version'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seminar_note'))
    )
    op.create_table('seminar_action',
    sa.Column('note_id', sa.Uuid(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner_text', sa.String(length=200), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('action_item_id', sa.Uuid(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_item_id'], ['action_item.id'],
                            name=op.f('fk_seminar_action_action_item_id_action_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['note_id'], ['seminar_note.id'],
                            name=op.f('fk_seminar_action_note_id_seminar_note'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'],
                            name=op.f('fk_seminar_action_unit_id_unit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seminar_action'))
    )
    op.create_index('ix_seminar_action_note', 'seminar_action', ['note_id'], unique=False)

    now = datetime.now(UTC)
    identity = sa.table('database_identity', sa.column('id', sa.Uuid()), sa.column('name', sa.String()),
                        sa.column('created_at', sa.DateTime(timezone=True)),
                        sa.column('updated_at', sa.DateTime(timezone=True)), sa.column('version', sa.Integer()))
    op.bulk_insert(identity, [{'id': uuid.uuid4(), 'name': '', 'created_at': now, 'updated_at': now, 'version': 1}])


def downgrade() -> None:

    op.drop_index('ix_seminar_action_note', table_name='seminar_action')
    op.drop_table('seminar_action')
    op.drop_table('seminar_note')
    op.drop_table('seminar_package')
    op.drop_table('seminar_base_row')
    op.drop_table('database_identity')
