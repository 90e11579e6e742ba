package vn.nscl.matching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PolicyVersionRepository extends JpaRepository<PolicyVersion, Long> {

    List<PolicyVersion> findAllByOrderByNumberDesc();

    Optional<PolicyVersion> findFirstByContentHashAndStatus(String hash, PolicyVersion.Status status);

    @Query("select coalesce(max(v.number), 0) from PolicyVersion v")
    int maxNumber();
}

interface ActivePolicyRepository extends JpaRepository<ActivePolicy, Integer> {
}
