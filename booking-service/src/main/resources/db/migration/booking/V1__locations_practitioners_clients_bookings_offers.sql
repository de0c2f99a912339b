create table location (
    id            uuid primary key,
    name          text  not null,
    time_zone     text  not null,
    -- {"MONDAY":[{"opens":"09:00","closes":"19:00"}], ...}; a day that is missing is closed
    opening_hours jsonb not null
);

create table practitioner (
    id   uuid primary key,
    name text not null
);

create table practitioner_location (
    practitioner_id uuid not null references practitioner (id),
    location_id     uuid not null references location (id),
    primary key (practitioner_id, location_id)
);
create index practitioner_location_by_location on practitioner_location (location_id);

create table client (
    id               uuid primary key,
    first_name       text        not null,
    last_name        text        not null,
    email            text        not null,
    phone            text,
    date_of_birth    date        not null,
    home_location_id uuid        not null references location (id),
    email_consent    boolean     not null,
    sms_consent      boolean     not null,
    registered_at    timestamptz not null
);

-- No double booking is a database rule: two bookings of one practitioner that hold their slot never overlap,
-- the 15-minute cleaning buffer included (blocked_until = ends_at + buffer), whatever runs concurrently.
create extension if not exists btree_gist;

create table booking (
    id                     uuid primary key,
    client_id              uuid        not null references client (id),
    location_id            uuid        not null references location (id),
    practitioner_id        uuid        not null references practitioner (id),
    time_zone              text        not null,
    starts_at              timestamptz not null,
    ends_at                timestamptz not null,
    blocked_until          timestamptz not null,
    treatment_areas        text[]      not null,
    concerns               text[]      not null,
    status                 text        not null,
    -- written from BookingStatus.holdsSlot(), so the list of holding statuses lives in one place (Java)
    holds_slot             boolean     not null,
    screening_outcome      text,
    screening_reason_codes text[],
    earliest_eligible_date date,
    course_id              uuid        not null,
    session_number         int         not null,
    course_length          int         not null,
    booked_at              timestamptz not null,
    constraint booking_no_double_booking exclude using gist
        (practitioner_id with =, tstzrange(starts_at, blocked_until) with &&) where (holds_slot)
);
create index booking_by_client on booking (client_id);

-- Idempotency-Key of POST /bookings: the first request claims the key; a retry with the same request gets the same
-- booking, another request under the same key is refused. The booking row is written later in the same transaction.
create table booking_request (
    idempotency_key text primary key,
    request         text not null,
    booking_id      uuid not null references booking (id) deferrable initially deferred
);

create table follow_up_offer (
    id                  uuid primary key,
    client_id           uuid        not null references client (id),
    location_id         uuid        not null references location (id),
    time_zone           text        not null,
    session_id          uuid        not null references booking (id),
    milestone           text        not null,
    window_start        date        not null,
    window_end          date        not null,
    status              text        not null,
    accepted_booking_id uuid references booking (id),
    created_at          timestamptz not null
);
create index follow_up_offer_by_client on follow_up_offer (client_id, created_at desc);

create table follow_up_offer_slot (
    offer_id        uuid        not null references follow_up_offer (id),
    position        int         not null,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    practitioner_id uuid        not null references practitioner (id),
    primary key (offer_id, position)
);
