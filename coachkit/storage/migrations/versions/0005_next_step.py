"""tolerances.next_step: where the candidate wants this kind of job to lead

Optional free text ("front office manager", "collections work"). When it is set, the
questions to ask include where people in the role go next.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 21:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('tolerances', schema=None) as batch_op:
        batch_op.add_column(sa.Column('next_step', sa.Text(), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('tolerances', schema=None) as batch_op:
        batch_op.drop_column('next_step')
