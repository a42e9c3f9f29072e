package org.partnershipworkshop.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInAddressRepository extends JpaRepository<SignInAddressEntity, SignInAddressEntity.Key> {

    @Modifying
    @Query("delete from SignInAddressEntity a where a.lastSuccess < :before")
    int deleteOlderThan(Instant before);
}
