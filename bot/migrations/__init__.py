"""The schema's Alembic migrations (`versions/`, applied by `bot.store.migrate`).

`HEAD` is the newest revision, known without importing alembic: a database whose `alembic_version` holds it needs
nothing applied, so start-up and a refused `palantir-ice ask` check it with one query and import alembic only when
there is something to do. A test checks it against alembic's own reading of `versions/`: a new migration bumps it.
"""

HEAD = "0004"
