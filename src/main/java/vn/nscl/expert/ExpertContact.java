package vn.nscl.expert;

/** How an enterprise reaches the expert working with it: given out only for an accepted engagement. */
public record ExpertContact(String fullName, String organisation, String phone, String email) {
}
