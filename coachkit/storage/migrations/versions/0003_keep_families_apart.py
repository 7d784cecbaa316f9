"""family_choices may record 'apart': two families the user said are not the same question

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 17:20:00
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

OLD = "action IN ('merge', 'move_out')"
NEW = "action IN ('merge', 'move_out', 'apart')"


def _swap(check: str) -> None:
    # SQLite cannot alter a CHECK constraint: batch mode copies the table with the new one
    with op.batch_alter_table('family_choices', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint(op.f('ck_family_choices_action'), type_='check')
        batch_op.create_check_constraint(op.f('ck_family_choices_action'), check)


def upgrade() -> None:
    _swap(NEW)


def downgrade() -> None:
    op.execute("DELETE FROM family_choices WHERE action = 'apart'")
    _swap(OLD)
