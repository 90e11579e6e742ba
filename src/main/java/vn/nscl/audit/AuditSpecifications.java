package vn.nscl.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Predicate;

/** Turns an {@link AuditQuery} into a database query. */
final class AuditSpecifications {

    private AuditSpecifications() {
    }

    static Specification<AuditEvent> matching(AuditQuery query) {
        return (root, cq, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (query.text() != null && !query.text().isBlank()) {
                String pattern = "%" + escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.like(root.get("searchText"), pattern, '\\'));
            }
            if (query.action() != null && !query.action().isBlank()) {
                predicates.add(cb.equal(root.get("action"), query.action()));
            }
            if (query.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from()));
            }
            if (query.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"), query.to()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
