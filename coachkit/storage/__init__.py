"""SQLAlchemy tables, the engine, Alembic migrations and the repository."""
