package org.partnershipworkshop.proceedings.pdf;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partnershipworkshop.canvas.PartnerType;

/**
 * What the proceedings show across the groups: target groups and services side by side, the partner
 * index, the planned budget, and the vote when there was one.
 */
public record Overview(String targetGroupLabel, String serviceLabel, List<ServiceLine> services,
                       List<PartnerLine> partners, List<BudgetLine> budget, Map<String, BigDecimal> totalBudget,
                       Optional<Votes> votes) {

    public Overview {
        services = List.copyOf(services);
        partners = List.copyOf(partners);
        budget = List.copyOf(budget);
        totalBudget = Collections.unmodifiableMap(new TreeMap<>(totalBudget));
    }

    /** A group by number and name, as the index and the figure refer to it. */
    public record GroupRef(int number, String name) {
    }

    /** One group's target group and service, each the notes of that field. */
    public record ServiceLine(GroupRef group, List<String> targetGroup, List<String> service) {

        public ServiceLine {
            targetGroup = List.copyOf(targetGroup);
            service = List.copyOf(service);
        }
    }

    /**
     * A partner of the meeting: entries whose names normalize alike are one partner. {@code type} is the
     * type named most often (null when none was given), {@code roles} every distinct role named.
     */
    public record PartnerLine(String key, String name, PartnerType type, List<String> roles, List<GroupRef> groups) {

        public PartnerLine {
            roles = List.copyOf(roles);
            groups = List.copyOf(groups);
        }
    }

    /** A group's planned costs, per currency. */
    public record BudgetLine(GroupRef group, Map<String, BigDecimal> totals) {

        public BudgetLine {
            totals = Collections.unmodifiableMap(new TreeMap<>(totals));
        }
    }

    /** The meeting's dot vote: how many votes each table had and what each group's service received. */
    public record Votes(int votesPerTable, List<VoteLine> lines) {

        public Votes {
            lines = List.copyOf(lines);
        }

        public int total() {
            return lines.stream().mapToInt(VoteLine::votes).sum();
        }
    }

    public record VoteLine(GroupRef group, int votes) {
    }
}
