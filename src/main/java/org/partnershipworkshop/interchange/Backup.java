package org.partnershipworkshop.interchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.partnershipworkshop.base.InputTooLargeException;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.UnreadableInputException;
import org.partnershipworkshop.base.Violation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The backup file: a zip with {@code manifest.json}, one {@code meetings/NNNN.json} per meeting
 * (workshop-meeting/1) and the parts other features contribute. Reading guards against zip bombs.
 */
final class Backup {

    static final String FORMAT = "workshop-backup/1";
    static final String MANIFEST = "manifest.json";
    static final String MEETINGS = "meetings/";
    static final long MAX_UNPACKED_BYTES = 1024L * 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;

    private Backup() {
    }

    /** The file of a meeting in the backup: its id in this installation, {@code meetings/0007.json}. */
    static String meetingFile(long meetingId) {
        return MEETINGS + String.format("%04d.json", meetingId);
    }

    /** The backed-up installation's id of the meeting in that file, or null when the name does not tell. */
    static Long meetingId(String fileName) {
        if (fileName == null || !fileName.matches(MEETINGS + "\\d{1,18}\\.json")) {
            return null;
        }
        return Long.parseLong(fileName.substring(MEETINGS.length(), fileName.length() - ".json".length()));
    }

    static byte[] write(Map<String, byte[]> meetings, Map<String, byte[]> parts, Instant createdAt) {
        ObjectNode manifest = Json.MAPPER.createObjectNode().put("format", FORMAT).put("createdAt", createdAt.toString());
        ArrayNode meetingFiles = manifest.putArray("meetings");
        meetings.keySet().forEach(meetingFiles::add);
        ArrayNode partFiles = manifest.putArray("parts");
        parts.keySet().forEach(partFiles::add);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, MANIFEST, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            for (Map.Entry<String, byte[]> m : meetings.entrySet()) {
                put(zip, m.getKey(), m.getValue());
            }
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                put(zip, p.getKey(), p.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Every file of the backup by name, in the zip's order; refuses anything that is not one of ours. */
    static Map<String, byte[]> read(byte[] zipBytes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                if (files.size() >= MAX_ENTRIES) {
                    throw new InputTooLargeException(Violation.of("", "backup.error.tooManyFiles", MAX_ENTRIES));
                }
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw new InputTooLargeException(Violation.of("", "backup.error.tooLarge"));
                    }
                    content.write(buffer, 0, read);
                }
                files.put(entry.getName(), content.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableInputException(Violation.of("", "backup.error.notZip"));
        }
        if (!files.containsKey(MANIFEST)) {
            throw new UnreadableInputException(Violation.of("", "backup.error.notBackup"));
        }
        return files;
    }
}
