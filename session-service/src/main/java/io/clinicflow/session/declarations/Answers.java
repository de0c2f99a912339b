package io.clinicflow.session.declarations;

import io.clinicflow.kernel.DateOfBirth;
import io.clinicflow.kernel.InvalidRequestException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The answers of one declaration. A question left out means "no"; no answers at all means nothing to declare. */
public final class Answers {

    static final int FITZPATRICK_MIN = 1;
    static final int FITZPATRICK_MAX = 6;
    private static final LocalDate EARLIEST = LocalDate.parse(DateOfBirth.EARLIEST);

    private static final int LONGEST_CODE = Arrays.stream(AnswerCode.values()).mapToInt(code -> code.name().length())
            .max().orElseThrow();

    private final Map<AnswerCode, Answer> byCode;

    private Answers(EnumMap<AnswerCode, Answer> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    public static Answers none() {
        return new Answers(new EnumMap<>(AnswerCode.class));
    }

    /**
     * Reads answers as JSON gives them (code → Boolean, String date or Number). A "last" date after {@code today}
     * is refused. Each refusal names the field {@code answers.CODE}.
     */
    public static Answers parse(Map<String, Object> raw, LocalDate today) {
        EnumMap<AnswerCode, Answer> byCode = new EnumMap<>(AnswerCode.class);
        raw.forEach((name, value) -> {
            AnswerCode code = codeNamed(name);
            byCode.put(code, answer(code, value, today));
        });
        return new Answers(byCode);
    }

    public boolean says(AnswerCode code) {
        return byCode.get(code) instanceof Answer.YesNo(boolean yes) && yes;
    }

    public Optional<LocalDate> lastDate(AnswerCode code) {
        return byCode.get(code) instanceof Answer.LastDate(LocalDate on) ? Optional.of(on) : Optional.empty();
    }

    public OptionalInt scale(AnswerCode code) {
        return byCode.get(code) instanceof Answer.Scale(int value) ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /** The answers as submitted, in question order, as JSON values. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        byCode.forEach((code, answer) -> json.put(code.name(), answer.json()));
        return json;
    }

    /** An unknown code is named in the answer, unless it is longer than any code: a megabyte is not echoed back. */
    private static AnswerCode codeNamed(String name) {
        try {
            return AnswerCode.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw name.length() > LONGEST_CODE
                    ? new InvalidRequestException("answers", "holds a code longer than any question's")
                    : invalid(name, "is not a question of the health declaration");
        }
    }

    private static Answer answer(AnswerCode code, Object value, LocalDate today) {
        if (Boolean.FALSE.equals(value)) {
            return new Answer.YesNo(false);
        }
        return switch (code.kind()) {
            case YES_NO -> yesNo(code, value);
            case LAST_DATE -> lastDate(code, value, today);
            case FITZPATRICK_SCALE -> scale(code, value);
        };
    }

    private static Answer yesNo(AnswerCode code, Object value) {
        if (value instanceof Boolean yes) {
            return new Answer.YesNo(yes);
        }
        throw invalid(code.name(), "must be true or false");
    }

    private static Answer lastDate(AnswerCode code, Object value, LocalDate today) {
        LocalDate on = value instanceof String text ? isoDate(text) : null;
        if (on == null) {
            throw invalid(code.name(), "must be the ISO date (yyyy-MM-dd) it last happened, or false");
        }
        if (on.isAfter(today)) {
            throw invalid(code.name(), "must not be in the future, was " + on);
        }
        if (on.isBefore(EARLIEST)) {        // no client's life began earlier (issue 23, ADR 0040)
            throw invalid(code.name(), "must not be before " + EARLIEST + ", was " + on);
        }
        return new Answer.LastDate(on);
    }

    private static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Answer scale(AnswerCode code, Object value) {
        long type = value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : 0;
        if (type < FITZPATRICK_MIN || type > FITZPATRICK_MAX) {
            throw invalid(code.name(), "must be a Fitzpatrick skin type from 1 to 6");
        }
        return new Answer.Scale((int) type);
    }

    private static InvalidRequestException invalid(String code, String message) {
        return new InvalidRequestException("answers." + code, code + " " + message);
    }
}
