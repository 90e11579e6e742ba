package vn.nscl.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.nscl.audit.AuditLog;
import vn.nscl.shared.PersonalData;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/**
 * A person's rights over their data (Law 91/2025): to get everything the platform holds about them, from every
 * module (account, profile, enterprise, certificates, requests, applications, training, notifications, mails, audit
 * entries), and to have it erased. Erasure is asked by the person and carried out by DOST (who first settles work in
 * hand); what must remain as a record (an engagement, an audit entry) stays under a pseudonym, and the erasure itself
 * is recorded without personal data.
 */
@Service
public class PersonalDataService {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final List<PersonalData> holders;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PersonalDataService(UserAccountRepository accounts, AccountTokenRepository tokens, List<PersonalData> holders,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.holders = holders;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** An account whose owner asked for their data to be erased. */
    public record ErasureRequest(long accountId, String email, String displayName, java.time.Instant requestedAt) {
    }

    /** Everything the platform holds about the signed-in person, as JSON. */
    @PreAuthorize("isAuthenticated()")
    @Transactional // not read-only: the export is audited
    public byte[] exportMine() {
        UserAccount account = mine();
        PersonalData.Person person = person(account);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        data.put("controller", "Sở Khoa học và Công nghệ (NSCL Connect)");
        data.put("account", accountSection(account));
        for (PersonalData holder : holders) {
            Object section = holder.export(person);
            if (section != null) {
                data.put(holder.section(), section);
            }
        }
        audit.record(SecurityAuditActions.PERSONAL_DATA_EXPORTED, "account", account.getId(), null);
        return JSON.writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
    }

    /** The signed-in person asks for their data to be erased; DOST is told and carries it out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void requestErasure() {
        UserAccount account = mine();
        if (account.getErasureRequestedAt() != null) {
            return;
        }
        account.requestErasure(clock.instant());
        audit.record(SecurityAuditActions.PERSONAL_DATA_ERASURE_REQUESTED, "account", account.getId(), null);
        events.publishEvent(new PersonalDataErasureRequested(account.getId(), account.getDisplayName()));
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ErasureRequest> openRequests() {
        return accounts.findByErasureRequestedAtIsNotNullAndErasedAtIsNullOrderByErasureRequestedAt().stream()
                .map(a -> new ErasureRequest(a.getId(), a.getEmail(), a.getDisplayName(), a.getErasureRequestedAt()))
                .toList();
    }

    /**
     * Erases the person's data in every module, then the account (kept under a pseudonym, never usable again). Only
     * for an account whose owner asked for it.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void erase(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (account.getErasureRequestedAt() == null || account.getErasedAt() != null) {
            throw new UserFacingException("privacy.error.no-request");
        }
        if (account.getId() == SignedIn.accountId()) {
            throw new UserFacingException("error.not-allowed");
        }
        PersonalData.Person person = person(account);
        for (PersonalData holder : holders) {
            holder.erase(person);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        account.erase(person.pseudonym(), passwordEncoder.encode(HexFormat.of().formatHex(secret)), clock.instant());
        tokens.deleteByAccountId(accountId);
        audit.record(SecurityAuditActions.PERSONAL_DATA_ERASED, "account", accountId,
                "các phần: tài khoản, " + String.join(", ", holders.stream().map(PersonalData::section).toList()));
    }

    private UserAccount mine() {
        return accounts.findById(SignedIn.accountId()).orElseThrow(() -> new UserFacingException("error.not-found"));
    }

    private static PersonalData.Person person(UserAccount account) {
        return new PersonalData.Person(account.getId(), account.getEmail(), account.getDisplayName(),
                "erased-" + account.getId());
    }

    private static Map<String, Object> accountSection(UserAccount account) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("email", account.getEmail());
        section.put("name", account.getDisplayName());
        section.put("phone", account.getPhone());
        section.put("organisation", account.getOrganisation());
        section.put("roles", account.getRoles());
        section.put("language", account.getPreferredLocale().getLanguage());
        section.put("createdAt", account.getCreatedAt());
        section.put("emailConfirmedAt", account.getEmailConfirmedAt());
        section.put("lastLoginAt", account.getLastLoginAt());
        section.put("enabled", account.isEnabled());
        return section;
    }
}
