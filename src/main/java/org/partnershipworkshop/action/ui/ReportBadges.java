package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.action.ReportStatus;

/** Where a report stands as badges: its status, then "late" (submitted after the due day) or "overdue" (not in after it). */
final class ReportBadges {

    private ReportBadges() {
    }

    /** The badges in order; the first is the status. */
    static List<Span> of(Component context, ReportStatus status, boolean late, boolean overdue) {
        List<Span> badges = new ArrayList<>();
        badges.add(badge(context, status.labelKey(), "action-report-" + status.id()));
        if (late) {
            badges.add(badge(context, "action.report.late", "action-late"));
        } else if (overdue) {
            badges.add(badge(context, "action.report.overdue", "action-overdue"));
        }
        return badges;
    }

    private static Span badge(Component context, String key, String className) {
        Span badge = new Span(context.getTranslation(key));
        badge.addClassNames("action-badge", className);
        return badge;
    }
}
