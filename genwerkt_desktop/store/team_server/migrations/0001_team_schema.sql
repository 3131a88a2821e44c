-- The team's shared store: sealed dossiers and plain metadata, guarded by PostgreSQL
-- itself (privileges, row-level security, triggers), so a modified client gains nothing.
-- Identity is session_user everywhere: it is the login role and cannot be changed by
-- SET ROLE, and it stays the caller inside SECURITY DEFINER functions.
-- Functions run with a fixed search_path and name every object by its schema.

DO $roles$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'genwerkt_coach') THEN
        CREATE ROLE genwerkt_coach NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'genwerkt_lead') THEN
        CREATE ROLE genwerkt_lead NOLOGIN;
    END IF;
END
$roles$;

REVOKE ALL ON SCHEMA genwerkt FROM PUBLIC;
GRANT USAGE ON SCHEMA genwerkt TO genwerkt_coach, genwerkt_lead;

CREATE TABLE genwerkt.teams (
    name text PRIMARY KEY CHECK (name <> ''),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE genwerkt.members (
    role text PRIMARY KEY,
    team text NOT NULL REFERENCES genwerkt.teams (name),
    is_lead boolean NOT NULL DEFAULT false,
    public_key bytea CHECK (public_key IS NULL OR length(public_key) = 32),
    registered_at timestamptz,
    left_at timestamptz
);
CREATE INDEX members_team ON genwerkt.members (team);

CREATE TABLE genwerkt.team_keys (
    team text NOT NULL REFERENCES genwerkt.teams (name),
    key_version integer NOT NULL CHECK (key_version >= 1),
    member text NOT NULL REFERENCES genwerkt.members (role),
    wrapped bytea NOT NULL,
    wrapped_by text NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team, key_version, member)
);
CREATE INDEX team_keys_member ON genwerkt.team_keys (member);

-- One sequence for every change, so a laptop asks only for rows above the last it saw.
CREATE SEQUENCE genwerkt.change_seq;

CREATE TABLE genwerkt.dossiers (
    client_id uuid PRIMARY KEY,
    team text NOT NULL REFERENCES genwerkt.teams (name),
    holder text NOT NULL REFERENCES genwerkt.members (role),
    version bigint NOT NULL CHECK (version >= 1),
    key_version integer NOT NULL CHECK (key_version >= 1),
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    seq bigint NOT NULL,
    sealed bytea NOT NULL
);
CREATE INDEX dossiers_team_seq ON genwerkt.dossiers (team, seq);

CREATE TABLE genwerkt.organisations (
    org_id uuid PRIMARY KEY,
    team text NOT NULL REFERENCES genwerkt.teams (name),
    version bigint NOT NULL CHECK (version >= 1),
    key_version integer NOT NULL CHECK (key_version >= 1),
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    seq bigint NOT NULL,
    sealed bytea NOT NULL
);
CREATE INDEX organisations_team_seq ON genwerkt.organisations (team, seq);

CREATE TABLE genwerkt.pulls (
    member text NOT NULL DEFAULT session_user,
    client_id uuid NOT NULL,
    version bigint NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE genwerkt.audit (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL DEFAULT session_user,
    action text NOT NULL,
    team text,
    client_id uuid,
    subject text
);
CREATE INDEX audit_team_id ON genwerkt.audit (team, id);

-- ---------------------------------------------------------------------------------------
-- Who am I: SECURITY DEFINER so the policies can ask without seeing the whole table.

CREATE FUNCTION genwerkt.my_team() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT m.team FROM genwerkt.members m WHERE m.role = session_user AND m.left_at IS NULL
$$;

CREATE FUNCTION genwerkt.i_am_lead() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((
        SELECT m.is_lead FROM genwerkt.members m
        WHERE m.role = session_user AND m.left_at IS NULL
    ), false)
$$;

CREATE FUNCTION genwerkt.is_active_member(who text, of_team text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM genwerkt.members m
        WHERE m.role = who AND m.team = of_team AND m.left_at IS NULL
    )
$$;

-- A coach sees only the wrapped keys meant for them, yet must know the team's newest key.
CREATE FUNCTION genwerkt.current_key_version() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT max(k.key_version) FROM genwerkt.team_keys k WHERE k.team = genwerkt.my_team()
$$;

CREATE FUNCTION genwerkt.i_am_superuser() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user), false)
$$;

CREATE FUNCTION genwerkt.write_audit(p_action text, p_team text, p_client uuid, p_subject text)
RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO genwerkt.audit (actor, action, team, client_id, subject)
    VALUES (session_user, p_action, p_team, p_client, p_subject)
