-- The areas a session treated (SessionCompleted.areas): body areas get body wording in its messages (ADR 0019).
-- Plans made before this column existed were worded for the face, so they keep that wording.
alter table aftercare_plan add column treated_areas text[] not null default '{FACE}';
alter table aftercare_plan alter column treated_areas drop default;
