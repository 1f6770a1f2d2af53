"""The shared PostgreSQL server: set-up, users, upload and verify, the connection, its commands."""
