package io.clinicflow.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A body over the limit is a 413 problem detail whether its length is declared or only known once read. */
class RequestBodyLimitTests {

    private static final int LIMIT = 1024;

    private final RequestBodyLimit limit = new RequestBodyLimit(LIMIT);

    @ParameterizedTest(name = "{0} bytes, Content-Length declared: {1} -> {2}")
    @CsvSource(textBlock = """
            1024, true,  200
            1025, true,  413
            1024, false, 200
            1025, false, 413
            0,    false, 200
            """)
    void refusesABodyOverTheLimitAndHandsOnTheRestWhole(int bytes, boolean declared, int status) throws Exception {
        byte[] body = "x".repeat(bytes).getBytes();
        MockHttpServletRequest request = declared ? new MockHttpServletRequest() : new ChunkedRequest();
        request.setContent(body);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        limit.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(status);
        if (status == 413) {
            assertThat(chain.getRequest()).as("nothing behind the filter sees the request").isNull();
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            assertThat(response.getContentAsString()).contains("\"status\":413", "1024 bytes");
        } else {
            HttpServletRequest handedOn = (HttpServletRequest) chain.getRequest();
            assertThat(handedOn.getInputStream().readAllBytes()).isEqualTo(body);
        }
    }

    /** A chunked body: its length is not known before it is read. */
    private static final class ChunkedRequest extends MockHttpServletRequest {
        @Override
        public long getContentLengthLong() {
            return -1;
        }
    }
}
