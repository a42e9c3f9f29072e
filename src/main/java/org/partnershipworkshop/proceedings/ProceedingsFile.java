package org.partnershipworkshop.proceedings;

/** A generated proceedings document: its file name, the PDF and how many pages it has. */
public record ProceedingsFile(String fileName, byte[] content, int pages) {

    public static final String MEDIA_TYPE = "application/pdf";
}
