package org.partnershipworkshop.survey;

/** The two forms of a survey's answers for the libraries' own analysis. */
public enum SurveyFormat {
    CSV, XLSX
}
