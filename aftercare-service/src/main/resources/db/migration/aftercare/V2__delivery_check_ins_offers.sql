-- The course a plan belongs to: a cancelled course (BookingCancelled, SessionAbandoned) stops its plans' pending steps.
alter table aftercare_plan add column course_id uuid;
create index aftercare_plan_course on aftercare_plan (course_id);

-- A step of a cancelled course never runs; a milestone step shows as CANCELLED instead of SCHEDULED.
alter table aftercare_step add column cancelled_at timestamptz;

-- The delivery ledger: attempts so far and the last technical failure (no message content); FAILED after the last one.
alter table aftercare_message add column attempts int not null default 0;
alter table aftercare_message add column last_failure text;

-- The follow-up offer a session's FOLLOW_UP_OFFER message announces (one per session: its message id is per step).
create table follow_up_offer (
    offer_id   uuid        primary key,
    session_id uuid        not null unique references aftercare_plan,
    offered_at timestamptz not null
);

create table offered_slot (
    offer_id        uuid        not null references follow_up_offer,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    practitioner_id uuid        not null,
    primary key (offer_id, starts_at, practitioner_id)
);

-- How the client reported the skin heals; concern_id set when the check-in raised a concern.
create table healing_check_in (
    check_in_id        uuid        primary key,
    session_id         uuid        not null references aftercare_plan,
    recorded_at        timestamptz not null,
    redness            int         not null check (redness between 0 and 3),
    swelling           int         not null check (swelling between 0 and 3),
    pain               int         not null check (pain between 0 and 3),
    signs_of_infection boolean     not null,
    note               text,
    concern_id         uuid
);

-- A healing concern holds the session's milestones until a practitioner resolves it.
create table healing_concern (
    concern_id       uuid        primary key,
    session_id       uuid        not null references aftercare_plan,
    check_in_id      uuid        not null references healing_check_in,
    raised_at        timestamptz not null,
    reasons          text        not null,
    resolved_at      timestamptz,
    resolved_by      uuid,
    resolution_note  text
);
create index healing_concern_open on healing_concern (session_id) where resolved_at is null;
