package io.clinicflow.session.screening;

import io.clinicflow.session.audit.AuditEntry.Action;
import io.clinicflow.session.audit.AuditEntry.RecordType;
import io.clinicflow.session.audit.HealthRecordAccess;
import io.clinicflow.session.bookings.BookingId;
import io.clinicflow.web.PageQuery;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
class ScreeningController {

    private final Screener screener;
    private final HealthRecordAccess access;

    ScreeningController(Screener screener, HealthRecordAccess access) {
        this.screener = screener;
        this.access = access;
    }

    /**
     * A booking's screenings, oldest first, a page at a time (ADR 0037); an unknown booking simply has none (yet), each
     * read is audited.
     */
    @GetMapping("/api/v1/screenings")
    List<ScreeningView> screenings(@RequestParam UUID bookingId, @Valid PageQuery paging,
            @RequestHeader(name = HealthRecordAccess.PURPOSE_HEADER, defaultValue = "screening check") String purpose) {
        BookingId booking = new BookingId(bookingId);
        return access.bookingIfKnown(booking).map(known -> screener.screeningsOf(booking, paging.page()).stream()
                .peek(screening -> access.logged(known.clientId(), RecordType.SCREENING, screening.id().value(),
                        Action.READ, purpose))
                .map(ScreeningView::of).toList()).orElse(List.of());
    }
}
