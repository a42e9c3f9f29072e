package org.partnershipworkshop.interchange;

import org.springframework.data.jpa.repository.JpaRepository;

interface InstallationFactRepository extends JpaRepository<InstallationFactEntity, String> {
}
