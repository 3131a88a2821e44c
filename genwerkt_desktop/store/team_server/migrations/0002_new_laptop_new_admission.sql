-- A member who registers another public key (a new laptop, a vault made again) loses the
-- team keys wrapped for the old one: they could not open them anyway, and a lead must
-- compare the new fingerprint before the team key reaches that laptop.

CREATE FUNCTION genwerkt.forget_wrapped_keys() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.public_key IS DISTINCT FROM OLD.public_key AND OLD.public_key IS NOT NULL THEN
        DELETE FROM genwerkt.team_keys k WHERE k.member = NEW.role AND k.team = NEW.team;
        PERFORM genwerkt.write_audit('key_replaced', NEW.team, NULL, NEW.role);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER members_new_key AFTER UPDATE OF public_key ON genwerkt.members
    FOR EACH ROW EXECUTE FUNCTION genwerkt.forget_wrapped_keys();
