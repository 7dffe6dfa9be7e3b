"""Rules the database enforces itself on PostgreSQL, whatever path writes the row.

- A plan line's (decision, wording hash, outcome) must match its decision's, through
  a composite foreign key; and the hash must be the SHA-256 of the line's wording.
  Together: no line can hold words the lead did not approve, or a rejected answer.
- Cut versions, their lines and decisions never change: UPDATE and DELETE raise.
"""

from django.db import migrations

from dealdesk.dbutils import postgres_only

FORWARD = """
ALTER TABLE closeplans_closeplanline
  ADD CONSTRAINT planline_matches_decision
  FOREIGN KEY (decision_id, wording_sha256, outcome)
  REFERENCES reviews_decision (id, wording_sha256, outcome);
ALTER TABLE closeplans_closeplanline
  ADD CONSTRAINT planline_hash_is_wording
  CHECK (wording_sha256 = encode(sha256(convert_to(wording, 'UTF8')), 'hex'));
ALTER TABLE reviews_decision
  ADD CONSTRAINT decision_hash_is_wording
  CHECK (wording_sha256 = encode(sha256(convert_to(wording, 'UTF8')), 'hex'));

CREATE OR REPLACE FUNCTION dealdesk_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% rows never change once written (%)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER planline_immutable BEFORE UPDATE OR DELETE ON closeplans_closeplanline
  FOR EACH ROW EXECUTE FUNCTION dealdesk_refuse_change();
CREATE TRIGGER planversion_immutable BEFORE UPDATE OR DELETE ON closeplans_closeplanversion
  FOR EACH ROW EXECUTE FUNCTION dealdesk_refuse_change();
CREATE TRIGGER decision_immutable BEFORE UPDATE OR DELETE ON reviews_decision
  FOR EACH ROW EXECUTE FUNCTION dealdesk_refuse_change();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS decision_immutable ON reviews_decision;
DROP TRIGGER IF EXISTS planversion_immutable ON closeplans_closeplanversion;
DROP TRIGGER IF EXISTS planline_immutable ON closeplans_closeplanline;
ALTER TABLE reviews_decision DROP CONSTRAINT IF EXISTS decision_hash_is_wording;
ALTER TABLE closeplans_closeplanline DROP CONSTRAINT IF EXISTS planline_hash_is_wording;
ALTER TABLE closeplans_closeplanline DROP CONSTRAINT IF EXISTS planline_matches_decision;
"""


class Migration(migrations.Migration):
    dependencies = [("closeplans", "0001_initial"), ("reviews", "0001_initial")]
    operations = [postgres_only(FORWARD, BACKWARD)]
