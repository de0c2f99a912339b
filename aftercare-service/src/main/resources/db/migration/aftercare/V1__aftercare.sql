-- Contact details and consent of clients, as booking-service registered them (ClientRegistered).
create table client (
    client_id     uuid        primary key,
    first_name    text        not null,
    email         text        not null,
    phone         text,
    email_consent boolean     not null,
    sms_consent   boolean     not null,
    registered_at timestamptz not null
);

-- One aftercare plan per completed session (session id = booking id), with the journey its events belong to.
create table aftercare_plan (
    session_id      uuid        primary key,
    client_id       uuid        not null references client,
    location_id     uuid        not null,
    practitioner_id uuid        not null,
    time_zone       text        not null,
    completed_at    timestamptz not null,
    started_at      timestamptz not null,
    correlation_id  text        not null,
    causation_id    text        not null
);
create index aftercare_plan_client on aftercare_plan (client_id);

-- When each step of a plan fires (messages after any quiet-hours move; milestones exactly when due).
create table aftercare_step (
    session_id uuid        not null references aftercare_plan,
    step       text        not null,
    due_at     timestamptz not null,
    primary key (session_id, step)
);

-- One row per message step and channel; the id is derived from (session, step, channel), so it exists once.
create table aftercare_message (
    message_id    uuid        primary key,
    session_id    uuid        not null,
    step          text        not null,
    channel       text        not null,
    scheduled_for timestamptz not null,
    status        text        not null check (status in ('SCHEDULED', 'SENT', 'SKIPPED', 'FAILED', 'CANCELLED')),
    note          text,
    sent_at       timestamptz,
    unique (session_id, step, channel),
    foreign key (session_id, step) references aftercare_step
);

-- Reached healing milestones; the key makes reaching one twice impossible.
create table milestone (
    session_id uuid        not null references aftercare_plan,
    milestone  text        not null,
    reached_at timestamptz not null,
    primary key (session_id, milestone)
);

-- db-scheduler 16.x (PostgreSQL DDL of the library, priority included): the durable schedule of aftercare steps.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
