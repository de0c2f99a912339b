-- W3C trace context of the journey, sent as the record's traceparent header by the relay.
alter table outbox_event add column traceparent text;
