package vn.nscl.shell;

import java.time.Duration;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;

/**
 * Keeps the session honest about the person, not the page: while someone types or clicks, the page tells the server
 * every few minutes (typing in a long text sends nothing otherwise); after a stretch without any input it warns a
 * minute before the session ends, and "Tiếp tục làm việc" keeps it. Vaadin's heartbeat alone never keeps a session.
 */
class IdleWarning extends Div {

    private static final Duration PING_EVERY = Duration.ofMinutes(4);
    private final Duration idle;

    IdleWarning(Duration idle) {
        this.idle = idle;
        addClassName("idle-watch");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                const host = this, idleMs = $0, warnMs = Math.max($0 - 60000, 30000), pingMs = $1;
                let lastInput = Date.now(), lastPing = Date.now();
                const box = document.createElement('div');
                box.className = 'idle-warning';
                box.setAttribute('role', 'alertdialog');
                box.setAttribute('aria-live', 'assertive');
                const text = document.createElement('p');
                text.textContent = $2;
                const button = document.createElement('button');
                button.textContent = $3;
                box.append(text, button);
                box.hidden = true;
                document.body.append(box);
                const active = () => { lastInput = Date.now(); box.hidden = true; };
                ['mousedown', 'keydown', 'touchstart', 'wheel'].forEach(type =>
                    document.addEventListener(type, active, {passive: true, capture: true}));
                button.addEventListener('click', () => { active(); lastPing = Date.now(); host.$server.stillHere(); });
                setInterval(() => {
                    const now = Date.now();
                    if (lastInput > lastPing && now - lastPing > pingMs) { lastPing = now; host.$server.stillHere(); }
                    if (box.hidden && now - lastInput > warnMs && now - lastInput < idleMs) { box.hidden = false; }
                }, 10000);
                """, idle.toMillis(), PING_EVERY.toMillis(), getTranslation("idle.warning"),
                getTranslation("idle.continue"));
    }

    /** The person is here: this round trip itself marks the session as in use. */
    @ClientCallable
    void stillHere() {
        // nothing to do: the request was the point
    }
}
