-- A row without payload is a tombstone: the relay sends a null value for its key (ADR 0030, erasure on the CRM topic).
alter table outbox_event alter column payload drop not null;
