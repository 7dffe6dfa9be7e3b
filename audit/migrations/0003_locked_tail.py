"""PostgreSQL: take the audit chain's lock and read its tail in one round trip.

`dealdesk_audit_tail(key)` takes the transaction-scoped advisory lock that orders all
appends, then reads the last (seq, hash). The function is VOLATILE, so under READ
COMMITTED its query takes a fresh snapshot after the lock is granted and sees what
the writer before it committed; the same SELECT written in the calling statement
would use the snapshot taken before waiting for the lock.

The second argument is not used by the function: a statement that first locks a row
(the ask submission locks its deal) passes a column of that row, so that under
LATERAL the audit lock can only be taken after the row lock, in the order every other
writer takes them (row first, audit chain last).
"""

from django.db import migrations

from dealdesk.dbutils import postgres_only

FORWARD = """
CREATE OR REPLACE FUNCTION dealdesk_audit_tail(lock_key bigint, after_row bigint DEFAULT NULL)
RETURNS TABLE (tail_seq bigint, tail_hash varchar) AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(lock_key);
  RETURN QUERY SELECT e.seq::bigint, e.hash::varchar FROM audit_auditevent e
    ORDER BY e.seq DESC LIMIT 1;
END;
$$ LANGUAGE plpgsql VOLATILE ROWS 1;
"""
BACKWARD = "DROP FUNCTION IF EXISTS dealdesk_audit_tail(bigint, bigint);"


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_append_only")]
    operations = [postgres_only(FORWARD, BACKWARD)]
