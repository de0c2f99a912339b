package io.clinicflow.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** An address over the limit, path and query counted with the '?' between them, is a 414 problem detail. */
class UrlLengthLimitTests {

    private static final int LIMIT = 100;
    private static final String PATH = "/api/v1/clients";

    private final UrlLengthLimit limit = new UrlLengthLimit(LIMIT);

    @ParameterizedTest(name = "query of {0} characters -> {1}")
    @CsvSource(textBlock = """
            -1, 200
            84, 200
            85, 414
            """)
    void refusesAnAddressOverTheLimit(int queryLength, int status) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", PATH);
        if (queryLength >= 0) {
            request.setQueryString("n=" + "a".repeat(queryLength - 2));
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        limit.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(status);
        if (status == 414) {
            assertThat(chain.getRequest()).as("nothing behind the filter sees the request").isNull();
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            assertThat(response.getContentAsString()).contains("\"status\":414", "100 characters");
        } else {
            assertThat(chain.getRequest()).isSameAs(request);
        }
    }
}
