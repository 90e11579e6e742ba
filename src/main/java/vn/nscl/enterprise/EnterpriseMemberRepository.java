package vn.nscl.enterprise;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnterpriseMemberRepository extends JpaRepository<EnterpriseMember, Long> {

    Optional<EnterpriseMember> findByAccountId(long accountId);

    List<EnterpriseMember> findByEnterpriseIdOrderByInvitedAtAscIdAsc(long enterpriseId);
}
