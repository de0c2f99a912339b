-- What screening needs to know of a client, from booking-service's ClientRegistered.
create table client (
    client_id        uuid primary key,
    date_of_birth    date not null,
    home_location_id text not null
);

-- Every submission is kept; the latest one (highest seq) counts.
create table health_declaration (
    id           uuid primary key,
    seq          bigint generated always as identity,
    client_id    uuid        not null,
    submitted_at timestamptz not null,
    answers      jsonb       not null
);
create index health_declaration_latest on health_declaration (client_id, seq desc);

-- session-service's copy of booking-service's bookings, from SessionBooked and the booking's later status events.
create table booking (
    booking_id      uuid primary key,
    client_id       uuid        not null,
    location_id     text        not null,
    correlation_id  text        not null,
    practitioner_id text        not null,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    time_zone       text        not null,
    treatment_areas text[]      not null,
    course_id       text        not null,
    session_number  int         not null,
    course_length   int         not null,
    status          text        not null,
    booked_at       timestamptz not null
);
create index booking_by_client on booking (client_id, booked_at desc);

-- Every screening decision, with the rule-set version and what triggered it.
create table screening (
    id                     uuid primary key,
    booking_id             uuid        not null references booking,
    outcome                text        not null,
    reason_codes           text[]      not null,
    earliest_eligible_date date,
    rule_set_version       text        not null,
    screened_at            timestamptz not null,
    trigger                text        not null,
    trigger_event_id       uuid        not null
);
create index screening_by_booking on screening (booking_id, screened_at);

-- A treatment session: started at check-in, its treatment record written at completion.
create table treatment_session (
    booking_id   uuid primary key references booking,
    started_at   timestamptz not null,
    completed_at timestamptz,
    areas        jsonb,
    numbing      boolean,
    device       text,
    notes        text
);