$$;

-- ---------------------------------------------------------------------------------------
-- Dossiers: one holder writes, the version rises by exactly one, the team never changes.

CREATE FUNCTION genwerkt.dossiers_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.version <> 1 THEN
            RAISE EXCEPTION 'een nieuw dossier op de server begint bij versie 1';
        END IF;
        IF NOT genwerkt.is_active_member(NEW.holder, NEW.team) THEN
            RAISE EXCEPTION 'de houder % is geen actief lid van team %', NEW.holder, NEW.team;
        END IF;
    ELSE
        IF NEW.client_id IS DISTINCT FROM OLD.client_id THEN
            RAISE EXCEPTION 'het id van een dossier verandert nooit';
        END IF;
        IF NEW.team IS DISTINCT FROM OLD.team THEN
            RAISE EXCEPTION 'een dossier verhuist niet naar een ander team';
        END IF;
        IF NEW.sealed IS DISTINCT FROM OLD.sealed
           OR NEW.version IS DISTINCT FROM OLD.version
           OR NEW.key_version IS DISTINCT FROM OLD.key_version THEN
            IF OLD.holder <> session_user THEN
                RAISE EXCEPTION 'alleen de houder (%) mag de inhoud van dit dossier wijzigen', OLD.holder;
            END IF;
            IF NEW.version IS DISTINCT FROM OLD.version + 1 THEN
                RAISE EXCEPTION 'de versie moet met precies 1 stijgen (van % naar %, niet %)',
                    OLD.version, OLD.version + 1, NEW.version;
            END IF;
        END IF;
        IF NEW.holder IS DISTINCT FROM OLD.holder THEN
            IF OLD.holder <> session_user AND NOT genwerkt.i_am_lead()
               AND NOT genwerkt.i_am_superuser() THEN
                RAISE EXCEPTION 'alleen de houder of een teamverantwoordelijke mag dit dossier overdragen';
            END IF;
            IF NOT genwerkt.is_active_member(NEW.holder, OLD.team) THEN
                RAISE EXCEPTION 'de nieuwe houder % is geen actief lid van team %', NEW.holder, OLD.team;
            END IF;
        END IF;
    END IF;
    -- Writers take turns per team, so seq follows commit order: a laptop that saw seq N
    -- never later meets a row committed with a lower seq.
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('genwerkt.team:' || NEW.team));
    NEW.seq := pg_catalog.nextval('genwerkt.change_seq');
    NEW.changed_at := pg_catalog.now();
    NEW.changed_by := session_user;
    RETURN NEW;
END
$$;

CREATE TRIGGER dossiers_guard BEFORE INSERT OR UPDATE ON genwerkt.dossiers
    FOR EACH ROW EXECUTE FUNCTION genwerkt.dossiers_guard();

CREATE FUNCTION genwerkt.dossiers_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM genwerkt.write_audit('dossier_created', NEW.team, NEW.client_id,
                                     'versie ' || NEW.version);
    ELSE
        IF NEW.version <> OLD.version THEN
            PERFORM genwerkt.write_audit('dossier_pushed', NEW.team, NEW.client_id,
                                         'versie ' || NEW.version);
        END IF;
        IF NEW.holder <> OLD.holder THEN
            PERFORM genwerkt.write_audit('handed_over', NEW.team, NEW.client_id,
                                         OLD.holder || ' -> ' || NEW.holder);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER dossiers_audit AFTER INSERT OR UPDATE ON genwerkt.dossiers
    FOR EACH ROW EXECUTE FUNCTION genwerkt.dossiers_audit();

-- ---------------------------------------------------------------------------------------
-- The sociale kaart: any member writes, with the same optimistic version.

CREATE FUNCTION genwerkt.organisations_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.version <> 1 THEN
            RAISE EXCEPTION 'een nieuwe organisatie op de server begint bij versie 1';
        END IF;
    ELSE
        IF NEW.org_id IS DISTINCT FROM OLD.org_id OR NEW.team IS DISTINCT FROM OLD.team THEN
            RAISE EXCEPTION 'een organisatie verandert nooit van id of team';
        END IF;
        IF NEW.version IS DISTINCT FROM OLD.version + 1 THEN
            RAISE EXCEPTION 'de versie moet met precies 1 stijgen (van % naar %, niet %)',
                OLD.version, OLD.version + 1, NEW.version;
        END IF;
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('genwerkt.team:' || NEW.team));
    NEW.seq := pg_catalog.nextval('genwerkt.change_seq');
    NEW.changed_at := pg_catalog.now();
    NEW.changed_by := session_user;
    RETURN NEW;
