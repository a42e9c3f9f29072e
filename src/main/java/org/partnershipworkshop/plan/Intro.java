package org.partnershipworkshop.plan;

import java.util.List;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;

/** Section I of the plan: directions of activity, the goal, main tasks, priority directions — each an ordered list. */
public record Intro(List<String> directions, List<String> goals, List<String> tasks, List<String> priorities) {

    public static final Intro EMPTY = new Intro(List.of(), List.of(), List.of(), List.of());

    public Intro {
        directions = Rules.texts(directions, "directions", PlanLimits.LIST_ITEMS, Limits.TEXT);
        goals = Rules.texts(goals, "goals", PlanLimits.LIST_ITEMS, Limits.TEXT);
        tasks = Rules.texts(tasks, "tasks", PlanLimits.LIST_ITEMS, Limits.TEXT);
        priorities = Rules.texts(priorities, "priorities", PlanLimits.LIST_ITEMS, Limits.TEXT);
    }

    public boolean empty() {
        return directions.isEmpty() && goals.isEmpty() && tasks.isEmpty() && priorities.isEmpty();
    }
}
