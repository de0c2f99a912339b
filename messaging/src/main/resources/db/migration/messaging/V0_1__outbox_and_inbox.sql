-- Transactional outbox: events are written here in the state change's transaction, the relay publishes them in id order.
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    record_key   text        not null,
    event_type   text        not null,
    occurred_at  timestamptz not null,
    payload      bytea       not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;

-- Inbox: a consumer's effect and the eventId it handled commit together, so a redelivered event changes nothing.
create table inbox_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