END
$$;

CREATE TRIGGER organisations_guard BEFORE INSERT OR UPDATE ON genwerkt.organisations
    FOR EACH ROW EXECUTE FUNCTION genwerkt.organisations_guard();

CREATE FUNCTION genwerkt.organisations_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM genwerkt.write_audit('organisation_pushed', NEW.team, NULL,
                                 NEW.org_id::text || ' versie ' || NEW.version);
    RETURN NULL;
END
$$;

CREATE TRIGGER organisations_audit AFTER INSERT OR UPDATE ON genwerkt.organisations
    FOR EACH ROW EXECUTE FUNCTION genwerkt.organisations_audit();

-- ---------------------------------------------------------------------------------------
-- Members: a coach sets only their own public key; a lead marks a member as left.

CREATE FUNCTION genwerkt.members_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.role IS DISTINCT FROM OLD.role OR NEW.team IS DISTINCT FROM OLD.team THEN
        RAISE EXCEPTION 'een lid verandert niet van naam of team';
    END IF;
    IF NEW.public_key IS DISTINCT FROM OLD.public_key THEN
        IF OLD.role <> session_user THEN
            RAISE EXCEPTION 'alleen % zelf mag de eigen publieke sleutel registreren', OLD.role;
        END IF;
        NEW.registered_at := pg_catalog.now();
    END IF;
    IF NEW.left_at IS DISTINCT FROM OLD.left_at THEN
        IF NOT genwerkt.i_am_superuser()
           AND NOT (genwerkt.i_am_lead() AND OLD.team = genwerkt.my_team()) THEN
            RAISE EXCEPTION 'alleen een teamverantwoordelijke mag een lid laten vertrekken';
        END IF;
        IF OLD.left_at IS NOT NULL AND NOT genwerkt.i_am_superuser() THEN
            RAISE EXCEPTION '% is al vertrokken', OLD.role;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER members_guard BEFORE UPDATE ON genwerkt.members
    FOR EACH ROW EXECUTE FUNCTION genwerkt.members_guard();

CREATE FUNCTION genwerkt.members_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM genwerkt.write_audit('member_added', NEW.team, NULL, NEW.role);
    ELSE
        IF NEW.public_key IS DISTINCT FROM OLD.public_key THEN
            PERFORM genwerkt.write_audit('key_registered', NEW.team, NULL, NEW.role);
        END IF;
        IF NEW.left_at IS DISTINCT FROM OLD.left_at THEN
            PERFORM genwerkt.write_audit('member_left', NEW.team, NULL, NEW.role);
        END IF;
        IF NEW.is_lead IS DISTINCT FROM OLD.is_lead THEN
            PERFORM genwerkt.write_audit(
                CASE WHEN NEW.is_lead THEN 'lead_named' ELSE 'lead_removed' END,
                NEW.team, NULL, NEW.role);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER members_audit AFTER INSERT OR UPDATE ON genwerkt.members
    FOR EACH ROW EXECUTE FUNCTION genwerkt.members_audit();

-- ---------------------------------------------------------------------------------------
-- Team keys: a lead wraps a key version for an active member who registered a key.

CREATE FUNCTION genwerkt.team_keys_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    newest integer;
BEGIN
    IF NOT genwerkt.is_active_member(NEW.member, NEW.team) THEN
        RAISE EXCEPTION '% is geen actief lid van team %', NEW.member, NEW.team;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM genwerkt.members m
                   WHERE m.role = NEW.member AND m.public_key IS NOT NULL) THEN
        RAISE EXCEPTION '% heeft nog geen publieke sleutel geregistreerd', NEW.member;
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('genwerkt.keys:' || NEW.team));
    SELECT max(k.key_version) INTO newest FROM genwerkt.team_keys k WHERE k.team = NEW.team;
    IF NEW.key_version > coalesce(newest, 0) + 1 THEN
        RAISE EXCEPTION 'sleutelversie % slaat een versie over (de nieuwste is %)',
            NEW.key_version, coalesce(newest, 0);
    END IF;
    NEW.wrapped_by := session_user;
    NEW.created_at := pg_catalog.now();
    RETURN NEW;
END
$$;

CREATE TRIGGER team_keys_guard BEFORE INSERT ON genwerkt.team_keys
    FOR EACH ROW EXECUTE FUNCTION genwerkt.team_keys_guard();

