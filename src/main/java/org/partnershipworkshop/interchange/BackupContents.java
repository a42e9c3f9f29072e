package org.partnershipworkshop.interchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.partnershipworkshop.base.InputTooLargeException;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.JsonChecks;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.meeting.NewMeeting;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A backup read and checked whole before anything is written (decision 0162): the manifest (an object of format
 * {@value Backup#FORMAT} whose {@code meetings} is an array of the names of files in the zip, each once), every
 * meeting document, and every part that a feature restores must be UTF-8 JSON. Every problem is reported with
 * the file it is in and the path inside it, as a 422; a backup with no meeting and no part that holds anything is
 * refused as empty.
 */
record BackupContents(List<NewMeeting> meetings, List<Long> formerIds, Map<String, byte[]> parts) {

    static BackupContents read(byte[] zip, Function<byte[], NewMeeting> meetingReader, List<String> partFiles) {
        Map<String, byte[]> files = readZip(zip);
        JsonNode manifest = json(Backup.MANIFEST, files.get(Backup.MANIFEST));
        List<Violation> problems = new ArrayList<>();
        JsonChecks checks = new JsonChecks();
        if (!checks.isObject(manifest, "")) {
            throw new ValidationFailedException(in(Backup.MANIFEST, checks.problems()));
        }
        String format = checks.text(manifest, "format", "", true, 1, 100);
        if (format != null && !Backup.FORMAT.equals(format)) {
            checks.problem(".format", "error.formatUnsupported", format, Backup.FORMAT);
        }
        JsonNode list = manifest.get("meetings");
        if (list == null || list.isNull()) {
            checks.problem(".meetings", "error.required");
        }
        Set<String> seen = new HashSet<>();
        List<String> names = checks.array(manifest, "meetings", "", Backup.MAX_ENTRIES, (node, at) -> {
            if (!node.isString()) {
                checks.problem(at, "error.notString");
                return null;
            }
            if (!seen.add(node.stringValue())) {
                checks.problem(at, "backup.error.listedTwice", node.stringValue());
                return null;
            }
            return node.stringValue();
        });
        checks.texts(manifest, "parts", "", Backup.MAX_ENTRIES, 300);
        problems.addAll(in(Backup.MANIFEST, checks.problems()));

        List<NewMeeting> meetings = new ArrayList<>();
        List<Long> formerIds = new ArrayList<>();
        for (String name : names) {
            byte[] document = files.get(name);
            if (document == null || name.equals(Backup.MANIFEST)) {
                problems.add(Violation.of(name, "backup.error.missingFile"));
                continue;
            }
            try {
                meetings.add(meetingReader.apply(document));
                formerIds.add(Backup.meetingId(name));
            } catch (ValidationFailedException e) {
                problems.addAll(in(name, e.violations()));
            }
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        boolean anyPartHoldsData = false;
        for (String file : partFiles) {
            byte[] content = files.get(file);
            if (content == null) {
                continue;
            }
            try {
                anyPartHoldsData |= holdsData(json(file, content));
                parts.put(file, content);
            } catch (ValidationFailedException e) {
                problems.addAll(e.violations());
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        if (meetings.isEmpty() && !anyPartHoldsData) {
            throw ValidationFailedException.of("backup.error.empty");
        }
        return new BackupContents(List.copyOf(meetings), formerIds, parts);
    }

    /** The problems of a file of the backup, each path led by the file's name. */
    static List<Violation> in(String file, List<Violation> problems) {
        return problems.stream().map(v -> {
            String path = v.path().replaceFirst("^\\.", "");
            if (path.equals(file) || path.startsWith(file + " ")) {
                return v;
            }
            return new Violation(path.isEmpty() ? file : file + " " + path, v.key(), v.args());
        }).toList();
    }

    private static Map<String, byte[]> readZip(byte[] zip) {
        try {
            return Backup.read(zip);
        } catch (InputTooLargeException e) {
            throw e;
        } catch (ValidationFailedException e) {
            // not a zip, or not ours: the file as a whole is the part that is wrong
            throw new ValidationFailedException(e.violations());
        }
    }

    /** A file of the backup as JSON: UTF-8 and well-formed, or a problem naming the file. */
    private static JsonNode json(String file, byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            JsonNode root = Json.MAPPER.readTree(content);
            if (root == null || root.isMissingNode()) {
                throw new ValidationFailedException(Violation.of(file, "error.notJson", "empty document"));
            }
            return root;
        } catch (CharacterCodingException e) {
            throw new ValidationFailedException(Violation.of(file, "error.notUtf8"));
        } catch (JacksonException e) {
            throw new ValidationFailedException(Violation.of(file, "error.notJson", e.getOriginalMessage()));
        }
    }

    /** Whether a part holds anything: our parts are objects of a format and arrays of what they carry. */
    private static boolean holdsData(JsonNode part) {
        if (!part.isObject()) {
            return true; // not ours to judge: its feature refuses it when restoring
        }
        for (Map.Entry<String, JsonNode> member : part.properties()) {
            if (member.getValue().isArray() && !member.getValue().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
