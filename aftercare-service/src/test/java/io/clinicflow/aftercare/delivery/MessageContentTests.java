package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.plans.AftercareStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MessageContentTests {

    @ParameterizedTest
    @EnumSource(value = AftercareStep.class, names = {"DAY0_INSTRUCTIONS", "DAY1_CHECK_IN", "DAY3_SKINCARE",
            "RESULTS_REVIEW"})
    void saysTheSameInTextAndHtml(AftercareStep step) {
        MessageContent content = MessageContent.of(step, "Ada");

        assertThat(content.subject()).isNotBlank();
        assertThat(content.paragraphs()).isNotEmpty().allSatisfy(paragraph -> {
            assertThat(content.text()).contains(paragraph);
            assertThat(content.html()).contains("<p>" + paragraph.replace("'", "&#39;") + "</p>");
        });
    }

    @Test
    void escapesTheClientsNameInHtmlOnly() {
        MessageContent content = MessageContent.of(AftercareStep.DAY0_INSTRUCTIONS, "<b>Ada</b>");

        assertThat(content.text()).startsWith("Hello <b>Ada</b>,");
        assertThat(content.html()).contains("Hello &lt;b&gt;Ada&lt;/b&gt;,").doesNotContain("<b>");
    }

    @Test
    void hasNoContentForMilestones() {
        assertThatIllegalArgumentException().isThrownBy(() -> MessageContent.of(AftercareStep.NEXT_SESSION, "Ada"));
    }
}
