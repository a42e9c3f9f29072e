package org.partnershipworkshop.library;

/** The two forms of the registry's documents: {@code workshop-libraries/1} (JSON) and CSV. */
public enum LibraryFormat {
    JSON, CSV;

    /** JSON when the document's first character (after a byte order mark and spaces) opens an object; CSV otherwise. */
    static LibraryFormat of(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '{' ? JSON : CSV;
    }
}
