package vn.nscl.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PostConstruct;
import tools.jackson.databind.json.JsonMapper;
import vn.nscl.shared.SeedingLock;

/**
 * Publishes the questionnaire files at start-up and serves published versions. A file whose content changed while
 * its version number did not stops the start, because assessments already submitted are pinned to the old content:
 * the message asks to raise the version instead. Published versions are never changed or deleted.
 */
@Service
public class Questionnaires {

    private static final Logger log = LoggerFactory.getLogger(Questionnaires.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final QuestionnaireFiles files;
    private final QuestionnaireVersionRepository versions;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Map<Tier, Questionnaire> current = new EnumMap<>(Tier.class);
    private final Map<Long, Questionnaire> byId = new ConcurrentHashMap<>();
    private final SeedingLock seeding;

    Questionnaires(ResourceLoader resources, QuestionnaireProperties properties,
            QuestionnaireVersionRepository versions, TransactionTemplate transaction, Clock clock, SeedingLock seeding) {
        this.seeding = seeding;
        this.files = new QuestionnaireFiles(resources, properties.location());
        this.versions = versions;
        this.transaction = transaction;
        this.clock = clock;
    }

    @PostConstruct
    void publish() {
        QuestionnaireFiles.Bank bank = files.bank();
        for (Tier tier : Tier.values()) {
            Questionnaire published = seeding.inTransaction(() -> publish(files.resolve(tier, bank)));
            current.put(tier, published);
            byId.put(published.versionId(), published);
        }
    }

    /** The questionnaire new assessments of this tier use. */
    public Questionnaire current(Tier tier) {
        return current.get(tier);
    }

    /** A published version, as it was when published. */
    public Questionnaire byVersionId(long versionId) {
        return byId.computeIfAbsent(versionId, id -> versions.findById(id)
                .map(stored -> JSON.readValue(stored.getContent(), Questionnaire.class).withVersionId(id))
                .orElseThrow(() -> new IllegalStateException("No questionnaire version " + id)));
    }

    private Questionnaire publish(Questionnaire resolved) {
        String content = JSON.writeValueAsString(resolved);
        String hash = sha256(content);
        var existing = versions.findByCodeAndVersion(resolved.code(), resolved.version());
        if (existing.isPresent()) {
            if (!existing.get().getContentHash().equals(hash)) {
                throw new QuestionnaireFiles.QuestionnaireFileException("questionnaires/" + resolved.code() + ".yaml: "
                        + "the questions of version " + resolved.version() + " changed after it was published, and "
                        + "submitted assessments depend on it. Raise 'version' in " + resolved.code() + ".yaml to "
                        + (resolved.version() + 1) + " to publish the change as a new version.");
            }
            return resolved.withVersionId(existing.get().getId());
        }
        versions.findFirstByCodeOrderByVersionDesc(resolved.code())
                .filter(newest -> newest.getVersion() > resolved.version())
                .ifPresent(newest -> {
                    throw new QuestionnaireFiles.QuestionnaireFileException("questionnaires/" + resolved.code()
                            + ".yaml: version " + resolved.version() + " is older than the published version "
                            + newest.getVersion() + "; use a higher version number.");
                });
        QuestionnaireVersion saved = versions.save(new QuestionnaireVersion(resolved.code(), resolved.version(), hash,
                content, clock.instant()));
        log.info("Published questionnaire {} version {} ({} questions)", resolved.code(), resolved.version(),
                resolved.questionCount());
        return resolved.withVersionId(saved.getId());
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
