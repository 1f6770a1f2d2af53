"""reorganisation projects, relations beyond the tree, role descriptions (issue 20)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def _common() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'reorganisation_project',
        sa.Column('municipality_id', sa.Uuid(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('base_version_id', sa.Uuid(), nullable=True),
        sa.Column('chosen_version_id', sa.Uuid(), nullable=True),
        sa.Column('effective_from', sa.Date(), nullable=True),
        *_common(),
        sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'],
                                name=op.f('fk_reorganisation_project_municipality_id_municipality'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['base_version_id'], ['org_version.id'],
                                name=op.f('fk_reorganisation_project_base_version_id_org_version'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['chosen_version_id'], ['org_version.id'],
                                name=op.f('fk_reorganisation_project_chosen_version_id_org_version'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reorganisation_project')),
        sa.UniqueConstraint('municipality_id', 'name', name=op.f('uq_reorganisation_project_municipality_id_name')),
    )
    op.create_table(
        'reorganisation_alternative',
        sa.Column('project_id', sa.Uuid(), nullable=False),
        sa.Column('org_version_id', sa.Uuid(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        *_common(),
        sa.CheckConstraint('number BETWEEN 1 AND 4', name=op.f('ck_reorganisation_alternative_number_1_to_4')),
        sa.ForeignKeyConstraint(['project_id'], ['reorganisation_project.id'],
                                name=op.f('fk_reorganisation_alternative_project_id_reorganisation_project'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['org_version_id'], ['org_version.id'],
                                name=op.f('fk_reorganisation_alternative_org_version_id_org_version'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reorganisation_alternative')),
        sa.UniqueConstraint('project_id', 'number', name=op.f('uq_reorganisation_alternative_project_id_number')),
        sa.UniqueConstraint('project_id', 'org_version_id',
                            name=op.f('uq_reorganisation_alternative_project_id_org_version_id')),
    )
    op.create_table(
        'unit_relation',
        sa.Column('org_version_id', sa.Uuid(), nullable=False),
        sa.Column('from_unit_id', sa.Uuid(), nullable=False),
        sa.Column('to_unit_id', sa.Uuid(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        *_common(),
        sa.CheckConstraint("kind IN ('purchaser_provider', 'staff_contact')",
                           name=op.f('ck_unit_relation_kind_known')),
        sa.CheckConstraint('from_unit_id <> to_unit_id', name=op.f('ck_unit_relation_not_to_itself')),
        sa.ForeignKeyConstraint(['org_version_id'], ['org_version.id'],
                                name=op.f('fk_unit_relation_org_version_id_org_version'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['from_unit_id'], ['unit.id'], name=op.f('fk_unit_relation_from_unit_id_unit'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['to_unit_id'], ['unit.id'], name=op.f('fk_unit_relation_to_unit_id_unit'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_relation')),
        sa.UniqueConstraint('from_unit_id', 'to_unit_id', 'kind',
                            name=op.f('uq_unit_relation_from_unit_id_to_unit_id_kind')),
    )
    with op.batch_alter_table('unit_relation', schema=None) as batch_op:
        batch_op.create_index('ix_unit_relation_version', ['org_version_id'], unique=False)
        batch_op.create_index('ix_unit_relation_to', ['to_unit_id'], unique=False)
    op.create_table(
        'role_description',
        sa.Column('position_id', sa.Uuid(), nullable=False),
        sa.Column('personnel', sa.Text(), nullable=False),
        sa.Column('budget', sa.Text(), nullable=False),
        sa.Column('professional', sa.Text(), nullable=False),
        sa.Column('authority', sa.Text(), nullable=False),
        sa.Column('competence', sa.Text(), nullable=False),
        *_common(),
        sa.ForeignKeyConstraint(['position_id'], ['position.id'], name=op.f('fk_role_description_position_id_position'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_role_description')),
        sa.UniqueConstraint('position_id', name=op.f('uq_role_description_position_id')),
    )
    op.create_table(
        'unit_succession',
        sa.Column('org_version_id', sa.Uuid(), nullable=False),
        sa.Column('old_lineage_id', sa.Uuid(), nullable=False),
        sa.Column('new_lineage_id', sa.Uuid(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('effective_date', sa.Date(), nullable=True),
        *_common(),
        sa.CheckConstraint("kind IN ('merge', 'split')", name=op.f('ck_unit_succession_kind_known')),
        sa.ForeignKeyConstraint(['org_version_id'], ['org_version.id'],
                                name=op.f('fk_unit_succession_org_version_id_org_version'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_succession')),
    )
    with op.batch_alter_table('unit_succession', schema=None) as batch_op:
        batch_op.create_index('ix_unit_succession_version', ['org_version_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('unit_succession', schema=None) as batch_op:
        batch_op.drop_index('ix_unit_succession_version')
    op.drop_table('unit_succession')
    op.drop_table('role_description')
    with op.batch_alter_table('unit_relation', schema=None) as batch_op:
        batch_op.drop_index('ix_unit_relation_to')
        batch_op.drop_index('ix_unit_relation_version')
    op.drop_table('unit_relation')
    op.drop_table('reorganisation_alternative')
    op.drop_table('reorganisation_project')
