-- A poll batch asks the inbox which of its events any consumer of the service already holds, by event id alone
-- (ADR 0055). Keyed (consumer, event_id), that read scanned the whole table: 0.3 s per batch at 4 million rows, and
-- the inbox keeps 150 days of them (ADR 0057). Keyed (event_id, consumer), it is an index probe per event. Inserts
-- cost the same: either key places a random UUID.
alter table inbox_event
    drop constraint inbox_event_pkey,
    add constraint inbox_event_pkey primary key (event_id, consumer);
