package vn.nscl.tasks;

/** A file a task made (a report, an export), kept with the task until downloaded or purged. */
public record TaskFile(String name, String mediaType, byte[] content) {
}
