-- Location settings (DESIGN §4 defaults), configurable per location.
alter table location
    add column short_session_minutes     int not null default 60,
    add column long_session_minutes      int not null default 90,
    add column buffer_minutes            int not null default 15,
    add column course_length             int not null default 3,
    add column min_days_between_sessions int not null default 28;

-- A date on which the location is closed, whatever its weekly hours say.
create table location_closure (
    location_id uuid not null references location (id),
    closed_on   date not null,
    reason      text not null,
    primary key (location_id, closed_on)
);

-- A practitioner's own weekly hours at a location; without a row the practitioner works the location's hours.
create table practitioner_schedule (
    practitioner_id uuid  not null references practitioner (id),
    location_id     uuid  not null references location (id),
    working_hours   jsonb not null,
    primary key (practitioner_id, location_id)
);

create table practitioner_time_off (
    id              uuid primary key,
    practitioner_id uuid        not null references practitioner (id),
    starts_at       timestamptz not null,
    ends_at         timestamptz not null
);
create index practitioner_time_off_by_practitioner on practitioner_time_off (practitioner_id, starts_at);

-- A course of sessions; how many are done is read from its bookings, only a stop is stored.
create table course (
    id           uuid primary key,
    client_id    uuid        not null references client (id),
    location_id  uuid        not null references location (id),
    length       int         not null,
    opened_at    timestamptz not null,
    cancelled_at timestamptz
);
insert into course (id, client_id, location_id, length, opened_at)
select distinct on (course_id) course_id, client_id, location_id, course_length, booked_at
from booking order by course_id, session_number;
alter table booking add constraint booking_course foreign key (course_id) references course (id);
create index booking_by_course on booking (course_id, session_number);

-- Who decided what and when: a practitioner's review, a cancellation.
alter table booking
    add column review_decision     text,
    add column reviewed_by         text,
    add column reviewed_at         timestamptz,
    add column cancelled_by        text,
    add column cancellation_reason text,
    add column cancelled_at        timestamptz;

create index follow_up_offer_open_by_window on follow_up_offer (window_end) where status = 'OPEN';
