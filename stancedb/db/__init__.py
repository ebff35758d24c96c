"""The database layer: models, engines, migrations and the repository."""
