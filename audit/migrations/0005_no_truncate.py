"""PostgreSQL refuses TRUNCATE of audit events too.

0002 refuses UPDATE and DELETE row by row; TRUNCATE fires no row trigger, so it had
been left to database privileges. A statement trigger now refuses it as well, unless
the session says ``dealdesk.allow_audit_truncate = on``: the test settings' connections
do (the test runner empties every table between transactional tests); no other
settings do.
"""

from django.db import migrations

from dealdesk.dbutils import postgres_only

FORWARD = """
CREATE OR REPLACE FUNCTION dealdesk_audit_no_truncate() RETURNS trigger AS $$
BEGIN
  IF current_setting('dealdesk.allow_audit_truncate', true) = 'on' THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'audit events are append-only (TRUNCATE refused)'
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_auditevent
  FOR EACH STATEMENT EXECUTE FUNCTION dealdesk_audit_no_truncate();
"""
BACKWARD = """
DROP TRIGGER IF EXISTS audit_no_truncate ON audit_auditevent;
DROP FUNCTION IF EXISTS dealdesk_audit_no_truncate();
"""


class Migration(migrations.Migration):
    dependencies = [("audit", "0004_drop_covered_indexes")]
    operations = [postgres_only(FORWARD, BACKWARD)]
