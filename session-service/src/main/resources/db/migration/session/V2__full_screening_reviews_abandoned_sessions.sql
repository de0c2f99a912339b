-- Rule set 2026.11.1: findings may tell the client what to do before the session (e.g. PAUSE_RETINOIDS).
alter table screening add column pre_care_instructions text[] not null default '{}';
-- The triggers are named as the audit trail shows them.
update screening set trigger = 'DECLARATION_SUBMITTED' where trigger = 'HEALTH_DECLARATION_SUBMITTED';

-- A practitioner's review of a REVIEW_REQUIRED screening; at most one per screening.
create table screening_review (
    id           uuid primary key,
    screening_id uuid        not null unique references screening,
    booking_id   uuid        not null references booking,
    decision     text        not null,
    outcome      text        not null,
    reviewer_id  uuid        not null,
    note         text,
    reviewed_at  timestamptz not null
);
create index screening_review_by_booking on screening_review (booking_id, reviewed_at);

-- Completion records who treated and with which cartridge lot (traceability); a started session may be abandoned.
alter table treatment_session
    add column cartridge_lot           text,
    add column practitioner_id         uuid,
    add column abandoned_at            timestamptz,
    add column abandon_reason_category text,
    add column abandon_note            text;

create index booking_by_course on booking (course_id, starts_at);