CREATE FUNCTION genwerkt.team_keys_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- The first key a member receives admits them; a later version is a rotation.
    IF EXISTS (SELECT 1 FROM genwerkt.team_keys k
               WHERE k.team = NEW.team AND k.member = NEW.member
                 AND k.key_version <> NEW.key_version) THEN
        PERFORM genwerkt.write_audit('key_rotated', NEW.team, NULL,
                                     NEW.member || ' sleutelversie ' || NEW.key_version);
    ELSE
        PERFORM genwerkt.write_audit('admitted', NEW.team, NULL,
                                     NEW.member || ' sleutelversie ' || NEW.key_version);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER team_keys_audit AFTER INSERT ON genwerkt.team_keys
    FOR EACH ROW EXECUTE FUNCTION genwerkt.team_keys_audit();

-- ---------------------------------------------------------------------------------------
-- Pulls: recorded so the audit can say who opened which version.

CREATE FUNCTION genwerkt.pulls_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM genwerkt.dossiers d
                   WHERE d.client_id = NEW.client_id AND d.team = genwerkt.my_team()) THEN
        RAISE EXCEPTION 'dossier % hoort niet bij jouw team', NEW.client_id;
    END IF;
    NEW.member := session_user;
    NEW.at := pg_catalog.now();
    RETURN NEW;
END
$$;

CREATE TRIGGER pulls_guard BEFORE INSERT ON genwerkt.pulls
    FOR EACH ROW EXECUTE FUNCTION genwerkt.pulls_guard();

CREATE FUNCTION genwerkt.pulls_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM genwerkt.write_audit('pulled', genwerkt.my_team(), NEW.client_id,
                                 'versie ' || NEW.version);
    RETURN NULL;
END
$$;

CREATE TRIGGER pulls_audit AFTER INSERT ON genwerkt.pulls
    FOR EACH ROW EXECUTE FUNCTION genwerkt.pulls_audit();

-- ---------------------------------------------------------------------------------------
-- Append-only: pulls and the audit are never changed or removed, not even by their owner.

CREATE FUNCTION genwerkt.append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '% kan alleen aangevuld worden, nooit gewijzigd of gewist', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON genwerkt.audit
    FOR EACH ROW EXECUTE FUNCTION genwerkt.append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON genwerkt.audit
    FOR EACH STATEMENT EXECUTE FUNCTION genwerkt.append_only();
CREATE TRIGGER pulls_append_only BEFORE UPDATE OR DELETE ON genwerkt.pulls
    FOR EACH ROW EXECUTE FUNCTION genwerkt.append_only();
CREATE TRIGGER pulls_no_truncate BEFORE TRUNCATE ON genwerkt.pulls
    FOR EACH STATEMENT EXECUTE FUNCTION genwerkt.append_only();

-- ---------------------------------------------------------------------------------------
-- Privileges: nothing for PUBLIC; the group roles get exactly the columns they need.

REVOKE ALL ON ALL TABLES IN SCHEMA genwerkt FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA genwerkt FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA genwerkt FROM PUBLIC;
GRANT EXECUTE ON FUNCTION genwerkt.my_team(), genwerkt.i_am_lead(),
    genwerkt.current_key_version() TO genwerkt_coach, genwerkt_lead;

GRANT SELECT ON genwerkt.teams TO genwerkt_coach, genwerkt_lead;
GRANT SELECT ON genwerkt.members TO genwerkt_coach, genwerkt_lead;
GRANT UPDATE (public_key) ON genwerkt.members TO genwerkt_coach, genwerkt_lead;
GRANT UPDATE (left_at) ON genwerkt.members TO genwerkt_lead;
GRANT SELECT ON genwerkt.team_keys TO genwerkt_coach, genwerkt_lead;
GRANT INSERT (team, key_version, member, wrapped) ON genwerkt.team_keys TO genwerkt_lead;
GRANT SELECT ON genwerkt.dossiers TO genwerkt_coach, genwerkt_lead;
GRANT INSERT (client_id, team, holder, version, key_version, sealed)
    ON genwerkt.dossiers TO genwerkt_coach, genwerkt_lead;
GRANT UPDATE (holder, version, key_version, sealed) ON genwerkt.dossiers
    TO genwerkt_coach, genwerkt_lead;
GRANT SELECT ON genwerkt.organisations TO genwerkt_coach, genwerkt_lead;
GRANT INSERT (org_id, team, version, key_version, sealed)
    ON genwerkt.organisations TO genwerkt_coach, genwerkt_lead;
