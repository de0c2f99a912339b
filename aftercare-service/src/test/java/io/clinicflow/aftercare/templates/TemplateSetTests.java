package io.clinicflow.aftercare.templates;

import io.clinicflow.aftercare.offers.FollowUpOffer;
import io.clinicflow.aftercare.offers.OfferId;
import io.clinicflow.aftercare.offers.OfferedSlot;
import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.TreatmentArea;
import io.clinicflow.aftercare.sessions.SessionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.clinicflow.aftercare.plans.AftercareStep.DAY0_INSTRUCTIONS;
import static io.clinicflow.aftercare.plans.AftercareStep.DAY3_SKINCARE;
import static io.clinicflow.aftercare.plans.AftercareStep.FOLLOW_UP_OFFER;
import static io.clinicflow.aftercare.plans.TreatmentArea.ABDOMEN_WAIST;
import static io.clinicflow.aftercare.plans.TreatmentArea.FACE;
import static io.clinicflow.aftercare.plans.TreatmentArea.THIGHS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The shipped template sets' wording (DESIGN §6), rendered without Spring. */
class TemplateSetTests {

    static final Locale EN_GB = Locale.forLanguageTag("en-GB");
    static final Locale EN_US = Locale.forLanguageTag("en-US");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final String BODY_CLOTHING = "Avoid tight waistbands, bra straps";

    private final TemplateSet british = shipped(EN_GB);
    private final TemplateSet american = shipped(EN_US);

    @Test
    void givesAFaceOnlySessionTheFaceInstructionsAndNoneForTheBody() {
        MessageContent day0 = british.render(DAY0_INSTRUCTIONS, facts("Ada", FACE));

        assertThat(day0.subject()).isEqualTo("Your aftercare for the next 48 hours");
        assertThat(List.of(day0.text(), day0.html())).allSatisfy(body -> assertThat(body)
                .contains("Redness and swelling after microneedling are normal", "mild cleanser",
                        "Keep out of the sun, and no sweating, sport or sauna for 48 hours", "No makeup for 24 hours")
                .doesNotContain(BODY_CLOTHING, "No swimming", "body areas"));
        assertThat(day0.sms()).contains("No makeup for 24h").doesNotContain("swimming");
    }

    @Test
    void givesABodyAreaSessionTheBodyInstructionsAndNoneForTheFace() {
        MessageContent day0 = british.render(DAY0_INSTRUCTIONS, facts("Ada", ABDOMEN_WAIST));

        assertThat(List.of(day0.text(), day0.html())).allSatisfy(body -> assertThat(body)
                .contains("Redness and swelling", "no sweating, sport or sauna for 48 hours", BODY_CLOTHING,
                        "No swimming and no gym for 48 to 72 hours", "heals more slowly than on the face")
                .doesNotContain("No makeup"));
        assertThat(day0.sms()).contains("Loose clothing", "no swimming or gym for 48-72h").doesNotContain("makeup");
    }

    @Test
    void givesAMixedSessionBothFaceAndBodyInstructions() {
        MessageContent day0 = british.render(DAY0_INSTRUCTIONS, facts("Ada", FACE, THIGHS));

        assertThat(day0.text()).contains("Your face:", "No makeup for 24 hours", "Treated body areas:", BODY_CLOTHING);
        assertThat(day0.html()).contains("<strong>Your face</strong>", "<strong>Treated body areas</strong>");
    }

    @ParameterizedTest(name = "{0} speaks of body areas only after a body-area session")
    @EnumSource(value = AftercareStep.class, names = {"DAY0_INSTRUCTIONS", "DAY1_CHECK_IN", "DAY3_SKINCARE",
            "RESULTS_REVIEW"})
    void addsBodyAreaSectionsToEveryCareMessageOfABodyAreaSession(AftercareStep step) {
        MessageContent face = british.render(step, facts("Ada", FACE));
        MessageContent body = british.render(step, facts("Ada", THIGHS));

        assertThat(List.of(face.text(), face.html())).allSatisfy(text -> assertThat(text).doesNotContain("body areas"));
        assertThat(List.of(body.text(), body.html())).allSatisfy(text -> assertThat(text).contains("body areas"));
    }

    @Test
    void saysFlakingIsNormalWithDailySpfOnDay3AndStretchMarksHealSlowerOnTheBody() {
        MessageContent day3 = british.render(DAY3_SKINCARE, facts("Ada", FACE, THIGHS));

        assertThat(day3.text()).contains("flaking now is normal", "SPF 30 or higher) every day",
                "resume your gentle skincare routine", "on stretch marks especially", "moisturise");
    }

    @Test
    void asksForAResultsRatingAtFourToSixWeeks() {
        MessageContent review = british.render(AftercareStep.RESULTS_REVIEW, facts("Ada", FACE));

        assertThat(review.text()).contains("show at 4 to 6 weeks", "How would you rate your results");
        assertThat(review.sms()).contains("4-6 weeks", "rate");
    }

