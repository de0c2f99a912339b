package io.clinicflow.loadtest.volume;

import java.time.ZoneId;
import java.util.UUID;

/** A location of the seeded chain: open Monday to Saturday, 09:00 to 19:00 local time (DESIGN §7's default). */
record SeededLocation(int index, UUID id, String name, ZoneId zone) {

    static final String OPENING_HOURS = """
            {"MONDAY":[{"opens":"09:00","closes":"19:00"}],"TUESDAY":[{"opens":"09:00","closes":"19:00"}],\
            "WEDNESDAY":[{"opens":"09:00","closes":"19:00"}],"THURSDAY":[{"opens":"09:00","closes":"19:00"}],\
            "FRIDAY":[{"opens":"09:00","closes":"19:00"}],"SATURDAY":[{"opens":"09:00","closes":"19:00"}]}""";
}
