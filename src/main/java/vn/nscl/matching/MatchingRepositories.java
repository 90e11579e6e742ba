package vn.nscl.matching;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupportRequestRepository extends JpaRepository<SupportRequest, Long> {

    List<SupportRequest> findByEnterpriseIdOrderByCreatedAtDesc(long enterpriseId);

    List<SupportRequest> findByExpertIdAndStatusInOrderByCreatedAtDesc(long expertId,
            Collection<RequestStatus> statuses);

    List<SupportRequest> findByStatusInOrderByCreatedAtDesc(Collection<RequestStatus> statuses);

    /** A page of the officers' desk (no count query: the list asks for the count once, separately). */
    List<SupportRequest> findByStatusIn(Collection<RequestStatus> statuses, org.springframework.data.domain.Pageable page);

    List<SupportRequest> findByStatusAndFollowupDueLessThanEqualAndFollowupRemindedAtIsNull(RequestStatus status,
            java.time.LocalDate day);

    /** Engagements per expert (accepted, in progress, reported): their current load. */
    @Query("select r.expertId, count(r) from SupportRequest r where r.status in :statuses and r.expertId is not null "
            + "group by r.expertId")
    List<Object[]> countByExpert(Collection<RequestStatus> statuses);

    /** Average rating and count per expert, from completed engagements. */
    @Query("select r.expertId, avg(r.rating), count(r.rating) from SupportRequest r where r.rating is not null "
            + "group by r.expertId")
    List<Object[]> ratingsByExpert();

    boolean existsByEnterpriseIdAndExpertIdAndStatusIn(long enterpriseId, long expertId,
            Collection<RequestStatus> statuses);

    long countByExpertIdAndStatusIn(long expertId, Collection<RequestStatus> statuses);

    long countByStatusIn(Collection<RequestStatus> statuses);
}

interface OfferRepository extends JpaRepository<Offer, Long> {

    List<Offer> findByRequestIdOrderByOfferedAt(long requestId);

    List<Offer> findByExpertIdAndStatusOrderByDeadlineAt(long expertId, OfferStatus status);

    List<Offer> findByStatusAndDeadlineAtBefore(OfferStatus status, Instant now);

    /** Open offers per expert: they count towards the load like engagements. */
    @Query("select o.expertId, count(o) from Offer o where o.status = vn.nscl.matching.OfferStatus.OFFERED "
            + "group by o.expertId")
    List<Object[]> openOffersByExpert();

    @Query("select o.expertId from Offer o where o.requestId = :requestId and o.status in :statuses")
    List<Long> expertsWho(long requestId, Collection<OfferStatus> statuses);

    boolean existsByRequestIdAndExpertIdAndStatus(long requestId, long expertId, OfferStatus status);

    List<Offer> findByExpertIdAndStatus(long expertId, OfferStatus status);

    @Query("select count(o) from Offer o where o.expertId = :expertId and o.status = vn.nscl.matching.OfferStatus.OFFERED")
    long openOffersOf(long expertId);
}

interface RequestEventRepository extends JpaRepository<RequestEvent, Long> {

    List<RequestEvent> findByRequestIdOrderByAtAscIdAsc(long requestId);
}

interface RequestMessageRepository extends JpaRepository<RequestMessage, Long> {

    List<RequestMessage> findByRequestIdOrderBySentAtAscIdAsc(long requestId);
}

interface EngagementNoteRepository extends JpaRepository<EngagementNote, Long> {

    List<EngagementNote> findByRequestIdOrderByVisitDateAscIdAsc(long requestId);
}
