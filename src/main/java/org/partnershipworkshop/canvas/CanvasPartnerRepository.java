package org.partnershipworkshop.canvas;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CanvasPartnerRepository extends JpaRepository<CanvasPartnerEntity, Long> {

    @Modifying
    @Query("delete from CanvasPartnerEntity p where p.groupId = :groupId")
    void deleteByGroupId(long groupId);

    @Query("""
            select min(p.name) from CanvasPartnerEntity p
            where p.normalizedName like concat('%', :normalizedFilter, '%')
            group by p.normalizedName order by count(p) desc, min(p.name)""")
    List<String> findNames(String normalizedFilter, Pageable page);

    List<CanvasPartnerEntity> findByNormalizedNameOrderByIdDesc(String normalizedName, Pageable page);

    List<CanvasPartnerEntity> findAllByOrderById();
}
