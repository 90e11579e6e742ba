package vn.nscl.plan;

import io.swagger.v3.oas.annotations.media.Schema;

/** A support programme as published: code, name, where it stands in the plan, what it does. */
public record OpenProgramme(String code, String name,
        @Schema(types = {"string", "null"}, description = "Mục của kế hoạch / Item of the plan") String planItem,
        String description) {
}
