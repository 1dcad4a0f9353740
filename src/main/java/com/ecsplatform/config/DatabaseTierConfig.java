package com.ecsplatform.config;

import io.soabase.recordbuilder.core.RecordBuilder;
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
@RecordBuilder
@RecordBuilder.Options(emptyDefaultForOptional = true, useImmutableCollections = true)
public record DatabaseTierConfig(
        boolean enabled,
        @RecordBuilder.Initializer("DEFAULT_ENGINE") DatabaseEngine engine,
        @RecordBuilder.Initializer("DEFAULT_VERSION") String engineVersion,
        @RecordBuilder.Initializer("NONE") String instanceClass,
        int allocatedStorageGiB,
        int maxAllocatedStorageGiB,
        boolean multiAz,
        int backupRetentionDays,
        @RecordBuilder.Initializer("DEFAULT_PORT") int port,
        @RecordBuilder.Initializer("NONE") String name,
        @RecordBuilder.Initializer("NONE") String username,
        @RecordBuilder.Initializer("NONE") String backupWindow,
        @RecordBuilder.Initializer("NONE") String maintenanceWindow,
        boolean deletionProtection,
        boolean iamAuthentication,
        Optional<String> kmsKeyArn) {

    /** What a {@link #builder()} starts from (public for the generated builder). */
    public static final DatabaseEngine DEFAULT_ENGINE = DatabaseEngine.POSTGRES;
    public static final String DEFAULT_VERSION = DatabaseEngine.POSTGRES.defaultVersion();
    public static final int DEFAULT_PORT = DatabaseEngine.POSTGRES.defaultPort();
    public static final String NONE = "";

    public DatabaseTierConfig {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
    }

    /** Named construction of a {@link DatabaseTierConfig}. */
    public static DatabaseTierConfigBuilder builder() {
        return DatabaseTierConfigBuilder.builder();
    }

    /** A builder starting from this configuration. */
    public DatabaseTierConfigBuilder toBuilder() {
        return DatabaseTierConfigBuilder.builder(this);
    }
}
