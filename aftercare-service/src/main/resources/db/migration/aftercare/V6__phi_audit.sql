-- Who read or wrote which client's healing check-ins and concerns, when and why (ADR 0039): the table session-service
-- keeps since its V3 (ADR 0025), in aftercare's own database. Append-only: the triggers refuse every UPDATE, DELETE
-- and TRUNCATE, so not even the service can rewrite history.
create table phi_audit (
    seq          bigserial   primary key,
    occurred_at  timestamptz not null,
    actor        text        not null,
    client_id    uuid        not null,
    record_type  text        not null,
    record_id    uuid        not null,
    action       text        not null check (action in ('READ', 'WRITE')),
    purpose      text        not null
);
create index phi_audit_by_client on phi_audit (client_id, seq);

create function phi_audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'phi_audit is append-only: % refused', tg_op;
end;
$$;

create trigger phi_audit_no_update_or_delete before update or delete on phi_audit
    for each row execute function phi_audit_is_append_only();
create trigger phi_audit_no_truncate before truncate on phi_audit
    for each statement execute function phi_audit_is_append_only();
