package vn.nscl.recommendation;

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
