package io.clinicflow.booking.bookings;

import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.Reception;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static io.clinicflow.booking.Reception.bookingRequest;
import static io.clinicflow.booking.Reception.inDays;
import static org.assertj.core.api.Assertions.assertThat;

@BookingServiceTest
class DoubleBookingIntegrationTests {

    private static final int FRONT_DESKS = 8;

    @LocalServerPort
    int port;

    @Test
    void booksASlotOnceWhenEightFrontDesksTryAtTheSameMoment() throws Exception {
        Reception reception = new Reception(port);
        String soho = reception.openLocation();
        String mara = reception.practitionerAt(soho);
        List<String> clients = IntStream.range(0, FRONT_DESKS).mapToObj(i -> reception.registerClient(soho)).toList();
        CountDownLatch start = new CountDownLatch(1);

        List<Integer> statuses;
        try (ExecutorService desks = Executors.newFixedThreadPool(FRONT_DESKS)) {
            List<CompletableFuture<Integer>> attempts = clients.stream().map(client -> {
                Map<String, Object> request = bookingRequest(client, soho, mara, inDays(3, "14:00"));
                return CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return reception.book(request).status();
                }, desks);
            }).toList();
            start.countDown();
            statuses = attempts.stream().map(CompletableFuture::join).toList();
        }

        assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        assertThat(clients.stream().mapToInt(client ->
                reception.api.get("/api/v1/clients/" + client + "/bookings").body().size()).sum()).isEqualTo(1);
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
