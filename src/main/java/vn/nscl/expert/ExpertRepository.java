package vn.nscl.expert;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExpertRepository extends JpaRepository<Expert, Long> {

    Optional<Expert> findByAccountId(long accountId);

    List<Expert> findByProfileStatusOrderBySubmittedAt(ProfileStatus status);

    List<Expert> findByDeletionRequestedAtIsNotNullAndProfileStatusNot(ProfileStatus status);

    List<Expert> findAllByOrderByFullName();

    long countByProfileStatus(ProfileStatus status);

    /** Verified experts who hold a competence, not paused and not leaving: the pool a request is matched in. */
    @Query("""
            select distinct e from Expert e join e.competences c
            where e.profileStatus = vn.nscl.expert.ProfileStatus.VERIFIED and e.deletionRequestedAt is null
              and c.itemCode = :itemCode
            """)
    List<Expert> findMatchable(String itemCode);

    List<Expert> findByIdIn(Collection<Long> ids);
}
