package com.ecsplatform.config;

import com.ecsplatform.aws.RdsWindow;
import com.ecsplatform.aws.DatabaseInstanceClasses;
import com.ecsplatform.aws.DatabaseEngine;
import com.ecsplatform.aws.DatabaseInstanceClasses.DbInstanceClass;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ecs-platform:database} from the validated tree, and what the schema cannot say of it: a major
 * version and an instance class RDS offers for the engine, names the engine does not reserve, windows of
 * 30 minutes that do not overlap, room for storage autoscaling, what prod demands to keep its data
 * (RDS API reference, {@code CreateDBInstance}; RDS User Guide, "Amazon RDS DB instance storage"); and
 * what an enabled tier demands of the rest of the stack: room in the VPC for its isolated subnets, an
 * instance identifier RDS accepts, and environment names the service does not already use.
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

    /** Storage autoscaling needs a ceiling at least 10 % above the allocated storage. */
    private static final int MIN_AUTOSCALING_HEADROOM_PERCENT = 10;
    static final int MIN_PROD_BACKUP_DAYS = 7;
    private static final Pattern KMS_KEY_ARN = Pattern.compile(
            "arn:aws[-a-z]*:kms:[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d:\\d{12}:key/[A-Za-z0-9-]+");

    private static final String DB = StackConfigLoader.key("database.");
    private static final String ENABLED = StackConfigLoader.key("database.enabled");
    private static final String KMS_KEY = StackConfigLoader.key("database.kmsKeyArn");
    private static final String VPC_CIDR = StackConfigLoader.key("vpcCidr");

    private DatabaseRules() {
    }

    /** The RDS instance identifier of a stack: {@code ecs-platform-<stack>-db}, lower-case. */
    public static String identifier(String project, String stackName) {
        return (project + "-" + stackName + "-db").toLowerCase(java.util.Locale.ROOT);
    }

    static DatabaseTierConfig read(Fields database, DatabaseTierConfig defaults) {
        DatabaseEngine engine = database.text("engine").flatMap(DatabaseEngine::fromConfig).orElse(defaults.engine());
        boolean defaultEngine = engine == defaults.engine();
        return DatabaseTierConfig.builder()
                .enabled(database.bool("enabled").orElse(defaults.enabled()))
                .engine(engine)
                .engineVersion(database.text("engineVersion").orElse(defaultEngine ? defaults.engineVersion() : engine.defaultVersion()))
                .instanceClass(database.text("instanceClass").orElse(defaults.instanceClass()))
                .allocatedStorageGiB(database.integer("allocatedStorageGiB").orElse(defaults.allocatedStorageGiB()))
                .maxAllocatedStorageGiB(database.integer("maxAllocatedStorageGiB").orElse(defaults.maxAllocatedStorageGiB()))
                .multiAz(database.bool("multiAz").orElse(defaults.multiAz()))
                .backupRetentionDays(database.integer("backupRetentionDays").orElse(defaults.backupRetentionDays()))
                .port(database.integer("port").orElse(defaultEngine ? defaults.port() : engine.defaultPort()))
                .name(database.text("name").orElse(defaults.name()))
                .username(database.text("username").orElse(defaults.username()))
                .backupWindow(database.text("backupWindow").orElse(defaults.backupWindow()))
                .maintenanceWindow(database.text("maintenanceWindow").orElse(defaults.maintenanceWindow()))
                .deletionProtection(database.bool("deletionProtection").orElse(defaults.deletionProtection()))
                .iamAuthentication(database.bool("iamAuthentication").orElse(defaults.iamAuthentication()))
                .kmsKeyArn(database.text("kmsKeyArn").or(defaults::kmsKeyArn))
                .build();
    }

    /** The rules on the tier's own fields. */
    static void checkFields(StackConfig stack, Optional<Profile> profile, Problems problems) {
        DatabaseTierConfig config = stack.database();
        DatabaseEngine engine = config.engine();
        boolean engineValid = !problems.has(DB + "engine");
        if (engineValid) {
            versionProblem(engine, config.engineVersion(), problems.quote(DB + "engineVersion", config.engineVersion()))
                    .ifPresent(message -> problems.add(DB + "engineVersion", message));
        }
        String shownClass = problems.quote(DB + "instanceClass", config.instanceClass());
        Optional<DbInstanceClass> instanceClass = DatabaseInstanceClasses.lookup(config.instanceClass());
        if (instanceClass.isEmpty()) {
            Optional<String> suggestion = DatabaseInstanceClasses.lookup("db." + config.instanceClass()).map(DbInstanceClass::name)
                    .or(() -> Suggestions.closest(config.instanceClass(), DatabaseInstanceClasses.names()));
            problems.add(DB + "instanceClass", shownClass + " is not a DB instance class this program knows (like db.t4g.micro"
                    + " or db.m6g.large)" + Suggestions.didYouMean(shownClass, suggestion));
        }
        checkName(engine, "name", config.name(), engine.maxNameLength(), engine.reservesName(config.name()), problems);
        checkName(engine, "username", config.username(), engine.maxUsernameLength(), engine.reservesUsername(config.username()), problems);
        Optional<RdsWindow> backup = window(DB + "backupWindow", config.backupWindow(), RdsWindow.parseDaily(config.backupWindow()),
                "a daily window in UTC (hh24:mi-hh24:mi, like 17:00-18:00)", problems);
        Optional<RdsWindow> maintenance = window(DB + "maintenanceWindow", config.maintenanceWindow(),
                RdsWindow.parseWeekly(config.maintenanceWindow()),
                "a weekly window in UTC (ddd:hh24:mi-ddd:hh24:mi, lower-case days, like sun:18:30-sun:19:30)", problems);
        if (backup.isPresent() && maintenance.isPresent() && backup.get().overlaps(maintenance.get())) {
            problems.add(DB + "maintenanceWindow", problems.quote(DB + "maintenanceWindow", config.maintenanceWindow())
                    + " overlaps backupWindow " + problems.quote(DB + "backupWindow", config.backupWindow())
                    + "; RDS requires the two windows apart");
        }
        config.kmsKeyArn().filter(arn -> !KMS_KEY_ARN.matcher(arn).matches()).ifPresent(arn -> problems.add(DB + "kmsKeyArn",
                problems.quote(DB + "kmsKeyArn", arn) + " is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key id>);"
                        + " an alias cannot be granted to the task execution role"));
        checkStorageCeiling(config, problems);
        if (engineValid && instanceClass.isPresent() && !problems.has(DB + "engineVersion")
                && !instanceClass.get().supports(engine, config.engineVersion())) {
            problems.add(DB + "instanceClass", shownClass + " does not run " + engine.configValue() + " " + config.engineVersion()
                    + " on RDS (a previous-generation class); use a current one like db.t4g.micro or db.m6g.large");
        }
        if (config.enabled() && profile.equals(Optional.of(Profile.PROD))) {
            checkProd(config, instanceClass, shownClass, problems);
        }
    }

    /** A major version of the engine: a pinned major keeps upgrades to minor ones, which RDS applies itself. */
    private static Optional<String> versionProblem(DatabaseEngine engine, String version, String shown) {
        if (engine.majorVersions().contains(version)) {
            return Optional.empty();
        }
        // A full version (16.3, 8.0.36) names its major in its first one (PostgreSQL) or two (MySQL) parts.
        int majorParts = engine == DatabaseEngine.POSTGRES ? 1 : 2;
        String[] parts = version.split("\\.");
        String major = parts.length > majorParts ? String.join(".", Arrays.copyOf(parts, majorParts)) : version;
        String hint = engine.majorVersions().contains(major)
                ? "; pin the major version only (" + major + "): RDS applies minor upgrades in the maintenance window"
                : "";
        return Optional.of(shown + " is not a major version of " + engine.configValue() + " RDS offers: use one of "
                + String.join(", ", engine.majorVersions()) + hint);
    }

    /** {@code DBName} and {@code MasterUsername} (their characters are the schema's): the engine's length, no reserved word. */
    private static void checkName(DatabaseEngine engine, String field, String value, int maxLength, boolean reserved, Problems problems) {
        String key = DB + field;
        if (value.length() > maxLength) {
            problems.add(key, "is " + value.length() + " characters long; " + engine.configValue() + " allows at most " + maxLength);
        } else if (reserved) {
            problems.add(key, problems.quote(key, value) + " is reserved by " + engine.configValue() + " on RDS; choose another " + field);
        }
    }

    private static Optional<RdsWindow> window(String key, String value, Optional<RdsWindow> parsed, String what, Problems problems) {
        String shown = problems.quote(key, value);
        if (parsed.isEmpty()) {
            problems.add(key, shown + " is not " + what);
        } else if (parsed.get().minutes() < RdsWindow.MIN_MINUTES) {
            problems.add(key, shown + " lasts " + parsed.get().minutes() + " minutes; RDS needs at least " + RdsWindow.MIN_MINUTES);
            return Optional.empty();
        }
        return parsed;
    }

    private static void checkStorageCeiling(DatabaseTierConfig config, Problems problems) {
        if (problems.has(DB + "allocatedStorageGiB", DB + "maxAllocatedStorageGiB")) {
            return;
        }
        int allocated = config.allocatedStorageGiB();
        int ceiling = config.maxAllocatedStorageGiB();
        int needed = allocated + (allocated * MIN_AUTOSCALING_HEADROOM_PERCENT + 99) / 100;
        if (ceiling < needed) {
            problems.add(DB + "maxAllocatedStorageGiB", problems.show(DB + "maxAllocatedStorageGiB", ceiling)
                    + " leaves storage autoscaling no room: it must be at least 10 % above allocatedStorageGiB ("
                    + problems.show(DB + "allocatedStorageGiB", allocated) + "), so at least " + needed);
        }
    }

    /** Prod keeps its data through an AZ outage, an accidental delete and a bad week. */
    private static void checkProd(DatabaseTierConfig config, Optional<DbInstanceClass> instanceClass, String shownClass,
                                  Problems problems) {
        if (!problems.has(DB + "multiAz") && !config.multiAz()) {
            problems.add(DB + "multiAz", "prod must survive losing an AZ: set it to true (a standby in a second AZ takes"
                    + " over in a failover)");
        }
        if (!problems.has(DB + "backupRetentionDays") && config.backupRetentionDays() < MIN_PROD_BACKUP_DAYS) {
            problems.add(DB + "backupRetentionDays", "prod keeps at least " + MIN_PROD_BACKUP_DAYS + " days of backups, got "
                    + problems.show(DB + "backupRetentionDays", config.backupRetentionDays()));
        }
        if (!problems.has(DB + "deletionProtection") && !config.deletionProtection()) {
            problems.add(DB + "deletionProtection", "prod must set it to true: RDS then refuses to delete the instance");
        }
        if (!problems.has(DB + "instanceClass")) {
            instanceClass.filter(DbInstanceClass::isTiny).ifPresent(type -> problems.add(DB + "instanceClass", shownClass
                    + " is too small for prod: burstable micro and small classes run out of CPU credits under steady load"
                    + " and lack Performance Insights, which prod turns on; use medium or larger"));
        }
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
