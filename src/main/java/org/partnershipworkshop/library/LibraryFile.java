package org.partnershipworkshop.library;

/** An export of the registry: a {@code workshop-libraries/1} document or a CSV file. */
public record LibraryFile(String fileName, String mediaType, byte[] content) {
}
