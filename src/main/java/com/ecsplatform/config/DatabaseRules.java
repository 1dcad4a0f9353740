package com.ecsplatform.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an enabled database tier demands of the rest of the stack: room in the VPC for its isolated
 * subnets, an instance identifier RDS accepts, and environment names the service does not already use.
 */
public final class DatabaseRules {

    /** The variables the tier gives the service's container (README, "How an application reads its credentials"). */
    public static final String DB_HOST = "DB_HOST";
    public static final String DB_PORT = "DB_PORT";
    public static final String DB_NAME = "DB_NAME";
    public static final String DB_USERNAME = "DB_USERNAME";
    public static final String DB_PASSWORD = "DB_PASSWORD";
    /** Environment variables the tier gives the service's container: where to connect. */
    public static final List<String> INJECTED_ENVIRONMENT = List.of(DB_HOST, DB_NAME, DB_PORT);
    /** Secrets the tier gives the service's container: the master user's credentials. */
    public static final List<String> INJECTED_SECRETS = List.of(DB_PASSWORD, DB_USERNAME);
    /**
     * The longest VPC prefix with room for the isolated tier: each AZ's slot is an eighth of the VPC and
     * the tier gets its last quarter, which must be a /28 or larger (AWS's smallest subnet).
     */
    public static final int LONGEST_VPC_PREFIX = 23;

    /** {@code DBInstanceIdentifier}: 1-63 letters, digits or hyphens, a letter first, no trailing or double hyphen. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z](?!.*--)[a-z0-9-]{0,62}(?<!-)");

    private static final String ENABLED = StackConfigLoader.key("database.enabled");
    private static final String KMS_KEY = StackConfigLoader.key("database.kmsKeyArn");
    private static final String VPC_CIDR = StackConfigLoader.key("vpcCidr");

    private DatabaseRules() {
    }

    /** The RDS instance identifier of a stack: {@code ecs-platform-<stack>-db}, lower-case. */
    public static String identifier(String project, String stackName) {
        return (project + "-" + stackName + "-db").toLowerCase(java.util.Locale.ROOT);
    }

    static void check(StackConfig config, Problems problems) {
        if (!config.database().enabled() || problems.has(ENABLED)) {
            return;
        }
        Optional<Cidr> vpc = Cidr.parse(config.network().vpcCidr());
        if (!problems.has(VPC_CIDR) && vpc.isPresent() && vpc.get().prefix() > LONGEST_VPC_PREFIX) {
            problems.add(VPC_CIDR, problems.quote(VPC_CIDR, config.network().vpcCidr()) + " has no room for the database"
                    + " tier's isolated subnets: with database.enabled use a /" + LONGEST_VPC_PREFIX + " or larger VPC");
        }
        String identifier = identifier(StackConfigLoader.NAMESPACE, config.stackName());
        if (!IDENTIFIER.matcher(identifier).matches()) {
            problems.add(ENABLED, "the stack name " + config.stackName() + " makes the RDS instance identifier "
                    + identifier + ", which RDS rejects (1-63 letters, digits and single hyphens, a letter first);"
                    + " use a stack name of letters, digits and hyphens");
        }
        // RDS encrypts with a key of the instance's own region only.
        config.database().kmsKeyArn()
                .filter(key -> !problems.has(KMS_KEY, "aws:region") && !key.split(":")[3].equals(config.region()))
                .ifPresent(key -> problems.add(KMS_KEY, "is a key in " + key.split(":")[3] + ", but the database is in "
                        + config.region() + "; use a key of the stack's region"));
        config.services().forEach((serviceName, service) -> {
            if (!service.usesDatabase()) {
                return;
            }
            String environment = StackConfigLoader.key(config.serviceKey(serviceName) + ".environment");
            String secrets = StackConfigLoader.key(config.serviceKey(serviceName) + ".secrets");
            INJECTED_ENVIRONMENT.stream().filter(service.environment()::containsKey).forEach(name ->
                    problems.add(environment + "." + name, "is set by the database tier (the instance's address, port and"
                            + " database name); remove it or rename it"));
            INJECTED_SECRETS.stream().filter(service.environment()::containsKey).forEach(name ->
                    problems.add(environment + "." + name, "is set by the database tier from its managed secret; remove it"));
            INJECTED_ENVIRONMENT.stream().filter(service.secrets()::containsKey).forEach(name ->
                    problems.add(secrets + "." + name, "is set by the database tier; remove it or rename it"));
            INJECTED_SECRETS.stream().filter(service.secrets()::containsKey).forEach(name ->
                    problems.add(secrets + "." + name, "is set by the database tier from the secret RDS manages; remove it"));
        });
    }
}
