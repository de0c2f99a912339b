package io.clinicflow.web;

import io.clinicflow.kernel.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The optional query parameters {@code limit} and {@code offset} of a list, validated and documented here and handed
 * to the use case as the plain {@link Page} they ask for (issue 23, ADR 0037).
 */
@ParameterObject
public record PageQuery(
        @Schema(description = "at most this many records", defaultValue = "" + Page.DEFAULT_LIMIT)
        @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
        @Schema(description = "skip this many records first, in the list's order", defaultValue = "0")
        @Min(0) Integer offset) {

    public Page page() {
        return new Page(limit, offset);
    }
}
