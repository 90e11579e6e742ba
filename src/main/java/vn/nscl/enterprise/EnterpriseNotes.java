package vn.nscl.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

/**
 * DOST's notes on an enterprise: what a visit or a call found, what was agreed. Internal: only officers and
 * administrators read or write them, never the enterprise; each note is kept as written (and audited).
 */
@Service
public class EnterpriseNotes {

    static final int BODY_MAX = 2000;

    private final NoteRepository notes;
    private final EnterpriseRepository enterprises;
    private final AuditLog audit;
    private final Clock clock;

    EnterpriseNotes(NoteRepository notes, EnterpriseRepository enterprises, AuditLog audit, Clock clock) {
        this.notes = notes;
        this.enterprises = enterprises;
        this.audit = audit;
        this.clock = clock;
    }

    public record Note(long id, String body, Instant writtenAt, String writtenBy) {
    }

    /** The enterprise's notes, newest first. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Note> of(long enterpriseId) {
        return notes.findByEnterpriseIdOrderByWrittenAtDescIdDesc(enterpriseId).stream().map(EnterpriseNote::toView)
                .toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public Note write(long enterpriseId, String rawBody) {
        if (!enterprises.existsById(enterpriseId)) {
            throw new UserFacingException("error.not-found");
        }
        String body = TextRules.multiLine(rawBody);
        List<FieldProblem> problems = new java.util.ArrayList<>();
        FieldChecks.text("note", body, BODY_MAX, true, problems);
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        EnterpriseNote note = notes.save(new EnterpriseNote(enterpriseId, body, clock.instant(), SignedIn.actorName(),
                SignedIn.accountId()));
        audit.record(EnterpriseAuditActions.NOTE_WRITTEN, "enterprise", enterpriseId, "ghi chú #" + note.toView().id());
        return note.toView();
    }
}

interface NoteRepository extends JpaRepository<EnterpriseNote, Long> {

    List<EnterpriseNote> findByEnterpriseIdOrderByWrittenAtDescIdDesc(long enterpriseId);
}