    @Test
    void writesAmericanSpellingAndWordingInEnUs() {
        MessageContent gb = british.render(DAY3_SKINCARE, facts("Ada", THIGHS));
        MessageContent us = american.render(DAY3_SKINCARE, facts("Ada", THIGHS));

        assertThat(gb.text()).startsWith("Hello Ada,").contains("moisturise", "moisturiser").doesNotContain("moisturiz");
        assertThat(us.text()).startsWith("Hi Ada,").contains("moisturize", "moisturizer").doesNotContain("moisturis");
        assertThat(us.html()).contains("<html lang=\"en-US\">");
    }

    @Test
    void listsTheOfferedSlotsInTheLocationsTimeWith24HourClockInEnGbAnd12HourInEnUs() {
        var startsAt = LocalDateTime.parse("2027-01-05T14:30");
        UUID offerId = UUID.randomUUID();

        MessageContent gb = british.render(FOLLOW_UP_OFFER, offerFacts(offerId, startsAt.atZone(LONDON).toInstant(),
                LONDON));
        MessageContent us = american.render(FOLLOW_UP_OFFER, offerFacts(offerId,
                startsAt.atZone(LOS_ANGELES).toInstant(), LOS_ANGELES));

        assertThat(gb.text()).contains("- Tuesday 5 January 2027 at 14:30 (GMT)", offerId.toString());
        assertThat(gb.html()).contains("<li>Tuesday 5 January 2027 at 14:30 (GMT)</li>");
        assertThat(us.text()).contains("- Tuesday, January 5, 2027 at 2:30 PM (PST)", offerId.toString());
        assertThat(List.of(gb.sms(), us.sms())).allSatisfy(sms -> assertThat(sms).contains(offerId.toString()));
    }

    @Test
    void escapesTheClientsNameInTheHtmlBodyOnly() {
        MessageContent day0 = british.render(DAY0_INSTRUCTIONS, facts("<b>O'Brien & Co</b>", FACE));

        assertThat(day0.html()).contains("<p>Hello &lt;b&gt;O&#39;Brien &amp; Co&lt;/b&gt;,</p>")
                .doesNotContain("<b>", "O'Brien");
        assertThat(day0.text()).startsWith("Hello <b>O'Brien & Co</b>,");
        assertThat(day0.sms()).startsWith("Hello <b>O'Brien & Co</b>,");
    }

    @ParameterizedTest(name = "{0}: DAY0 SMS in one segment for the face, two for face and body, in plain characters")
    @ValueSource(strings = {"en-GB", "en-US"})
    void keepsTheDay0SmsShort(String locale) {
        TemplateSet set = shipped(Locale.forLanguageTag(locale));

        String mixed = set.render(DAY0_INSTRUCTIONS, facts("Alexandra", FACE, ABDOMEN_WAIST, THIGHS)).sms();
        String faceOnly = set.render(DAY0_INSTRUCTIONS, facts("Alexandra", FACE)).sms();

        assertThat(mixed).hasSizeLessThanOrEqualTo(320).matches("\\p{ASCII}+").doesNotContain("\n");
        assertThat(faceOnly).hasSizeLessThanOrEqualTo(160);
    }

    @Test
    void hasNoTemplatesForMilestonesAndNoOfferMessageWithoutItsOffer() {
        assertThatIllegalArgumentException().isThrownBy(() -> british.render(AftercareStep.NEXT_SESSION,
                facts("Ada", FACE))).withMessageContaining("NEXT_SESSION is a milestone");
        assertThatIllegalArgumentException().isThrownBy(() -> british.render(FOLLOW_UP_OFFER, facts("Ada", FACE)))
                .withMessageContaining("needs the offer");
    }

    static TemplateSet shipped(Locale locale) {
        TemplateSetName name = new TemplateSetName(AftercareTemplates.DEFAULT_CHAIN, locale);
        return TemplateSet.load(name, TemplateFiles.onClassPath(AftercareTemplates.ROOT, name));
    }

    static MessageFacts facts(String firstName, TreatmentArea... areas) {
        return new MessageFacts(UUID.randomUUID(), LONDON, firstName, Set.of(areas), Optional.empty());
    }

    private static MessageFacts offerFacts(UUID offerId, Instant startsAt, ZoneId zone) {
        FollowUpOffer offer = new FollowUpOffer(new OfferId(offerId), new SessionId(UUID.randomUUID()),
                List.of(new OfferedSlot(startsAt, startsAt.plusSeconds(3600), UUID.randomUUID())));
        return new MessageFacts(UUID.randomUUID(), zone, "Ada", Set.of(FACE), Optional.of(offer));
    }
}
