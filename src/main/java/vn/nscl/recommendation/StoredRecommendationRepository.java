package vn.nscl.recommendation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredRecommendationRepository extends JpaRepository<StoredRecommendation, Long> {

    List<StoredRecommendation> findByAssessmentIdOrderByRank(long assessmentId);

    @Modifying
    @Query("delete from StoredRecommendation r where r.assessmentId = :assessmentId")
    int deleteByAssessment(long assessmentId);
}
