package org.partnershipworkshop.partner.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.partner.ServiceLink;

/** Texts the partner views write the same way everywhere. */
final class Labels {

    private Labels() {
    }

    /** A partner type's name, or "no type". */
    static String type(Component context, PartnerType type) {
        return type == null ? context.getTranslation("partner.type.none") : context.getTranslation(type.labelKey());
    }

    /** What a list of services says under a service: its meeting (when shown) and the partner's roles. */
    static String serviceDetails(String meetingOrNull, ServiceLink link) {
        return Stream.of(meetingOrNull, link.roles().isEmpty() ? null : link.role()).filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }

    /** Betweenness and other shares with three decimals, as the locale writes them (0,207 / 0.207). */
    static String share(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(3);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }
}
