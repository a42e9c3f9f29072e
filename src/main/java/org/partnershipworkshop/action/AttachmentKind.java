package org.partnershipworkshop.action;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * What a report may carry, told from a file's first bytes, never from its name alone: photos (PNG, JPEG, at most
 * {@value #MAX_PIXELS} pixels), PDF, and Word or Excel documents (DOCX, XLSX); at most {@link Limits#DOCUMENT_BYTES}.
 */
final class AttachmentKind {

    static final int MAX_FILES = 10;
    static final long MAX_PIXELS = 40_000_000L;

    record Checked(String fileName, String mediaType) {
    }

    private AttachmentKind() {
    }

    static Checked check(String fileName, byte[] content) {
        String name = Rules.required(fileName == null ? null : fileName.replaceAll("[\\\\/]", "_"), "fileName", Limits.TITLE);
        if (content == null || content.length == 0) {
            throw new ValidationFailedException(Violation.of("file", "action.error.fileEmpty"));
        }
        if (content.length > Limits.DOCUMENT_BYTES) {
            throw new ValidationFailedException(Violation.of("file", "error.documentTooLarge", Limits.DOCUMENT_BYTES / (1024 * 1024)));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String type = starts(content, 0x89, 'P', 'N', 'G') ? "image/png"
                : starts(content, 0xFF, 0xD8, 0xFF) ? "image/jpeg"
                : starts(content, '%', 'P', 'D', 'F') ? "application/pdf"
                : starts(content, 'P', 'K', 3, 4) && lower.endsWith(".docx") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : starts(content, 'P', 'K', 3, 4) && lower.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : null;
        if (type == null) {
            throw new ValidationFailedException(Violation.of("file", "action.error.fileKind"));
        }
        if (type.startsWith("image/")) {
            long pixels = pixels(content).orElseThrow(() -> new ValidationFailedException(Violation.of("file", "action.error.fileKind")));
            if (pixels > MAX_PIXELS) {
                throw new ValidationFailedException(Violation.of("file", "action.error.tooManyPixels", MAX_PIXELS / 1_000_000));
            }
        }
        return new Checked(name, type);
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The image's width × height from its header, without decoding the picture. */
    private static Optional<Long> pixels(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of((long) reader.getWidth(0) * reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
