-- Housekeeping deletes published outbox rows and inbox rows past their retention (ADR 0057) and finds them by age.
-- BRIN: a few pages per table holding each block range's oldest and newest time, where a b-tree would add an entry per
-- row. Inbox inserts are on every event's path; rows are written in time order and purged in bulk, so a block range
-- holds rows of about one age. autosummarize lets autovacuum summarize new ranges instead of leaving them to be
-- scanned in full.
create index outbox_event_published_at on outbox_event using brin (published_at) with (autosummarize = on);
create index inbox_event_processed_at on inbox_event using brin (processed_at) with (autosummarize = on);
