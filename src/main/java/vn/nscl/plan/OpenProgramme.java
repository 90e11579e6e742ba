package vn.nscl.plan;

/** A support programme as published: code, name, where it stands in the plan, what it does. */
public record OpenProgramme(String code, String name, String planItem, String description) {
}
