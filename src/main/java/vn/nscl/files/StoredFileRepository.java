package vn.nscl.files;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

    /** The description alone: lists of files never load their content. */
    @Query("select new vn.nscl.files.StoredFileRef(f.id, f.fileName, f.mediaType, f.sizeBytes, f.uploadedAt) "
            + "from StoredFile f where f.id = :id")
    Optional<StoredFileRef> describe(long id);
}
