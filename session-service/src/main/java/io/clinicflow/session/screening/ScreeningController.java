package io.clinicflow.session.screening;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@RestController
class ScreeningController {

    record ScreeningView(UUID id, UUID bookingId, ScreeningOutcome outcome, List<String> reasonCodes,
                         LocalDate earliestEligibleDate, String ruleSetVersion, OffsetDateTime screenedAt) {
        static ScreeningView of(Screening screening) {
            Verdict verdict = screening.verdict();
            return new ScreeningView(screening.id(), screening.bookingId(), verdict.outcome(), verdict.reasonCodes(),
                    verdict.earliestEligibleDate().orElse(null), verdict.ruleSetVersion(),
                    screening.screenedAt().atOffset(ZoneOffset.UTC));
        }
    }

    private final Screener screener;

    ScreeningController(Screener screener) {
        this.screener = screener;
    }

    /** A booking's screenings, oldest first; an unknown booking simply has none (yet). */
    @GetMapping("/api/v1/screenings")
    List<ScreeningView> screenings(@RequestParam UUID bookingId) {
        return screener.screeningsOf(bookingId).stream().map(ScreeningView::of).toList();
    }
}
