"""Helpers for migrations that install PostgreSQL-only guards (triggers, checks).

The embedded default runs on SQLite, where these guards are skipped; the rules they
back are also enforced in the services.
"""

from django.db import migrations


def postgres_only(forward_sql: str, backward_sql: str) -> migrations.RunPython:
    def run(sql: str):
        def apply(apps, schema_editor) -> None:
            if schema_editor.connection.vendor == "postgresql":
                # A bare cursor: the SQL holds % signs (RAISE formats) and no parameters.
                with schema_editor.connection.cursor() as cursor:
                    cursor.execute(sql)

        return apply

    return migrations.RunPython(run(forward_sql), run(backward_sql))
