package io.clinicflow.session.screening;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
class ScreeningController {

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
