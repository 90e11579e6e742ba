package vn.nscl.matching;

import java.util.List;

/**
 * The messages on a request, oldest first, and whether the reader may write now: from the expert's acceptance until
 * the enterprise confirms the work (afterwards the thread stays readable).
 */
public record MessageThread(List<RequestMessageView> messages, boolean open) {

    static final MessageThread NONE = new MessageThread(List.of(), false);

    /** Whether the request has a thread at all (an expert accepted it at some point). */
    public boolean exists() {
        return open || !messages.isEmpty();
    }
}
