package org.partnershipworkshop.plan;

/** An exported plan or report: the file's name, media type and bytes. */
public record PlanFile(String fileName, String mediaType, byte[] content) {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String JSON = "application/json";
}
