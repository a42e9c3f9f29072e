package org.partnershipworkshop.action;

/**
 * A library's place among the most active of an action (decision 0192): its events held, the reader answers
 * through it, whether its report came in on time, and its score — {@value #EVENT_POINTS} points an event held,
 * one point per {@value #ANSWERS_PER_POINT} answers (a tenth for each), {@value #ON_TIME_POINTS} for a report
 * submitted or accepted by the due day.
 */
public record Ranked(long libraryId, String library, String municipality, int events, long answers,
                     boolean reportOnTime, double score) {

    public static final int EVENT_POINTS = 3;
    public static final int ANSWERS_PER_POINT = 10;
    public static final int ON_TIME_POINTS = 5;

    /** The score of these figures, to a tenth. */
    public static double score(int events, long answers, boolean reportOnTime) {
        double points = events * (double) EVENT_POINTS + answers / (double) ANSWERS_PER_POINT + (reportOnTime ? ON_TIME_POINTS : 0);
        return Math.round(points * 10) / 10.0;
    }
}
