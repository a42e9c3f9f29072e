package org.partnershipworkshop.catalogue;

/** An exported practice: the file's name, media type and bytes (a passport PDF or a workshop-practice/1 document). */
public record PracticeFile(String fileName, String mediaType, byte[] content) {
}
