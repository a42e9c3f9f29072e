package org.partnershipworkshop.action;

/** A printed document of an action (the summary, the letters of thanks): the file's name, media type and bytes. */
public record ActionFile(String fileName, String mediaType, byte[] content) {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
