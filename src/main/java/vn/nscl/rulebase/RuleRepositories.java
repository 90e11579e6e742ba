package vn.nscl.rulebase;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RuleSetVersionRepository extends JpaRepository<RuleSetVersion, Long> {

    List<RuleSetVersion> findByKindOrderByNumberDesc(String kind);

    Optional<RuleSetVersion> findFirstByKindAndContentHashAndStatus(String kind, String contentHash,
            RuleSetVersion.Status status);

    @Query("select coalesce(max(v.number), 0) from RuleSetVersion v where v.kind = :kind")
    int maxNumber(String kind);
}

interface ActiveRuleSetRepository extends JpaRepository<ActiveRuleSet, String> {
}

interface RuleActivationRepository extends JpaRepository<RuleActivation, Long> {

    List<RuleActivation> findByKindAndRuleSetVersionIdOrderByActivatedAtDesc(String kind, long ruleSetVersionId);

    Optional<RuleActivation> findFirstByKindOrderByActivatedAtDescIdDesc(String kind);
}

interface RuleFileRepository extends JpaRepository<RuleFile, Long> {

    /** A file's name and the version it belongs to, without its content. */
    record Path(long versionId, String path) {
    }

    @Query("select new vn.nscl.rulebase.RuleFileRepository$Path(f.ruleSet.id, f.path) from RuleFile f "
            + "where f.ruleSet.kind = :kind order by f.path")
    List<Path> pathsOf(String kind);
}
