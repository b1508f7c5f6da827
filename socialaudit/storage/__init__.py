"""Persistence: SQLite by default, PostgreSQL through SOCIALAUDIT_DATABASE_URL."""
