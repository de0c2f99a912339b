-- A location's day (its bookings list, whether it can close) is read by location and start; without this index the
-- whole booking table was scanned for it (issue 19, ADR 0058).
create index booking_by_location on booking (location_id, starts_at);
