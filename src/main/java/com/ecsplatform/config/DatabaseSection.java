package com.ecsplatform.config;

import com.ecsplatform.config.DatabaseInstanceClasses.DbInstanceClass;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code ecs-platform:database}: the RDS instance of the database tier. Every rule is one
 * {@code CreateDBInstance} would otherwise fail on during {@code pulumi up}, or one prod demands to keep
 * its data (RDS API reference, {@code CreateDBInstance}; RDS User Guide, "Amazon RDS DB instance
 * storage" and "Managing capacity automatically with Amazon RDS storage autoscaling").
 */
final class DatabaseSection {

    /** gp3 storage for RDS for PostgreSQL and MySQL: 20 GiB to 64 TiB. */
    static final int MIN_STORAGE_GIB = 20;
    static final int MAX_STORAGE_GIB = 65_536;
    /** Storage autoscaling needs a ceiling at least 10 % above the allocated storage. */
    private static final int MIN_AUTOSCALING_HEADROOM_PERCENT = 10;
    /** Automated backups: 1-35 days (0 would turn them off, and point-in-time recovery with them). */
    static final int MAX_BACKUP_DAYS = 35;
    static final int MIN_PROD_BACKUP_DAYS = 7;
    /** {@code Port} of RDS for PostgreSQL and MySQL: 1150-65535. */
    static final int MIN_PORT = 1150;

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern KMS_KEY_ARN = Pattern.compile(
            "arn:aws[-a-z]*:kms:[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d:\\d{12}:key/[A-Za-z0-9-]+");

    private DatabaseSection() {
    }

    static DatabaseTierConfig read(ObjectReader database, DatabaseTierConfig defaults, Optional<Profile> profile) {
        boolean enabled = database.bool("enabled").orElse(defaults.enabled());
        DatabaseEngine engine = database.string("engine", DatabaseSection::engineProblem)
                .flatMap(DatabaseEngine::fromConfig).orElse(defaults.engine());
        boolean engineValid = !database.hasProblem("engine");
        boolean defaultEngine = engine == defaults.engine();
        String engineVersion = database.string("engineVersion", versionCheck(engine, engineValid))
                .orElse(defaultEngine ? defaults.engineVersion() : engine.defaultVersion());
        String instanceClass = database.string("instanceClass", DatabaseSection::instanceClassProblem)
                .orElse(defaults.instanceClass());
        int allocated = database.integer("allocatedStorageGiB", Checks.between(MIN_STORAGE_GIB, MAX_STORAGE_GIB)
                .because("gp3 storage for RDS ranges from 20 GiB to 64 TiB")).orElse(defaults.allocatedStorageGiB());
        int maxAllocated = database.integer("maxAllocatedStorageGiB", Checks.between(MIN_STORAGE_GIB, MAX_STORAGE_GIB)
                .because("gp3 storage for RDS ranges from 20 GiB to 64 TiB")).orElse(defaults.maxAllocatedStorageGiB());
        var config = DatabaseTierConfig.builder()
                .enabled(enabled)
                .engine(engine)
                .engineVersion(engineVersion)
                .instanceClass(instanceClass)
                .allocatedStorageGiB(allocated)
                .maxAllocatedStorageGiB(maxAllocated)
                .multiAz(database.bool("multiAz").orElse(defaults.multiAz()))
                .backupRetentionDays(database.integer("backupRetentionDays", Checks.between(1, MAX_BACKUP_DAYS)
                        .because("automated backups are what point-in-time recovery restores from"))
                        .orElse(defaults.backupRetentionDays()))
                .port(database.integer("port", Checks.between(MIN_PORT, 65535)
                        .because("RDS accepts ports 1150-65535")).orElse(defaultEngine ? defaults.port() : engine.defaultPort()))
                .name(database.string("name", nameCheck(engine, "name", engine.maxNameLength())).orElse(defaults.name()))
                .username(database.string("username", nameCheck(engine, "username", engine.maxUsernameLength()))
                        .orElse(defaults.username()))
                .backupWindow(database.string("backupWindow", DatabaseSection::backupWindowProblem).orElse(defaults.backupWindow()))
                .maintenanceWindow(database.string("maintenanceWindow", DatabaseSection::maintenanceWindowProblem)
                        .orElse(defaults.maintenanceWindow()))
                .deletionProtection(database.bool("deletionProtection").orElse(defaults.deletionProtection()))
                .iamAuthentication(database.bool("iamAuthentication").orElse(defaults.iamAuthentication()))
                .kmsKeyArn(database.string("kmsKeyArn", DatabaseSection::kmsKeyProblem).or(defaults::kmsKeyArn))
                .build();
        checkStorageCeiling(database, config);
        checkWindowsApart(database, config);
        if (engineValid) {
            checkClassRunsEngine(database, config);
        }
        if (enabled && profile.equals(Optional.of(Profile.PROD))) {
            checkProd(database, config);
        }
        database.rejectUnknownFields();
        return config;
    }

    private static Optional<String> engineProblem(String value, String shown) {
        return DatabaseEngine.fromConfig(value).isPresent()
                ? Optional.empty()
                : Optional.of(shown + " is not an engine: use " + String.join(" or ", DatabaseEngine.configValues())
                        + Checks.didYouMean(shown, Suggestions.closest(value, DatabaseEngine.configValues())));
    }

    /** A major version of the engine: a pinned major keeps upgrades to minor ones, which RDS applies itself. */
    private static Check<String> versionCheck(DatabaseEngine engine, boolean engineValid) {
        return (version, shown) -> {
            if (!engineValid || engine.majorVersions().contains(version)) {
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
        };
    }

    private static Optional<String> instanceClassProblem(String name, String shown) {
        if (DatabaseInstanceClasses.lookup(name).isPresent()) {
            return Optional.empty();
        }
        Optional<String> withPrefix = DatabaseInstanceClasses.lookup("db." + name).map(DbInstanceClass::name);
        Optional<String> suggestion = withPrefix.or(() -> Suggestions.closest(name, DatabaseInstanceClasses.names()));
        return Optional.of(shown + " is not a DB instance class this program knows (like db.t4g.micro or db.m6g.large)"
                + Checks.didYouMean(shown, suggestion));
    }

    /**
     * {@code DBName} and {@code MasterUsername}: a letter, then letters, digits or underscores, within the
     * engine's length, and not a word the engine or RDS reserves.
     */
    private static Check<String> nameCheck(DatabaseEngine engine, String field, int maxLength) {
        return (value, shown) -> {
            if (!NAME.matcher(value).matches()) {
                return Optional.of(shown + " must start with a letter and hold only letters, digits and _");
            }
            if (value.length() > maxLength) {
                return Optional.of("is " + value.length() + " characters long; " + engine.configValue() + " allows at most "
                        + maxLength);
            }
            boolean reserved = field.equals("username") ? engine.reservesUsername(value) : engine.reservesName(value);
            if (reserved) {
                return Optional.of(shown + " is reserved by " + engine.configValue() + " on RDS; choose another " + field);
            }
            return Optional.empty();
        };
    }

    private static Optional<String> backupWindowProblem(String value, String shown) {
        return RdsWindow.parseDaily(value)
                .map(window -> window.minutes() < RdsWindow.MIN_MINUTES
                        ? Optional.of(shown + " lasts " + window.minutes() + " minutes; RDS needs at least "
                                + RdsWindow.MIN_MINUTES)
                        : Optional.<String>empty())
                .orElseGet(() -> Optional.of(shown + " is not a daily window in UTC (hh24:mi-hh24:mi, like 17:00-18:00)"));
    }

    private static Optional<String> maintenanceWindowProblem(String value, String shown) {
        return RdsWindow.parseWeekly(value)
                .map(window -> window.minutes() < RdsWindow.MIN_MINUTES
                        ? Optional.of(shown + " lasts " + window.minutes() + " minutes; RDS needs at least "
                                + RdsWindow.MIN_MINUTES)
                        : Optional.<String>empty())
                .orElseGet(() -> Optional.of(shown + " is not a weekly window in UTC (ddd:hh24:mi-ddd:hh24:mi, lower-case"
                        + " days, like sun:18:30-sun:19:30)"));
    }

    private static Optional<String> kmsKeyProblem(String value, String shown) {
        return KMS_KEY_ARN.matcher(value).matches()
                ? Optional.empty()
                : Optional.of(shown + " is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key id>);"
                        + " an alias cannot be granted to the task execution role");
    }

    private static void checkStorageCeiling(ObjectReader database, DatabaseTierConfig config) {
        if (database.hasProblem("allocatedStorageGiB", "maxAllocatedStorageGiB")) {
            return;
        }
        int allocated = config.allocatedStorageGiB();
        int ceiling = config.maxAllocatedStorageGiB();
        int needed = allocated + (allocated * MIN_AUTOSCALING_HEADROOM_PERCENT + 99) / 100;
        if (ceiling < needed) {
            database.report("maxAllocatedStorageGiB", database.show("maxAllocatedStorageGiB", ceiling)
                    + " leaves storage autoscaling no room: it must be at least 10 % above allocatedStorageGiB ("
                    + database.show("allocatedStorageGiB", allocated) + "), so at least " + needed);
        }
    }

    private static void checkWindowsApart(ObjectReader database, DatabaseTierConfig config) {
        if (database.hasProblem("backupWindow", "maintenanceWindow")) {
            return;
        }
        var backup = RdsWindow.parseDaily(config.backupWindow());
        var maintenance = RdsWindow.parseWeekly(config.maintenanceWindow());
        if (backup.isPresent() && maintenance.isPresent() && backup.get().overlaps(maintenance.get())) {
            database.report("maintenanceWindow", database.quote("maintenanceWindow", config.maintenanceWindow())
                    + " overlaps backupWindow " + database.quote("backupWindow", config.backupWindow())
                    + "; RDS requires the two windows apart");
        }
    }

    private static void checkClassRunsEngine(ObjectReader database, DatabaseTierConfig config) {
        if (database.hasProblem("instanceClass", "engineVersion")) {
            return;
        }
        DatabaseInstanceClasses.lookup(config.instanceClass())
                .filter(type -> !type.supports(config.engine(), config.engineVersion()))
                .ifPresent(type -> database.report("instanceClass", database.quote("instanceClass", type.name())
                        + " does not run " + config.engine().configValue() + " " + config.engineVersion()
                        + " on RDS (a previous-generation class); use a current one like db.t4g.micro or db.m6g.large"));
    }

    /** Prod keeps its data through an AZ outage, an accidental delete and a bad week. */
    private static void checkProd(ObjectReader database, DatabaseTierConfig config) {
        if (!database.hasProblem("multiAz") && !config.multiAz()) {
            database.report("multiAz", "prod must survive losing an AZ: set it to true (a standby in a second AZ takes"
                    + " over in a failover)");
        }
        if (!database.hasProblem("backupRetentionDays") && config.backupRetentionDays() < MIN_PROD_BACKUP_DAYS) {
            database.report("backupRetentionDays", "prod keeps at least " + MIN_PROD_BACKUP_DAYS + " days of backups, got "
                    + database.show("backupRetentionDays", config.backupRetentionDays()));
        }
        if (!database.hasProblem("deletionProtection") && !config.deletionProtection()) {
            database.report("deletionProtection", "prod must set it to true: RDS then refuses to delete the instance");
        }
        if (!database.hasProblem("instanceClass")) {
            DatabaseInstanceClasses.lookup(config.instanceClass()).filter(DbInstanceClass::isTiny).ifPresent(type ->
                    database.report("instanceClass", database.quote("instanceClass", type.name()) + " is too small for prod:"
                            + " burstable micro and small classes run out of CPU credits under steady load and lack"
                            + " Performance Insights, which prod turns on; use medium or larger"));
        }
    }
}
