-- TRUNCATE skips row triggers, so the append-only rule of 0001 needs a statement-level one too.
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
