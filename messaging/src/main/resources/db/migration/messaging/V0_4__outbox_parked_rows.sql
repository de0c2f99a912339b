-- A row Kafka refuses for good (too large, not serializable) is parked instead of blocking the relay (issue 23):
-- it stays unpublished with the reason, and only later rows of the same record key (client) wait behind it.
alter table outbox_event add column parked_at timestamptz, add column parked_reason text;
create index outbox_event_parked on outbox_event (record_key, id) where parked_at is not null and published_at is null;
