package org.partnershipworkshop.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class PersonValue {

    @Column(nullable = false)
    private String name;
    private String role;
    private String organization;

    protected PersonValue() {
    }

    PersonValue(Person person) {
        this.name = person.name();
        this.role = person.role();
        this.organization = person.organization();
    }

    Person toPerson() {
        return new Person(name, role, organization);
    }
}
