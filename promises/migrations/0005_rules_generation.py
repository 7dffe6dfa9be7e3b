"""The rules' generation: one row that database triggers change on any rule change.

Each process keeps its compiled tagger until the generation it reads differs. Before
this, the fingerprint was COUNT(*) and MAX(updated_at) over the whole rules table,
read on every submission and preview (about 0.6 ms of database time at 1,450 rules),
and blind to a change that leaves both alone (a queryset ``update()`` does not touch
``updated_at``).

PostgreSQL: a statement-level trigger for INSERT, UPDATE, DELETE and TRUNCATE sets the
generation from a sequence, whose values are never handed out twice, even by a
transaction that rolls back: a process can never keep a tagger built from rules that
were rolled back under a generation that later names other rules. SQLite (the
embedded default): row triggers set a random 63-bit value.
"""

from django.db import migrations, models

PG_FORWARD = """
CREATE SEQUENCE IF NOT EXISTS promises_rules_generation_seq;
CREATE OR REPLACE FUNCTION dealdesk_rules_changed() RETURNS trigger AS $$
BEGIN
  UPDATE promises_rulesgeneration
    SET generation = nextval('promises_rules_generation_seq') WHERE id = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER rules_changed
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON promises_triggerrule
  FOR EACH STATEMENT EXECUTE FUNCTION dealdesk_rules_changed();
INSERT INTO promises_rulesgeneration (id, generation)
  VALUES (1, nextval('promises_rules_generation_seq'));
"""
PG_BACKWARD = """
DROP TRIGGER IF EXISTS rules_changed ON promises_triggerrule;
DROP FUNCTION IF EXISTS dealdesk_rules_changed();
DROP SEQUENCE IF EXISTS promises_rules_generation_seq;
"""
SQLITE_FORWARD = [
    f"CREATE TRIGGER rules_changed_{event.lower()} AFTER {event} ON promises_triggerrule "
    "BEGIN UPDATE promises_rulesgeneration SET generation = abs(random()) WHERE id = 1; END"
    for event in ("INSERT", "UPDATE", "DELETE")
] + ["INSERT INTO promises_rulesgeneration (id, generation) VALUES (1, abs(random()))"]
SQLITE_BACKWARD = [
    f"DROP TRIGGER IF EXISTS rules_changed_{event}" for event in ("insert", "update", "delete")
]


def _run(pg: str, sqlite: list[str]):
    def apply(apps, schema_editor) -> None:
        vendor = schema_editor.connection.vendor
        statements = [pg] if vendor == "postgresql" else sqlite if vendor == "sqlite" else []
        with schema_editor.connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("promises", "0004_drop_covered_indexes")]

    operations = [
        migrations.CreateModel(
            name="RulesGeneration",
            fields=[
                (
                    "id",
                    models.PositiveSmallIntegerField(default=1, primary_key=True, serialize=False),
                ),
                ("generation", models.BigIntegerField(default=1)),
            ],
            options={
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("id", 1)), name="rules_generation_one_row"
                    )
                ],
            },
        ),
        migrations.RunPython(_run(PG_FORWARD, SQLITE_FORWARD), _run(PG_BACKWARD, SQLITE_BACKWARD)),
    ]
