package org.partnershipworkshop.survey;

/** An export of a survey's answers: a CSV or an XLSX file. */
public record SurveyFile(String fileName, String mediaType, byte[] content) {
}
