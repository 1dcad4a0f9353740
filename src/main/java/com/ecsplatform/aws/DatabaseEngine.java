package com.ecsplatform.aws;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The RDS engines the database tier offers, with what differs between them: versions, default port,
 * the parameter that enforces TLS, the logs worth exporting, and the naming rules of
 * {@code CreateDBInstance} (RDS API reference, parameters {@code DBName} and {@code MasterUsername}).
 */
public enum DatabaseEngine {

    /**
     * RDS for PostgreSQL. {@code rds.force_ssl=1} refuses unencrypted connections (RDS User Guide,
     * "Using SSL with a PostgreSQL DB instance"); the {@code postgresql} log holds errors and slow
     * statements, {@code upgrade} the engine upgrade output.
     */
    POSTGRES("postgres", 5432, List.of("13", "14", "15", "16", "17"), "16", "rds.force_ssl",
            List.of("postgresql", "upgrade"), Map.of(), 63, 63,
            // rdsadmin and the rds_* roles are RDS's own; role names starting with pg_ are reserved by
            // PostgreSQL itself; RDS rejects "admin" as a PostgreSQL master user name.
            Set.of("admin", "rdsadmin", "rdsrepladmin", "rds_superuser", "rds_replication", "rds_password",
                    "rds_iam", "public", "user", "current_user", "session_user"),
            Set.of("postgres", "template0", "template1", "rdsadmin")),

    /**
     * RDS for MySQL. {@code require_secure_transport=1} refuses unencrypted connections (RDS User
     * Guide, "Requiring SSL/TLS for all connections to a MySQL DB instance"); the slow query log is
     * only written with {@code slow_query_log=1}.
     */
    MYSQL("mysql", 3306, List.of("8.0", "8.4"), "8.0", "require_secure_transport",
            List.of("error", "slowquery"), Map.of("slow_query_log", "1"), 16, 64,
            // RDS's own accounts on MySQL instances; root is refused too, so the master user is never
            // mistaken for MySQL's superuser (RDS gives it fewer privileges).
            Set.of("rdsadmin", "rdsrepladmin", "rdstopmgr", "root"),
            Set.of("mysql", "sys", "information_schema", "performance_schema"));

    private final String configValue;
    private final int defaultPort;
    private final List<String> majorVersions;
    private final String defaultVersion;
    private final String tlsParameter;
    private final List<String> logExports;
    private final Map<String, String> extraParameters;
    private final int maxUsernameLength;
    private final int maxNameLength;
    private final Set<String> reservedUsernames;
    private final Set<String> reservedNames;

    DatabaseEngine(String configValue, int defaultPort, List<String> majorVersions, String defaultVersion,
                   String tlsParameter, List<String> logExports, Map<String, String> extraParameters,
                   int maxUsernameLength, int maxNameLength, Set<String> reservedUsernames, Set<String> reservedNames) {
        this.configValue = configValue;
        this.defaultPort = defaultPort;
        this.majorVersions = majorVersions;
        this.defaultVersion = defaultVersion;
        this.tlsParameter = tlsParameter;
        this.logExports = logExports;
        this.extraParameters = extraParameters;
        this.maxUsernameLength = maxUsernameLength;
        this.maxNameLength = maxNameLength;
        this.reservedUsernames = reservedUsernames;
        this.reservedNames = reservedNames;
    }

    /** The engine named {@code value} in the stack file ({@code postgres}, {@code mysql}). */
    public static Optional<DatabaseEngine> fromConfig(String value) {
        for (var engine : values()) {
            if (engine.configValue.equals(value)) {
                return Optional.of(engine);
            }
        }
        return Optional.empty();
    }

    /** The stack file's name of the engine, which is also RDS's {@code Engine} value. */
    public String configValue() {
        return configValue;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The major versions RDS offers for the engine; a stack pins one, RDS keeps its minor version current. */
    public List<String> majorVersions() {
        return majorVersions;
    }

    public String defaultVersion() {
        return defaultVersion;
    }

    /** The DB parameter group family of {@code majorVersion}: {@code postgres16}, {@code mysql8.0}. */
    public String parameterGroupFamily(String majorVersion) {
        return configValue + majorVersion;
    }

    /** The parameters the tier sets: TLS enforced, plus what the exported logs need. Sorted by name. */
    public Map<String, String> parameters() {
        var parameters = new TreeMap<>(extraParameters);
        parameters.put(tlsParameter, "1");
        return parameters;
    }

    /** The logs exported to CloudWatch Logs ({@code enabledCloudwatchLogsExports}). */
    public List<String> logExports() {
        return logExports;
    }

    /** {@code MasterUsername}: 1 to 63 (PostgreSQL) or 16 (MySQL) characters. */
    public int maxUsernameLength() {
        return maxUsernameLength;
    }

    /** {@code DBName}: 1 to 63 (PostgreSQL) or 64 (MySQL) characters. */
    public int maxNameLength() {
        return maxNameLength;
    }

    /** Whether RDS or the engine reserves {@code username}. */
    public boolean reservesUsername(String username) {
        String lower = username.toLowerCase(Locale.ROOT);
        return reservedUsernames.contains(lower) || (this == POSTGRES && lower.startsWith("pg_"));
    }

    /** Whether the engine reserves the database name {@code name}. */
    public boolean reservesName(String name) {
        return reservedNames.contains(name.toLowerCase(Locale.ROOT));
    }
}
