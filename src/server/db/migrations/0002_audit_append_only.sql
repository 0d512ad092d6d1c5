-- The audit trail is append-only (quality E2): any UPDATE, DELETE or TRUNCATE is refused. Someone
-- with superuser rights could still drop the trigger; the hash chain (`tdkt audit verify`) catches that.
CREATE OR REPLACE FUNCTION tdkt_audit_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION tdkt_audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION tdkt_audit_refuse_change();
