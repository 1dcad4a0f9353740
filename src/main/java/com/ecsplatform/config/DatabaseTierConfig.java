package com.ecsplatform.config;

import com.ecsplatform.aws.DatabaseEngine;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ecs-platform:database}: the database tier, an Amazon RDS instance in isolated subnets whose
 * master password RDS keeps in Secrets Manager. Build one with {@link #builder()}.
 *
 * @param enabled                whether the tier exists. Default {@code false}.
 * @param engine                 {@code postgres} or {@code mysql}. Default postgres.
 * @param engineVersion          the pinned major version (PostgreSQL 13-17, MySQL 8.0 or 8.4); RDS keeps the minor
 *                               version current. Default: PostgreSQL 16, MySQL 8.0.
 * @param instanceClass          a known DB instance class. Default: dev db.t4g.micro, prod db.m6g.large.
 * @param allocatedStorageGiB    gp3 storage at creation, 20-65536 GiB. Default: dev 20, prod 100.
 * @param maxAllocatedStorageGiB the ceiling of storage autoscaling, above allocatedStorageGiB. Default: dev 100, prod 1000.
 * @param multiAz                a standby in a second AZ. Default: dev false, prod true (prod requires it).
 * @param backupRetentionDays    automated backups kept, 1-35 days. Default: dev 1, prod 14 (prod requires 7 or more).
 * @param port                   the database's TCP port, 1150-65535. Default: the engine's (5432, 3306).
 * @param name                   the database created in the instance. Default {@code app}.
 * @param username               the master user. Default {@code app_admin}.
 * @param backupWindow           daily backup window, UTC, {@code hh24:mi-hh24:mi}. Default {@code 17:00-18:00}.
 * @param maintenanceWindow      weekly maintenance window, UTC, {@code ddd:hh24:mi-ddd:hh24:mi}. Default {@code sun:18:30-sun:19:30}.
 * @param deletionProtection     whether RDS refuses to delete the instance. Default: dev false, prod true (prod requires it).
 * @param iamAuthentication      whether IAM database authentication is on (the task role may connect as the master user). Default false.
 * @param kmsKeyArn              a customer managed KMS key for storage and the managed secret. Default: AWS managed keys.
 */
public record DatabaseTierConfig(
        boolean enabled,
        DatabaseEngine engine,
        String engineVersion,
        String instanceClass,
        int allocatedStorageGiB,
        int maxAllocatedStorageGiB,
        boolean multiAz,
        int backupRetentionDays,
        int port,
        String name,
        String username,
        String backupWindow,
        String maintenanceWindow,
        boolean deletionProtection,
        boolean iamAuthentication,
        Optional<String> kmsKeyArn) {

    public DatabaseTierConfig {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder()
                .enabled(enabled).engine(engine).engineVersion(engineVersion).instanceClass(instanceClass)
                .allocatedStorageGiB(allocatedStorageGiB).maxAllocatedStorageGiB(maxAllocatedStorageGiB)
                .multiAz(multiAz).backupRetentionDays(backupRetentionDays).port(port).name(name).username(username)
                .backupWindow(backupWindow).maintenanceWindow(maintenanceWindow)
                .deletionProtection(deletionProtection).iamAuthentication(iamAuthentication).kmsKeyArn(kmsKeyArn);
    }

    /** Named construction of a {@link DatabaseTierConfig}. */
    public static final class Builder {
        private boolean enabled;
        private DatabaseEngine engine = DatabaseEngine.POSTGRES;
        private String engineVersion = DatabaseEngine.POSTGRES.defaultVersion();
        private String instanceClass = "";
        private int allocatedStorageGiB;
        private int maxAllocatedStorageGiB;
        private boolean multiAz;
        private int backupRetentionDays;
        private int port = DatabaseEngine.POSTGRES.defaultPort();
        private String name = "";
        private String username = "";
        private String backupWindow = "";
        private String maintenanceWindow = "";
        private boolean deletionProtection;
        private boolean iamAuthentication;
        private Optional<String> kmsKeyArn = Optional.empty();

        private Builder() {
        }

        public Builder enabled(boolean value) { enabled = value; return this; }
        public Builder engine(DatabaseEngine value) { engine = value; return this; }
        public Builder engineVersion(String value) { engineVersion = value; return this; }
        public Builder instanceClass(String value) { instanceClass = value; return this; }
        public Builder allocatedStorageGiB(int value) { allocatedStorageGiB = value; return this; }
        public Builder maxAllocatedStorageGiB(int value) { maxAllocatedStorageGiB = value; return this; }
        public Builder multiAz(boolean value) { multiAz = value; return this; }
        public Builder backupRetentionDays(int value) { backupRetentionDays = value; return this; }
        public Builder port(int value) { port = value; return this; }
        public Builder name(String value) { name = value; return this; }
        public Builder username(String value) { username = value; return this; }
        public Builder backupWindow(String value) { backupWindow = value; return this; }
        public Builder maintenanceWindow(String value) { maintenanceWindow = value; return this; }
        public Builder deletionProtection(boolean value) { deletionProtection = value; return this; }
        public Builder iamAuthentication(boolean value) { iamAuthentication = value; return this; }
        public Builder kmsKeyArn(Optional<String> value) { kmsKeyArn = value; return this; }

        public DatabaseTierConfig build() {
            return new DatabaseTierConfig(enabled, engine, engineVersion, instanceClass, allocatedStorageGiB,
                    maxAllocatedStorageGiB, multiAz, backupRetentionDays, port, name, username, backupWindow,
                    maintenanceWindow, deletionProtection, iamAuthentication, kmsKeyArn);
        }
    }
}
