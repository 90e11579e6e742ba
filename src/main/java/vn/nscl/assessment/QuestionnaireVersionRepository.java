package vn.nscl.assessment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionnaireVersionRepository extends JpaRepository<QuestionnaireVersion, Long> {

    Optional<QuestionnaireVersion> findByCodeAndVersion(String code, int version);

    Optional<QuestionnaireVersion> findFirstByCodeOrderByVersionDesc(String code);
}
