package vn.nscl.shared;

/**
 * A module's share of what the platform holds about a person (Law 91/2025 on personal data protection): what it
 * exports when the person asks for their data, and what it erases or pseudonymises when their data is erased. Each
 * module that keeps personal data implements it for its own tables; the account's module gathers them all.
 */
public interface PersonalData {

    /** Whose data: the account, how it is known, and what stands for it once erased. */
    record Person(long accountId, String email, String displayName, String pseudonym) {

        /**
         * How records that name people show this one, as {@link SignedIn#actorName()} writes it: the display name, or
         * the e-mail where there is none.
         */
        public String shownName() {
            return displayName == null || displayName.isBlank() ? email : displayName;
        }
    }

    /** The section's name in the exported file, e.g. {@code enterprise}. */
    String section();

    /** What this module holds about the person, as plain values (maps, lists, text); null when nothing. */
    Object export(Person person);

    /**
     * Erases what this module holds about the person, or replaces it by the pseudonym where a record must remain
     * (an engagement, an audit entry); called inside the erasure's transaction.
     */
    void erase(Person person);
}
