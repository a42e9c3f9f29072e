package org.partnershipworkshop.meeting;

import java.util.List;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** A work group (a table): its number in the meeting, name, canvas template and members. */
public record GroupData(int number, String name, String templateId, List<String> members) {

    public GroupData {
        if (number < 1) {
            throw new ValidationFailedException(Violation.of("number", "error.groupNumber"));
        }
        name = Rules.required(name, "name", Limits.TITLE);
        templateId = Rules.required(templateId, "template", 64);
        members = Rules.texts(members, "members", Limits.ENTRIES, Limits.TEXT);
    }
}
