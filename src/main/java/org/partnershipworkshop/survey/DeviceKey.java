package org.partnershipworkshop.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The anonymous key of a device that answers forms (a meeting's feedback form, an action's reader survey): 32
 * random bytes the browser keeps in a cookie. The server stores only a hash of it salted with the form's code
 * (which backups keep), so one device's answers to two forms cannot be linked, and nothing stored points back to
 * the device.
 */
public final class DeviceKey {

    /** The cookie the key travels in (HttpOnly, SameSite=Lax, a year). */
    public static final String COOKIE = "workshop-device";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceKey() {
    }

    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean isWellFormed(String key) {
        return key != null && WELL_FORMED.matcher(key).matches();
    }

    /** The stored hash of a meeting feedback form's answering device (the salt kept since the first release). */
    public static String hash(FormCode form, String key) {
        return hash("feedback-form:" + form.value(), key);
    }

    /** The stored hash of the device's key within {@code scope} (a form's kind and code). */
    public static String hash(String scope, String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((scope + ":").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
