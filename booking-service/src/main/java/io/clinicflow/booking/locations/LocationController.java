package io.clinicflow.booking.locations;

import io.clinicflow.booking.locations.WeeklyHours.Period;
import io.clinicflow.security.LocationScope;
import io.clinicflow.kernel.InvalidRequestException;
import io.clinicflow.web.PageQuery;
import io.clinicflow.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/locations")
class LocationController {

    /** Every setting is optional; a missing one keeps DESIGN's default. */
    record Settings(@Min(15) @Max(240) Integer shortSessionMinutes, @Min(15) @Max(240) Integer longSessionMinutes,
                    @Min(0) @Max(120) Integer bufferMinutes, @Min(3) @Max(6) Integer courseLength,
                    @Min(1) @Max(365) Integer minDaysBetweenSessions) {

        LocationSettings toSettings() {
            LocationSettings defaults = LocationSettings.DEFAULT;
            try {
                return new LocationSettings(minutes(shortSessionMinutes, defaults.shortSession()),
                        minutes(longSessionMinutes, defaults.longSession()), minutes(bufferMinutes, defaults.buffer()),
                        or(courseLength, defaults.courseLength()), or(minDaysBetweenSessions, defaults.minDaysBetweenSessions()));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("settings", e.getMessage());
            }
        }

        static Settings of(LocationSettings settings) {
            return new Settings((int) settings.shortSession().toMinutes(), (int) settings.longSession().toMinutes(),
                    (int) settings.buffer().toMinutes(), settings.courseLength(), settings.minDaysBetweenSessions());
        }

        private static Duration minutes(Integer minutes, Duration otherwise) {
            return minutes == null ? otherwise : Duration.ofMinutes(minutes);
        }

        private static int or(Integer value, int otherwise) {
            return value == null ? otherwise : value;
        }
    }

    /** Lengths from what a clinic needs (ADR 0037): the longest IANA zone id has 32 characters. */
    record LocationRequest(@NotBlank @PlainText(max = 100) String name, @NotBlank @PlainText(max = 64) String timeZone,
                           Map<DayOfWeek, @NotNull @Size(max = WeeklyHours.MAX_PERIODS_A_DAY)
                                   List<@NotNull @Valid Period>> openingHours,
                           @Valid Settings settings) {

        /** Only IANA region ids: an offset such as "+01:00" knows no daylight saving time. */
        ZoneId zone() {
            if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
                throw new InvalidRequestException("timeZone", "'" + timeZone + "' is not an IANA time zone");
            }
            return ZoneId.of(timeZone);
        }

        OpeningHours hours() {
            return openingHours == null ? OpeningHours.DEFAULT : WeeklyHours.read("openingHours", openingHours);
        }

        LocationSettings toSettings() {
            return Optional.ofNullable(settings).map(Settings::toSettings).orElse(LocationSettings.DEFAULT);
        }
    }

    record LocationView(UUID id, String name, String timeZone, Map<DayOfWeek, List<Period>> openingHours,
                        Settings settings) {
        static LocationView of(Location location) {
            return new LocationView(location.id().value(), location.name(), location.timeZone().getId(),
                    WeeklyHours.write(location.openingHours()), Settings.of(location.settings()));
        }
    }

    private final Locations locations;
    private final LocationScope scope;

    LocationController(Locations locations, LocationScope scope) {
        this.locations = locations;
        this.scope = scope;
    }

    @PostMapping
    ResponseEntity<LocationView> open(@Valid @RequestBody LocationRequest body) {
        Location location = locations.open(body.name(), body.zone(), body.hours(), body.toSettings());
        return ResponseEntity.created(URI.create("/api/v1/locations/" + location.id())).body(LocationView.of(location));
    }

    /** By name, a page at a time (ADR 0037). */
    @GetMapping
    List<LocationView> all(@Valid PageQuery paging) {
        return locations.visibleTo(scope, paging.page()).stream().map(LocationView::of).toList();
    }

    @GetMapping("/{id}")
    LocationView one(@PathVariable UUID id) {
        scope.requireLocation(id, "location", id);
        return LocationView.of(locations.get(new LocationId(id)));
    }
}
