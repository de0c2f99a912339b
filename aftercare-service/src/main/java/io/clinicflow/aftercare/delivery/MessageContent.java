package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.offers.FollowUpOffer;
import io.clinicflow.aftercare.plans.AftercareStep;
import org.springframework.web.util.HtmlUtils;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an aftercare message says (DESIGN §6; the chain's default English templates), as plain text and as HTML. */
record MessageContent(String subject, String greeting, List<String> paragraphs) {

    private static final String SIGNATURE = "Your ClinicFlow care team";
    private static final DateTimeFormatter SLOT =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm (xxx)", Locale.ENGLISH);

    static MessageContent of(AftercareStep step, String firstName) {
        String greeting = "Hello " + firstName + ",";
        return switch (step) {
            case DAY0_INSTRUCTIONS -> new MessageContent("Your aftercare for the next 48 hours", greeting, List.of(
                    "Redness and swelling after microneedling are normal: they are your skin starting to heal.",
                    "Cleanse gently with a mild cleanser and lukewarm water. No makeup for 24 hours.",
                    "Keep out of the sun, and no sweating, sport or sauna for 48 hours."));
            case DAY1_CHECK_IN -> new MessageContent("How is your skin today?", greeting, List.of(
                    "Please check in with us: rate your redness, swelling and pain from 0 (none) to 3 (strong).",
                    "Tell us about any concern, such as warmth, pus or pain that gets worse."));
            case DAY3_SKINCARE -> new MessageContent("Day 3: flaking is normal", greeting, List.of(
                    "Some dryness and flaking now is normal; do not pick or scrub.",
                    "Apply sunscreen (SPF 30 or higher) every day.",
                    "You can resume your gentle skincare routine; hold off on retinoids and acids a few days more."));
            case RESULTS_REVIEW -> new MessageContent("Six weeks on: how are your results?", greeting, List.of(
                    "Results of collagen induction therapy show at 4 to 6 weeks, as new collagen forms.",
                    "How would you rate your results? Your answer helps us plan your next steps together."));
            case FOLLOW_UP_OFFER -> throw new IllegalArgumentException(step + " needs its offer: use offer(...)");
            case DAY7_HEALING_CHECK, NEXT_SESSION, MAINTENANCE ->
                    throw new IllegalArgumentException(step + " is a milestone, not a message");
        };
    }

    /** The follow-up offer: its slots in the location's local time, and how to accept one. */
    static MessageContent offer(String firstName, FollowUpOffer offer, ZoneId zone) {
        List<String> slots = offer.slots().stream()
                .map(slot -> "- " + SLOT.format(slot.startsAt().atZone(zone))).toList();
        return new MessageContent("Your next session: choose a time", "Hello " + firstName + ",", List.of(
                "Your skin has had time to heal, and your next session can be booked. We kept these times for you:",
                String.join("\n", slots),
                "To accept, reply with the time you choose or call your clinic, quoting offer " + offer.offerId()
                        + "; the time is then booked for you."));
    }

    /** Short enough for an SMS: the words without the HTML and the signature. */
    String sms() {
        return greeting + " " + String.join(" ", paragraphs).replace("\n", ", ");
    }

    String text() {
        return greeting + "\n\n" + String.join("\n\n", paragraphs) + "\n\n" + SIGNATURE + "\n";
    }

    /** The same words in HTML; the client's name and every paragraph are escaped. */
    String html() {
        return "<html><body><p>" + HtmlUtils.htmlEscape(greeting) + "</p>"
                + paragraphs.stream().map(p -> "<p>" + HtmlUtils.htmlEscape(p) + "</p>").collect(Collectors.joining())
                + "<p>" + SIGNATURE + "</p></body></html>";
    }
}
