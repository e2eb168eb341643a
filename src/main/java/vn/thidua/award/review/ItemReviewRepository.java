package vn.thidua.award.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ItemReviewRepository extends JpaRepository<ItemReviewEntry, Long> {

    List<ItemReviewEntry> findByItemIdInOrderByIdAsc(Collection<Long> itemIds);

    /** The last review row of these items (0 when none): the stamp a review form posts back. */
    @Query("select coalesce(max(r.id), 0) from ItemReviewEntry r where r.itemId in :itemIds")
    long lastOf(@Param("itemIds") Collection<Long> itemIds);
}
