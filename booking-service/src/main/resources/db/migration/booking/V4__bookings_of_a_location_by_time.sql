-- A location's day (GET /locations/{id}/bookings) is read by location and start; without this index every booking
-- of the chain was read for it (issue 19, ADR 0058).
create index booking_by_location on booking (location_id, starts_at);
