package io.clinicflow.aftercare.plans;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/** Local hours in which no message is sent to a client; a message due then waits until they end. */
public record QuietHours(LocalTime start, LocalTime end) {

    /** DESIGN §6: nothing is sent between 20:00 and 09:00 local time. */
    public static QuietHours defaults() {
        return new QuietHours(LocalTime.of(20, 0), LocalTime.of(9, 0));
    }

    public boolean contain(LocalTime time) {
        return start.isAfter(end)
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
    }

    /** The time itself outside quiet hours, else the end of these quiet hours (the next 09:00) in the same zone. */
    public ZonedDateTime shift(ZonedDateTime due) {
        if (!contain(due.toLocalTime())) {
            return due;
        }
        var endDay = due.toLocalTime().isBefore(end) ? due.toLocalDate() : due.toLocalDate().plusDays(1);
        return ZonedDateTime.of(endDay, end, due.getZone());
    }
}
