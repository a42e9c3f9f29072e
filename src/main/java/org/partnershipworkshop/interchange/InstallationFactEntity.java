package org.partnershipworkshop.interchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "installation_fact")
class InstallationFactEntity {

    @Id
    @Column(name = "fact_name")
    private String name;

    @Column(name = "fact_value", nullable = false)
    private String value;

    protected InstallationFactEntity() {
    }

    InstallationFactEntity(String name, String value) {
        this.name = name;
        this.value = value;
    }
}
