package com.ecsplatform.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which settings may be secrets, and the offline stand-ins for their encrypted values.
 *
 * <p>A secret must stay a secret in every resource input derived from it. That holds for the settings
 * whose values reach a few inputs the program can mark secret: the alarm e-mail (the topic
 * subscription's endpoint), the SSH public key (the key pair), and the service's image, user, health
 * check command, environment and secret references (the container definitions and the execution
 * role's policy). Every other setting shapes the network, names resources, sizes the fleet or lands in
 * tags, security-group rules or DNS records that AWS and Pulumi show in plain text, so a secret there
 * would leak; it is rejected with a message instead.
 *
 * <p>The offline synth cannot decrypt a {@code secure:} value; it uses a well-formed stand-in of the
 * right shape, so the rest of the stack file is still validated and the graph shows {@code [secret]}.
 */
final class SecretRules {

    /** A variable of {@code service.environment} or of {@code service.secrets}: fields that may hold an encrypted value. */
    private static final Pattern ENVIRONMENT_FIELD = Pattern.compile("service\\.environment\\.[^.\\[]+");
    private static final Pattern SECRETS_FIELD = Pattern.compile("service\\.secrets\\.[^.\\[]+");

    /** {@code services.<name>.}: the start of a field of one entry of {@code ecs-platform:services}. */
    private static final Pattern SERVICES_ENTRY = Pattern.compile("^services\\.[^.\\[]+\\.");

    static final String WHICH_MAY_BE_SECRET = "settings that can be secrets: ecs-platform:alarmEmail, "
            + "ecs-platform:sshPublicKey, and ecs-platform:service's image, user, healthCheckCommand, "
            + "environment.<NAME> and secrets.<NAME>, the same fields of each entry of ecs-platform:services";

    /** A valid ed25519 public key line (32 zero bytes): only ever the offline stand-in, never deployed. */
    static final String SSH_PUBLIC_KEY_STAND_IN =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA offline-stand-in";

    private SecretRules() {
    }

    /** Whether the fully qualified key may be a secret at all. */
    static boolean mayBeSecret(String key) {
        if (!key.startsWith(StackConfigLoader.NAMESPACE + ":")) {
            // Other tools' keys are theirs; aws:* provider settings such as aws:secretKey are meant to be secrets.
            return !key.equals(StackConfigLoader.REGION_KEY);
        }
        return List.of("sshPublicKey", "alarmEmail", "service", "services").contains(key.substring(key.indexOf(':') + 1));
    }

    /**
     * The stand-in for an encrypted value at {@code path} (fully qualified, with its field path), or empty
     * when the value cannot be a secret there.
     *
     * @param region the stack's region, for ARNs; may be blank
     */
    static Optional<String> standIn(String path, String region) {
        String prefix = StackConfigLoader.NAMESPACE + ":";
        if (!path.startsWith(prefix)) {
            return Optional.of(RawConfig.SECRET_PLACEHOLDER);
        }
        // A field of an entry of services (services.api.image) may be what the same field of service may be.
        String field = SERVICES_ENTRY.matcher(path.substring(prefix.length())).replaceFirst("service.");
        if (field.equals("alarmEmail")) {
            return Optional.of("offline-stand-in@example.com");
        }
        if (field.equals("sshPublicKey")) {
            return Optional.of(SSH_PUBLIC_KEY_STAND_IN);
        }
        if (field.equals("service.image")) {
            // A pinned tag outside ECR, so the prod pinning rule and the pull grant see a plain public image.
            return Optional.of("offline-stand-in.invalid/image:1.0.0");
        }
        if (field.equals("service.user")) {
            return Optional.of("1000");
        }
        if (field.equals("service.healthCheckCommand")) {
            return Optional.of("exit 0");
        }
        if (SECRETS_FIELD.matcher(field).matches()) {
            // An SSM parameter ARN of the stack's region: the shape service.secrets requires.
            String inRegion = region == null || region.isBlank() ? "us-east-1" : region;
            return Optional.of("arn:aws:ssm:" + inRegion + ":000000000000:parameter/offline-stand-in");
        }
        if (ENVIRONMENT_FIELD.matcher(field).matches()) {
            return Optional.of("offline-stand-in");
        }
        return Optional.empty();
    }

    /** The problem with a secret at {@code path} that cannot be one. */
    static String notSecretCapable() {
        return "cannot be a secret: it shapes resources whose settings AWS and Pulumi show in plain text, so it"
                + " would not stay secret; set it without --secret (" + WHICH_MAY_BE_SECRET + ")";
    }
}
