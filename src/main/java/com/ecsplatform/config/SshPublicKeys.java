package com.ecsplatform.config;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks {@code ecs-platform:sshPublicKey}: one OpenSSH public key line, {@code <type> <base64> [comment]}.
 * No message ever repeats the value: it is long, and a private key pasted by mistake must not end up
 * in a CI log.
 */
final class SshPublicKeys {

    static final String PRIVATE_KEY = "looks like a private key; paste the .pub file's single line instead"
            + " — the value is not shown";

    // EC2 ImportKeyPair imports RSA and ED25519 keys only: "Amazon EC2 does not accept DSA keys" and
    // "Supported types: RSA and ED25519" (EC2 User Guide, "Create a key pair ... and import the public
    // key"; API reference ImportKeyPair). ECDSA and security-key (sk-*) keys would fail at `pulumi up`.
    private static final List<String> TYPES = List.of("ssh-ed25519", "ssh-rsa");
    private static final int MIN_RSA_BITS = 2048;
    private static final int ED25519_KEY_BYTES = 32;
    /** A first word this shaped is a key type name, not key material, so a message may name it. */
    private static final Pattern TYPE_NAME = Pattern.compile("(ssh|ecdsa|sk)-[a-z0-9@.-]{1,60}");
    private static final String NOT_SHOWN = " (the value is not shown)";

    private SshPublicKeys() {
    }

    /** What is wrong with {@code value} as a public key line, never quoting it; empty when it is fine. */
    static Optional<String> problem(String value) {
        if (value.contains("PRIVATE KEY") || value.contains("-----BEGIN")) {
            return Optional.of(PRIVATE_KEY);
        }
        String line = value.strip();
        if (line.contains("\n") || line.contains("\r")) {
            return Optional.of("must be a single line: paste the one line of the .pub file" + NOT_SHOWN);
        }
        String[] words = line.split("\\s+", 3);
        if (words.length < 2) {
            return Optional.of("must be \"<type> <base64 key> [comment]\", the one line of a .pub file" + NOT_SHOWN);
        }
        String type = words[0];
        if (type.startsWith("ecdsa-sha2-")) {
            return Optional.of("is an ECDSA key (" + (TYPE_NAME.matcher(type).matches() ? type : "ecdsa")
                    + "); EC2 imports only RSA and ED25519 keys: use ssh-ed25519 (ssh-keygen -t ed25519) or ssh-rsa of "
                    + MIN_RSA_BITS + " bits or more" + NOT_SHOWN);
        }
        if (!TYPES.contains(type)) {
            String named = TYPE_NAME.matcher(type).matches() ? "key type " + type : "the key type";
            return Optional.of(named + " is not supported; use ssh-ed25519 (recommended), ssh-rsa of "
                    + MIN_RSA_BITS + " bits or more" + NOT_SHOWN);
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(words[1]);
        } catch (IllegalArgumentException notBase64) {
            return Optional.of("the key data is not valid base64; copy the .pub line again" + NOT_SHOWN);
        }
        return blobProblem(type, ByteBuffer.wrap(blob));
    }

    /** Reads the key blob (RFC 4253 §6.6): a type string, then the type's own fields. */
    private static Optional<String> blobProblem(String type, ByteBuffer blob) {
        try {
            String embedded = new String(field(blob), StandardCharsets.US_ASCII);
            if (!embedded.equals(type)) {
                return Optional.of("the key data does not hold a " + type + " key"
                        + (TYPES.contains(embedded) ? " but a " + embedded + " key" : "")
                        + "; the type and the key data must come from the same .pub line" + NOT_SHOWN);
            }
            return switch (type) {
                case "ssh-rsa" -> rsaProblem(blob);
                case "ssh-ed25519" -> field(blob).length == ED25519_KEY_BYTES
                        ? Optional.empty()
                        : Optional.of("the ssh-ed25519 key data is damaged; copy the .pub line again" + NOT_SHOWN);
                default -> Optional.empty();
            };
        } catch (MalformedBlob damaged) {
            return Optional.of("the key data is damaged or cut short; copy the .pub line again" + NOT_SHOWN);
        }
    }

    /** An RSA blob holds the exponent, then the modulus, whose length is the key size. */
    private static Optional<String> rsaProblem(ByteBuffer blob) throws MalformedBlob {
        field(blob);
        int bits = new BigInteger(1, field(blob)).bitLength();
        return bits < MIN_RSA_BITS
                ? Optional.of("is a " + bits + "-bit RSA key; use " + MIN_RSA_BITS
                        + " bits or more, or better an ed25519 key (ssh-keygen -t ed25519)")
                : Optional.empty();
    }

    /** One length-prefixed field (uint32 length, then that many bytes). */
    private static byte[] field(ByteBuffer blob) throws MalformedBlob {
        if (blob.remaining() < Integer.BYTES) {
            throw new MalformedBlob();
        }
        int length = blob.getInt();
        if (length < 0 || length > blob.remaining()) {
            throw new MalformedBlob();
        }
        byte[] bytes = new byte[length];
        blob.get(bytes);
        return bytes;
    }

    private static final class MalformedBlob extends Exception {
        MalformedBlob() {
            super(null, null, false, false);
        }
    }
}
