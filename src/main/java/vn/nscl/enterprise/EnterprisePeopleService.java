package vn.nscl.enterprise;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.security.AccountEmailChanged;
import vn.nscl.security.ColleagueAccounts;
import vn.nscl.security.ColleagueAccounts.Colleague;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.PhoneNumbers;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.SystemTask;

/**
 * Liên hệ và người dùng: an enterprise keeps its own contact person, phone and address, and its owners invite
 * colleagues (a cooperative's director, accountant and quality officer), each with their own login and a role, and
 * take the login back when someone leaves. Every change is audited.
 */
@Service
public class EnterprisePeopleService {

    public static final int CONTACT_MAX_LENGTH = Enterprise.CONTACT_MAX_LENGTH;
    public static final int ADDRESS_MAX_LENGTH = Enterprise.ADDRESS_MAX_LENGTH;

    private final EnterpriseRepository enterprises;
    private final EnterpriseMemberRepository members;
    private final EnterpriseAccess access;
    private final ColleagueAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    EnterprisePeopleService(EnterpriseRepository enterprises, EnterpriseMemberRepository members,
            EnterpriseAccess access, ColleagueAccounts accounts, AuditLog audit, Clock clock) {
        this.enterprises = enterprises;
        this.members = members;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person with a login in the caller's enterprise. */
    public record Person(long accountId, String name, String email, String phone, MemberRole role, boolean joined,
            boolean registeredIt, boolean me) {
    }

    /** A colleague to invite: name, address and phone of the person, and their role. */
    public record Invitation(String name, String email, String phone, MemberRole role) {
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public EnterpriseContacts contacts() {
        return mine().toContacts(SignedIn.actor());
    }

    /** Whether the caller may change the contacts and the colleagues. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public boolean callerIsOwner() {
        return access.callersRole(mine()).orElse(null) == MemberRole.OWNER;
    }

    /** Saves the contacts; all problems come back at once, at their fields. Owners only. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void updateContacts(String rawContact, String rawPhone, String rawAddress, long expectedVersion) {
        Enterprise enterprise = ownedByOwner();
        if (enterprise.getVersion() != expectedVersion) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        String contact = TextRules.singleLine(rawContact);
        String phone = TextRules.phone(rawPhone);
        String address = TextRules.singleLine(rawAddress);
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.text("contactPerson", contact, CONTACT_MAX_LENGTH, true, problems);
        if (phone.isEmpty()) {
            problems.add(new FieldProblem("phone", "error.required"));
        } else if (!PhoneNumbers.valid(phone)) {
            problems.add(new FieldProblem("phone", "account.error.phone-invalid"));
        }
        FieldChecks.text("address", address, ADDRESS_MAX_LENGTH, false, problems);
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        EnterpriseContacts before = enterprise.toContacts(null);
        enterprise.changeContacts(contact, phone, address.isEmpty() ? null : address);
        audit.record(EnterpriseAuditActions.CONTACTS_CHANGED, "enterprise", enterprise.getId(),
                changes(before, enterprise.toContacts(null)));
    }

    /** Everyone with a login in the caller's enterprise: the owner who registered it first, then by invitation. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public List<Person> people() {
        Enterprise enterprise = mine();
        List<EnterpriseMember> invited = members.findByEnterpriseIdOrderByInvitedAtAscIdAsc(enterprise.getId());
        List<Long> ids = new ArrayList<>(List.of(enterprise.getAccountId()));
        invited.forEach(m -> ids.add(m.getAccountId()));
        Map<Long, Colleague> accountsById = SystemTask.run(() -> accounts.describe(ids));
        long me = SignedIn.accountId();
        List<Person> people = new ArrayList<>();
        Colleague first = accountsById.get(enterprise.getAccountId());
        if (first != null) {
            people.add(new Person(first.accountId(), first.displayName(), first.email(), first.phone(),
                    MemberRole.OWNER, true, true, first.accountId() == me));
        }
        for (EnterpriseMember member : invited) {
            Colleague c = accountsById.get(member.getAccountId());
            if (c != null && c.enabled()) {
                people.add(new Person(c.accountId(), c.displayName(), c.email(), c.phone(), member.getRole(),
                        c.joined(), false, c.accountId() == me));
            }
        }
        return people;
    }

    /** An owner invites a colleague: their login is opened and a link to set a password is mailed to them. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public long invite(Invitation invitation) {
        Enterprise enterprise = ownedByOwner();
        if (invitation.role() == null) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("role", "error.required")));
        }
        long accountId = accounts.invite(invitation.name(), invitation.email(), invitation.phone(),
                enterprise.getName());
        members.save(new EnterpriseMember(enterprise.getId(), accountId, invitation.role(), SignedIn.actor(),
                clock.instant()));
        audit.record(EnterpriseAuditActions.COLLEAGUE_ADDED, "enterprise", enterprise.getId(),
                "tài khoản #" + accountId + ", " + (invitation.role() == MemberRole.OWNER ? "chủ" : "thành viên"));
        return accountId;
    }

    /** An owner takes back a colleague's login (they left); the owner who registered the enterprise stays. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void remove(long accountId) {
        Enterprise enterprise = ownedByOwner();
        if (accountId == SignedIn.accountId()) {
            throw new UserFacingException("people.error.not-yourself");
        }
        EnterpriseMember member = members.findByAccountId(accountId)
                .filter(m -> m.getEnterpriseId() == enterprise.getId())
                .orElseThrow(() -> new AccessDeniedException("Account " + accountId + " is not a colleague here"));
        members.delete(member);
        accounts.disable(accountId);
        audit.record(EnterpriseAuditActions.COLLEAGUE_REMOVED, "enterprise", enterprise.getId(),
                "tài khoản #" + accountId);
    }

    /** The owner's login moved to a new address: the enterprise's contact e-mail, when it was that address, too. */
    @EventListener
    void accountMoved(AccountEmailChanged moved) {
        enterprises.findByAccountId(moved.accountId()).ifPresent(e -> e.followEmail(moved.oldEmail(),
                moved.newEmail()));
    }

    private Enterprise mine() {
        return enterprises.findForAccount(SignedIn.accountId())
                .orElseThrow(() -> new UserFacingException("assessment.error.no-enterprise"));
    }

    private Enterprise ownedByOwner() {
        Enterprise enterprise = mine();
        if (access.callersRole(enterprise).orElse(null) != MemberRole.OWNER) {
            throw new AccessDeniedException("Only an owner changes the enterprise's contacts and colleagues");
        }
        return enterprise;
    }

    private static String changes(EnterpriseContacts before, EnterpriseContacts after) {
        // In the officers' language: the audit log shows these words as they are.
        vn.nscl.shared.ChangeList changed = new vn.nscl.shared.ChangeList()
                .field("Người liên hệ", before.contactPerson(), after.contactPerson())
                .field("Điện thoại", before.phone(), after.phone())
                .field("Địa chỉ", before.address(), after.address());
        return changed.isEmpty() ? null : changed.toString();
    }
}
