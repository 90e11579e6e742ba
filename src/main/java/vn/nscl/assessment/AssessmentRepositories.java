package vn.nscl.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findFirstByEnterpriseIdAndStatus(long enterpriseId, AssessmentStatus status);

    List<Assessment> findByEnterpriseIdAndStatus(long enterpriseId, AssessmentStatus status);

    long countByStatus(AssessmentStatus status);

    @Query("""
            select new vn.nscl.assessment.SubmittedScore(a.enterpriseId, a.submittedAt, a.overallScore)
            from Assessment a where a.status = vn.nscl.assessment.AssessmentStatus.SUBMITTED
            and a.enterpriseId in :enterpriseIds order by a.submittedAt""")
    List<SubmittedScore> submittedScoresOf(java.util.Collection<Long> enterpriseIds);

    /** A chunk of the assessments in a state, in id order after the last one read (keyset paging). */
    // Ordered by status then id, as the (status, id) index is: H2 then reads the index in order and stops at the limit
    // (ordered by id alone it sorted every later assessment for each chunk).
    List<Assessment> findByStatusAndIdGreaterThanOrderByStatusAscIdAsc(AssessmentStatus status, long afterId,
            Limit limit);

    @Modifying
    @Query("update Assessment a set a.latest = false where a.enterpriseId = :enterpriseId and a.latest = true")
    int clearLatest(long enterpriseId);

    /** Per dimension: the mean score and the number of enterprises, over the latest assessments of a sector. */
    @Query("""
            select s.dimension, avg(s.score), count(s) from AssessmentDimensionScore s, Assessment a
            where a.id = s.assessmentId and a.latest = true and a.sectorCode = :sector and a.enterpriseId <> :exclude
            group by s.dimension
            """)
    List<Object[]> sectorAverages(String sector, long exclude);

    @Query("""
            select count(a) from Assessment a
            where a.latest = true and a.sectorCode = :sector and a.enterpriseId <> :exclude
            """)
    long peersInSector(String sector, long exclude);
}

interface AssessmentAnswerRepository extends JpaRepository<AssessmentAnswer, Long> {

    List<AssessmentAnswer> findByAssessmentId(long assessmentId);

    Optional<AssessmentAnswer> findByAssessmentIdAndQuestionCode(long assessmentId, String questionCode);

    @Modifying
    @Query("delete from AssessmentAnswer a where a.assessmentId = :assessmentId")
    int deleteByAssessment(long assessmentId);

    @Query("select count(a) from AssessmentAnswer a where a.assessmentId = :assessmentId")
    int countByAssessment(long assessmentId);

    List<AssessmentAnswer> findByAssessmentIdIn(Collection<Long> assessmentIds);

    List<AssessmentAnswer> findByAssessmentIdBetween(long firstId, long lastId);
}

interface DimensionScoreRepository extends JpaRepository<AssessmentDimensionScore, AssessmentDimensionScore.Key> {

    List<AssessmentDimensionScore> findByAssessmentId(long assessmentId);

    List<AssessmentDimensionScore> findByAssessmentIdIn(Collection<Long> assessmentIds);

    List<AssessmentDimensionScore> findByAssessmentIdBetween(long firstId, long lastId);
}
