package org.partnershipworkshop.partner;

/** Two partners whose names look alike, how much (0.7–1) and why; a manager merges them or says they differ. */
public record DuplicateSuggestion(PartnerSummary first, PartnerSummary second, double score, Reason reason) {

    /** Why the names look alike. */
    public enum Reason {
        /** The same words apart from endings, articles or letter case ("Община" / "Общината"). */
        SAME_WORDS,
        /** One is an abbreviation of the other ("НПО" / "Неправителствени организации", "ДБТ"). */
        ABBREVIATION,
        /** One name is contained in the other ("Медии" / "Местни медии"). */
        CONTAINED,
        /** Nearly the same spelling ("Читалише" / "Читалище"). */
        SPELLING;

        public String labelKey() {
            return switch (this) {
                case SAME_WORDS -> "partners.duplicates.reason.sameWords";
                case ABBREVIATION -> "partners.duplicates.reason.abbreviation";
                case CONTAINED -> "partners.duplicates.reason.contained";
                case SPELLING -> "partners.duplicates.reason.spelling";
            };
        }
    }
}
