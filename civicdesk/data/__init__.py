"""Storage: peewee models, opening and migrating the SQLite file, the people search index."""
