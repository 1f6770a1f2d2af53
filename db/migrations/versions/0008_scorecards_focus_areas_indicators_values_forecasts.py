"""scorecards: focus areas, indicators, values, forecasts (issue 19)

The målekart: focus areas, the municipality's goals and critical success factors, indicators,
the units' målekart, measured values, the monthly year-end forecast of a meeting, the rådmann's
yearly plan (tables A-E); agreement goals get a focus area, an indicator with its target and the
municipal goal they serve (on SQLite the goal table is copied and moved, foreign keys off).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('focus_area',
    sa.Column('municipality_id', sa.Uuid(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('name_nb', sa.String(length=200), nullable=False),
    sa.Column('name_nn', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_focus_area_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_focus_area')),
    sa.UniqueConstraint('municipality_id', 'key', name=op.f('uq_focus_area_municipality_id_key'))
    )
    op.create_table('municipal_goal',
    sa.Column('focus_area_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('goal', 'success_factor')", name=op.f('ck_municipal_goal_kind_known')),
    sa.ForeignKeyConstraint(['focus_area_id'], ['focus_area.id'], name=op.f('fk_municipal_goal_focus_area_id_focus_area'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_municipal_goal'))
    )
    with op.batch_alter_table('municipal_goal', schema=None) as batch_op:
        batch_op.create_index('ix_municipal_goal_focus_area', ['focus_area_id'], unique=False)

    op.create_table('indicator',
    sa.Column('municipality_id', sa.Uuid(), nullable=False),
    sa.Column('focus_area_id', sa.Uuid(), nullable=False),
    sa.Column('success_factor_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('measure', sa.String(length=40), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('target', sa.Numeric(precision=14, scale=4), nullable=True),
    sa.Column('yellow_limit', sa.Numeric(precision=14, scale=4), nullable=True),
    sa.Column('frequency', sa.String(length=8), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('rollup', sa.String(length=16), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("direction IN ('higher', 'lower')", name=op.f('ck_indicator_direction_known')),
    sa.CheckConstraint("frequency IN ('month', 'tertial', 'year')", name=op.f('ck_indicator_frequency_known')),
    sa.CheckConstraint("rollup IN ('sum', 'average', 'weighted_fte', 'none')", name=op.f('ck_indicator_rollup_known')),
    sa.CheckConstraint("source IN ('entered', 'imported', 'budget_deviation', 'sickness_absence', 'meetings_held', 'agreements_signed')", name=op.f('ck_indicator_source_known')),
    sa.ForeignKeyConstraint(['focus_area_id'], ['focus_area.id'], name=op.f('fk_indicator_focus_area_id_focus_area'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_indicator_municipality_id_municipality'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['success_factor_id'], ['municipal_goal.id'], name=op.f('fk_indicator_success_factor_id_municipal_goal'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator')),
    sa.UniqueConstraint('municipality_id', 'name', name=op.f('uq_indicator_municipality_id_name'))
    )
    op.create_table('forecast',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('deviation_ore', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_forecast_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forecast')),
    sa.UniqueConstraint('meeting_id', name=op.f('uq_forecast_meeting_id'))
    )
    op.create_table('indicator_value',
    sa.Column('indicator_id', sa.Uuid(), nullable=False),
    sa.Column('unit_lineage_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('period', sa.Integer(), nullable=False),
    sa.Column('value', sa.Numeric(precision=14, scale=4), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('entered_by', sa.String(length=100), nullable=False),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('meeting_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("source IN ('entered', 'imported', 'computed')", name=op.f('ck_indicator_value_source_known')),
    sa.CheckConstraint('period BETWEEN 0 AND 12', name=op.f('ck_indicator_value_period_0_to_12')),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_value_indicator_id_indicator'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_indicator_value_meeting_id_meeting'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_value')),
    sa.UniqueConstraint('indicator_id', 'unit_lineage_id', 'year', 'period', name=op.f('uq_indicator_value_indicator_id_unit_lineage_id_year_period'))
    )
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.create_index('ix_indicator_value_unit', ['unit_lineage_id'], unique=False)
        batch_op.create_index('ix_indicator_value_year', ['year', 'indicator_id', 'unit_lineage_id', 'period', 'value'], unique=False)

    op.create_table('unit_indicator',
    sa.Column('indicator_id', sa.Uuid(), nullable=False),
    sa.Column('unit_lineage_id', sa.Uuid(), nullable=False),
    sa.Column('target', sa.Numeric(precision=14, scale=4), nullable=True),
    sa.Column('yellow_limit', sa.Numeric(precision=14, scale=4), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_unit_indicator_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_indicator')),
    sa.UniqueConstraint('indicator_id', 'unit_lineage_id', name=op.f('uq_unit_indicator_indicator_id_unit_lineage_id'))
    )
    op.create_table('yearly_plan',
    sa.Column('agreement_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('tables', sa.JSON(), nullable=False),
    sa.Column('evaluations', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_yearly_plan_agreement_id_agreement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_yearly_plan')),
    sa.UniqueConstraint('agreement_id', 'year', name=op.f('uq_yearly_plan_agreement_id_year'))
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('focus_area_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('indicator_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('indicator_target', sa.Numeric(precision=14, scale=4), nullable=True))
        batch_op.add_column(sa.Column('municipal_goal_id', sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_goal_municipal_goal_id_municipal_goal'), 'municipal_goal', ['municipal_goal_id'], ['id'], ondelete='SET NULL')
        batch_op.create_foreign_key(batch_op.f('fk_goal_focus_area_id_focus_area'), 'focus_area', ['focus_area_id'], ['id'], ondelete='SET NULL')
        batch_op.create_foreign_key(batch_op.f('fk_goal_indicator_id_indicator'), 'indicator', ['indicator_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_goal_indicator_id_indicator'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_goal_focus_area_id_focus_area'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_goal_municipal_goal_id_municipal_goal'), type_='foreignkey')
        batch_op.drop_column('municipal_goal_id')
        batch_op.drop_column('indicator_target')
        batch_op.drop_column('indicator_id')
        batch_op.drop_column('focus_area_id')

    op.drop_table('yearly_plan')
    op.drop_table('unit_indicator')
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.drop_index('ix_indicator_value_year')
        batch_op.drop_index('ix_indicator_value_unit')

    op.drop_table('indicator_value')
    op.drop_table('forecast')
    op.drop_table('indicator')
    with op.batch_alter_table('municipal_goal', schema=None) as batch_op:
        batch_op.drop_index('ix_municipal_goal_focus_area')

    op.drop_table('municipal_goal')
    op.drop_table('focus_area')
