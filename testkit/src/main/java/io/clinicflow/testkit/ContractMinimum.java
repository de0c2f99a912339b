package io.clinicflow.testkit;

import io.clinicflow.testkit.ApiClient.Response;
import org.junit.jupiter.api.DynamicTest;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §7 as a stranger reads it (issue 16): each endpoint with the smallest request the contract allows, and its
 * error cases (unknown id 404, conflict 409, idempotency key reused with another body 422). A refusal must be an
 * RFC 9457 problem detail that carries its status.
 */
public final class ContractMinimum {

    /** One row: the call as DESIGN §7 writes it, the status the contract promises, and the request. */
    public record Call(String contract, int status, Supplier<Response> request) {
    }

    private ContractMinimum() {
    }

    public static Call call(String contract, int status, Supplier<Response> request) {
        return new Call(contract, status, request);
    }

    public static Stream<DynamicTest> of(List<Call> table) {
        return table.stream().map(call -> DynamicTest.dynamicTest(call.contract() + " → " + call.status(), () -> {
            Response response = call.request().get();
            assertThat(response.status()).as("%s answered %s", call.contract(), response.body())
                    .isEqualTo(call.status());
            if (call.status() >= 400) {
                assertThat(response.body().path("status").asInt()).as("problem detail of %s", call.contract())
                        .isEqualTo(call.status());
            }
        }));
    }
}
