package vn.nscl.expert;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertRepository extends JpaRepository<Expert, Long> {

    Optional<Expert> findByAccountId(long accountId);
}
