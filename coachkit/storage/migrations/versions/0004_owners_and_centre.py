"""every row has an owner; a career centre's people, coach assignments and shared counts

In PostgreSQL the owner column defaults to the connected role (or, for a coach's additions,
the candidate the coach has open), and workbook_info is keyed by (owner, key) so many
candidates share one database. Row-level security itself is set up by coachkit/centre.py.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 02:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

OWNED = ('workbook_info', 'people', 'interviews', 'questions', 'answers', 'answer_versions',
         'ratings', 'jobs', 'duties', 'tolerances', 'questions_to_ask', 'family_choices',
         'practice_cards', 'practice_reviews', 'presentation_ratings', 'comments', 'watchlist',
         'imports')

OWNER_FUNCTION = """
CREATE OR REPLACE FUNCTION coachkit_owner() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('coachkit.candidate', true), ''), current_user::text)
$$
"""


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == 'postgresql'
    if postgres:
        op.execute(OWNER_FUNCTION)
    for table in OWNED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('owner', sa.String(length=63), nullable=True))
            batch_op.create_index(batch_op.f(f'ix_{table}_owner'), ['owner'], unique=False)
        if postgres:
            # rows from before: the role that owned the database (the marks: everybody's)
            op.execute(f"UPDATE {table} SET owner = current_user")
            op.execute(f"ALTER TABLE {table} ALTER COLUMN owner SET DEFAULT coachkit_owner()")
    if postgres:
        op.execute("UPDATE workbook_info SET owner = '' WHERE key = 'app'")
        op.execute("ALTER TABLE workbook_info ALTER COLUMN owner SET NOT NULL")
        op.execute("ALTER TABLE workbook_info DROP CONSTRAINT pk_workbook_info")
        op.execute("ALTER TABLE workbook_info ADD CONSTRAINT pk_workbook_info "
                   "PRIMARY KEY (owner, key)")

    op.create_table('centre_people',
    sa.Column('username', sa.String(length=63), nullable=False),
    sa.Column('role_name', sa.String(length=63), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('candidate', 'coach', 'admin')",
                       name=op.f('ck_centre_people_kind')),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_centre_people')),
    sa.UniqueConstraint('role_name', name=op.f('uq_centre_people_role_name'))
    )
    op.create_table('coach_assignments',
    sa.Column('coach', sa.String(length=63), nullable=False),
    sa.Column('candidate', sa.String(length=63), nullable=False),
    sa.Column('assigned_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('coach', 'candidate', name=op.f('pk_coach_assignments'))
    )
    op.create_table('centre_recurring',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('role_type', sa.String(length=80), nullable=False),
    sa.Column('org_type', sa.String(length=80), nullable=False),
    sa.Column('candidates', sa.Integer(), nullable=False),
    sa.Column('organisations', sa.Integer(), nullable=False),
    sa.Column('times_asked', sa.Integer(), nullable=False),
    sa.Column('refreshed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_centre_recurring'))
    )


def downgrade() -> None:
    op.drop_table('centre_recurring')
    op.drop_table('coach_assignments')
    op.drop_table('centre_people')
    postgres = op.get_bind().dialect.name == 'postgresql'
    if postgres:
        op.execute("DELETE FROM workbook_info WHERE owner <> '' AND key = 'app'")
        op.execute("ALTER TABLE workbook_info DROP CONSTRAINT pk_workbook_info")
        op.execute("ALTER TABLE workbook_info ADD CONSTRAINT pk_workbook_info PRIMARY KEY (key)")
    for table in reversed(OWNED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_owner'))
            batch_op.drop_column('owner')
    if postgres:
        op.execute("DROP FUNCTION IF EXISTS coachkit_owner()")
