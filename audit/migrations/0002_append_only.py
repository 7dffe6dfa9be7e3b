"""PostgreSQL refuses UPDATE and DELETE on audit events.

TRUNCATE fires no row trigger: 0005 refuses it with a statement trigger. In production
the application's role should not own the table either (an owner can drop triggers).
"""

from django.db import migrations

from dealdesk.dbutils import postgres_only

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


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]
    operations = [postgres_only(FORWARD, BACKWARD)]
