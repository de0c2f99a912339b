package io.clinicflow.booking.locations;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.clinicflow.web.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/locations")
class LocationController {

    /** An opening period as the API writes it: {"opens":"09:00","closes":"19:00"}. */
    record Period(@NotNull @JsonFormat(pattern = "HH:mm") LocalTime opens,
                  @NotNull @JsonFormat(pattern = "HH:mm") LocalTime closes) {
    }

    record LocationRequest(@NotBlank String name, @NotBlank String timeZone,
                           Map<DayOfWeek, List<@NotNull @Valid Period>> openingHours) {

        /** Only IANA region ids: an offset such as "+01:00" knows no daylight saving time. */
        ZoneId zone() {
            if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
                throw new InvalidRequestException("timeZone", "'" + timeZone + "' is not an IANA time zone");
            }
            return ZoneId.of(timeZone);
        }

        OpeningHours hours() {
            if (openingHours == null) {
                return OpeningHours.DEFAULT;
            }
            try {
                Map<DayOfWeek, List<OpenPeriod>> days = new EnumMap<>(DayOfWeek.class);
                openingHours.forEach((day, periods) ->
                        days.put(day, periods.stream().map(p -> new OpenPeriod(p.opens(), p.closes())).toList()));
                return new OpeningHours(days);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("openingHours", e.getMessage());
            }
        }
    }

    record LocationView(UUID id, String name, String timeZone, Map<DayOfWeek, List<Period>> openingHours) {
        static LocationView of(Location location) {
            Map<DayOfWeek, List<Period>> hours = new EnumMap<>(DayOfWeek.class);
            location.openingHours().days().forEach((day, periods) ->
                    hours.put(day, periods.stream().map(p -> new Period(p.opens(), p.closes())).toList()));
            return new LocationView(location.id().value(), location.name(), location.timeZone().getId(), hours);
        }
    }

    private final Locations locations;

    LocationController(Locations locations) {
        this.locations = locations;
    }

    @PostMapping
    ResponseEntity<LocationView> open(@Valid @RequestBody LocationRequest body) {
        Location location = locations.open(body.name(), body.zone(), body.hours());
        return ResponseEntity.created(URI.create("/api/v1/locations/" + location.id())).body(LocationView.of(location));
    }

    @GetMapping
    List<LocationView> all() {
        return locations.all().stream().map(LocationView::of).toList();
    }

    @GetMapping("/{id}")
    LocationView one(@PathVariable UUID id) {
        return LocationView.of(locations.get(new LocationId(id)));
    }
}
