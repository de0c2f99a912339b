package io.clinicflow.e2e.edge;

import io.clinicflow.e2e.edge.SchemaExamples.Fill;

/**
 * How to make one case again: its number in the run (which picks the random streams), the operation, the hostile
 * input, its size in percent and how full the valid part is. Shrinking makes smaller recipes of a failing one.
 */
record Recipe(int caseNumber, ApiOperation operation, HostileInput input, int size, Fill fill) {

    Recipe smaller(int size, Fill fill) {
        return new Recipe(caseNumber, operation, input, size, fill);
    }

    /** The same case without its hostile input: for the rare draft the input finds nothing to change in. */
    Recipe valid() {
        return new Recipe(caseNumber, operation, HostileInput.VALID, size, fill);
    }

    @Override
    public String toString() {
        return "case " + caseNumber + ", " + operation.name() + ", " + input + ", size " + size + "%, " + fill;
    }
}
