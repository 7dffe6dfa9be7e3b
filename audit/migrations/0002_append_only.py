"""PostgreSQL refuses UPDATE and DELETE on audit events.

TRUNCATE is left to database privileges (the test runner empties tables with it); in
production the application's role should not own the table.
"""

from django.db import migrations

FORWARD = """
CREATE OR REPLACE FUNCTION dealdesk_audit_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit events are append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_no_update_delete BEFORE UPDATE OR DELETE ON audit_auditevent
  FOR EACH ROW EXECUTE FUNCTION dealdesk_audit_append_only();
"""
BACKWARD = """
DROP TRIGGER IF EXISTS audit_no_update_delete ON audit_auditevent;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