GRANT UPDATE (version, key_version, sealed) ON genwerkt.organisations
    TO genwerkt_coach, genwerkt_lead;
GRANT SELECT ON genwerkt.pulls TO genwerkt_coach, genwerkt_lead;
GRANT INSERT (client_id, version) ON genwerkt.pulls TO genwerkt_coach, genwerkt_lead;
GRANT SELECT ON genwerkt.audit TO genwerkt_lead;

-- ---------------------------------------------------------------------------------------
-- Row-level security on every table, forced for the owner too. (SELECT f()) is evaluated
-- once per statement instead of once per row.

ALTER TABLE genwerkt.teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE genwerkt.teams FORCE ROW LEVEL SECURITY;
CREATE POLICY teams_read ON genwerkt.teams FOR SELECT
    USING (name = (SELECT genwerkt.my_team()));

ALTER TABLE genwerkt.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE genwerkt.members FORCE ROW LEVEL SECURITY;
CREATE POLICY members_read ON genwerkt.members FOR SELECT
    USING (role = session_user OR team = (SELECT genwerkt.my_team()));
CREATE POLICY members_own_key ON genwerkt.members FOR UPDATE
    USING (role = session_user AND left_at IS NULL)
    WITH CHECK (role = session_user);
CREATE POLICY members_lead_marks_left ON genwerkt.members FOR UPDATE TO genwerkt_lead
    USING ((SELECT genwerkt.i_am_lead()) AND team = (SELECT genwerkt.my_team()))
    WITH CHECK (team = (SELECT genwerkt.my_team()));

ALTER TABLE genwerkt.team_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE genwerkt.team_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY team_keys_read ON genwerkt.team_keys FOR SELECT
    USING (team = (SELECT genwerkt.my_team())
           AND (member = session_user OR (SELECT genwerkt.i_am_lead())));
CREATE POLICY team_keys_admit ON genwerkt.team_keys FOR INSERT TO genwerkt_lead
    WITH CHECK ((SELECT genwerkt.i_am_lead()) AND team = (SELECT genwerkt.my_team()));

ALTER TABLE genwerkt.dossiers ENABLE ROW LEVEL SECURITY;
ALTER TABLE genwerkt.dossiers FORCE ROW LEVEL SECURITY;
CREATE POLICY dossiers_read ON genwerkt.dossiers FOR SELECT
    USING (team = (SELECT genwerkt.my_team()));
CREATE POLICY dossiers_create ON genwerkt.dossiers FOR INSERT
    WITH CHECK (team = (SELECT genwerkt.my_team()) AND holder = session_user);
CREATE POLICY dossiers_change ON genwerkt.dossiers FOR UPDATE
    USING (team = (SELECT genwerkt.my_team())
           AND (holder = session_user OR (SELECT genwerkt.i_am_lead())))
    WITH CHECK (team = (SELECT genwerkt.my_team()));

ALTER TABLE genwerkt.organisations ENABLE ROW LEVEL SECURITY;
ALTER TABLE genwerkt.organisations FORCE ROW LEVEL SECURITY;
CREATE POLICY organisations_read ON genwerkt.organisations FOR SELECT
    USING (team = (SELECT genwerkt.my_team()));
CREATE POLICY organisations_create ON genwerkt.organisations FOR INSERT
    WITH CHECK (team = (SELECT genwerkt.my_team()));
CREATE POLICY organisations_change ON genwerkt.organisations FOR UPDATE
    USING (team = (SELECT genwerkt.my_team()))
    WITH CHECK (team = (SELECT genwerkt.my_team()));

ALTER TABLE genwerkt.pulls ENABLE ROW LEVEL SECURITY;
ALTER TABLE genwerkt.pulls FORCE ROW LEVEL SECURITY;
CREATE POLICY pulls_read ON genwerkt.pulls FOR SELECT USING (member = session_user);
CREATE POLICY pulls_record ON genwerkt.pulls FOR INSERT
    WITH CHECK ((SELECT genwerkt.my_team()) IS NOT NULL);

ALTER TABLE genwerkt.audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE genwerkt.audit FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON genwerkt.audit FOR SELECT
    USING ((SELECT genwerkt.i_am_lead()) AND team = (SELECT genwerkt.my_team()));
-- No role holds INSERT on audit: only the SECURITY DEFINER trigger functions write here.
CREATE POLICY audit_written_by_triggers ON genwerkt.audit FOR INSERT WITH CHECK (true);
