package vn.nscl.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    @Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> findDistinctActions();

    List<AuditEvent> findTop100ByTargetTypeAndTargetIdAndActionInOrderByOccurredAtDescIdDesc(String targetType,
            String targetId, java.util.Collection<String> actions);
}
