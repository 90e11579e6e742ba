package vn.nscl.shared.ui;

import com.vaadin.flow.component.Component;

import vn.nscl.shared.UserFacingException;

/** A person's action on a page: success is confirmed, a problem the service reports is shown in plain words. */
public final class Attempts {

    private Attempts() {
    }

    /** Runs the action; returns whether it succeeded. */
    public static boolean run(Component view, Runnable action, String doneKey, Object... args) {
        try {
            action.run();
        } catch (UserFacingException problem) {
            Notifications.error(message(view, problem));
            return false;
        }
        Notifications.success(view.getTranslation(doneKey, args));
        return true;
    }

    /** The problem's text: its first field problem when it names fields, else its own message. */
    public static String message(Component view, UserFacingException problem) {
        return problem.fieldProblems().isEmpty() ? view.getTranslation(problem.messageKey(), problem.args())
                : view.getTranslation(problem.fieldProblems().getFirst().messageKey(),
                        problem.fieldProblems().getFirst().argArray());
    }
}
