package io.clinicflow.session.declarations;

import java.time.LocalDate;

/** One answer of a health declaration, typed by its question's {@link AnswerCode.Kind}. */
public sealed interface Answer {

    /** The answer as it reads in JSON: a boolean, an ISO date or a number. */
    Object json();

    record YesNo(boolean yes) implements Answer {
        @Override
        public Object json() {
            return yes;
        }
    }

    record LastDate(LocalDate on) implements Answer {
        @Override
        public Object json() {
            return on.toString();
        }
    }

    record Scale(int value) implements Answer {
        @Override
        public Object json() {
            return value;
        }
    }
}
