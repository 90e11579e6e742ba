package vn.nscl.matching;

import java.time.Instant;

/** A message as its reader sees it; {@code mine} when the reader wrote it. */
public record RequestMessageView(long id, MessageSide side, String authorName, String body, Instant sentAt,
        boolean mine) {
}
