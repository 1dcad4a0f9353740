package com.ecsplatform.config;

import com.ecsplatform.aws.DatabaseEngine;
import com.ecsplatform.testing.ConfigFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Optional;

import static com.ecsplatform.config.ConfigAssertions.assertHasProblem;
import static com.ecsplatform.config.ConfigAssertions.assertLoads;
import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.ConfigFixtures.prodRaw;
import static com.ecsplatform.testing.ConfigFixtures.raw;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("ecs-platform:database")
class DatabaseRulesTest {

    private static final String DB = "ecs-platform:database.";

    /** The dev fixture with the database tier on. */
    private static Map<String, String> devWithDatabase() {
        return set(devRaw(), DB + "enabled", true);
    }

    @Test
    void readsEveryDatabaseField() {
        var values = set(devRaw(), "ecs-platform:database", fields(
                "enabled", true, "engine", "mysql", "engineVersion", "8.4", "instanceClass", "db.r6g.large",
                "allocatedStorageGiB", 50, "maxAllocatedStorageGiB", 200, "multiAz", true, "backupRetentionDays", 3,
                "port", 3307, "name", "orders", "username", "orders_admin", "backupWindow", "02:00-02:30",
                "maintenanceWindow", "wed:03:00-wed:04:00", "deletionProtection", true, "iamAuthentication", true,
                "kmsKeyArn", "arn:aws:kms:ap-northeast-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"));

        assertThat(StackConfigLoader.load(raw(values)).database()).isEqualTo(DatabaseTierConfig.builder()
                .enabled(true).engine(DatabaseEngine.MYSQL).engineVersion("8.4").instanceClass("db.r6g.large")
                .allocatedStorageGiB(50).maxAllocatedStorageGiB(200).multiAz(true).backupRetentionDays(3).port(3307)
                .name("orders").username("orders_admin").backupWindow("02:00-02:30").maintenanceWindow("wed:03:00-wed:04:00")
                .deletionProtection(true).iamAuthentication(true)
                .kmsKeyArn(Optional.of("arn:aws:kms:ap-northeast-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
                .build());
    }

    @Test
    void mysqlGetsItsOwnDefaults() {
        var database = StackConfigLoader.load(raw(set(devWithDatabase(), DB + "engine", "mysql"))).database();

        assertThat(database.port()).isEqualTo(3306);
        assertThat(database.engineVersion()).isEqualTo("8.0");
    }

    @Test
    void rejectsAnEngineOtherThanPostgresOrMysql() {
        assertOnlyProblem(set(devWithDatabase(), DB + "engine", "postgresql"), DB + "engine",
                "\"postgresql\" is not an engine: use postgres or mysql; did you mean postgres?");
    }

    @Test
    void rejectsAMajorVersionRdsDoesNotOffer() {
        assertOnlyProblem(set(devWithDatabase(), DB + "engineVersion", "12"), DB + "engineVersion",
                "\"12\" is not a major version of postgres RDS offers: use one of 13, 14, 15, 16, 17");
    }

    @Test
    void pinsTheMajorVersionOnly() {
        assertOnlyProblem(set(devWithDatabase(), DB + "engineVersion", "16.3"), DB + "engineVersion",
                "pin the major version only (16)");
    }

    @Test
    void rejectsAnUnknownInstanceClassSuggestingTheDbPrefix() {
        assertOnlyProblem(set(devWithDatabase(), DB + "instanceClass", "t4g.micro"), DB + "instanceClass",
                "\"t4g.micro\" is not a DB instance class this program knows", "did you mean db.t4g.micro?");
    }

    @Test
    void rejectsAClassThatDoesNotRunTheEngineVersion() {
        assertOnlyProblem(set(devWithDatabase(), DB + "instanceClass", "db.t2.micro"), DB + "instanceClass",
                "\"db.t2.micro\" does not run postgres 16 on RDS");
    }

    @ParameterizedTest
    @ValueSource(ints = {19, 65537})
    void rejectsStorageOutsideTheGp3Range(int gib) {
        assertHasProblem(set(devWithDatabase(), DB + "allocatedStorageGiB", gib), DB + "allocatedStorageGiB",
                "must be between 20 and 65536, got " + gib, "gp3");
    }

    @Test
    void requiresTheAutoscalingCeilingAboveTheAllocation() {
        var values = set(set(devWithDatabase(), DB + "allocatedStorageGiB", 100), DB + "maxAllocatedStorageGiB", 100);

        assertOnlyProblem(values, DB + "maxAllocatedStorageGiB", "at least 10 % above allocatedStorageGiB (100), so at least 110");
    }

    @Test
    void rejectsABackupWindowNotInRdsFormat() {
        assertOnlyProblem(set(devWithDatabase(), DB + "backupWindow", "1700-1800"), DB + "backupWindow",
                "is not a daily window in UTC (hh24:mi-hh24:mi");
    }

    @Test
    void rejectsAWindowShorterThanThirtyMinutes() {
        assertOnlyProblem(set(devWithDatabase(), DB + "backupWindow", "17:00-17:20"), DB + "backupWindow",
                "lasts 20 minutes; RDS needs at least 30");
    }

    @Test
    void rejectsAMaintenanceWindowNotInRdsFormat() {
        assertOnlyProblem(set(devWithDatabase(), DB + "maintenanceWindow", "Sun:18:00-Sun:19:00"), DB + "maintenanceWindow",
                "is not a weekly window in UTC (ddd:hh24:mi-ddd:hh24:mi");
    }

    @Test
    void rejectsAMaintenanceWindowOverlappingTheBackupWindow() {
        var values = set(set(devWithDatabase(), DB + "backupWindow", "18:00-19:00"), DB + "maintenanceWindow", "sun:18:30-sun:19:30");

        assertOnlyProblem(values, DB + "maintenanceWindow", "overlaps backupWindow \"18:00-19:00\"");
    }

    @Test
    void acceptsWindowsThatCrossMidnightWithoutMeeting() {
        assertLoads(set(set(devWithDatabase(), DB + "backupWindow", "23:30-00:30"), DB + "maintenanceWindow", "mon:01:00-mon:02:00"));
    }

    @Test
    void rejectsAMaintenanceWindowThatMeetsABackupWindowAcrossMidnight() {
        var values = set(set(devWithDatabase(), DB + "backupWindow", "23:30-00:30"), DB + "maintenanceWindow", "sun:23:50-mon:00:40");

        assertOnlyProblem(values, DB + "maintenanceWindow", "overlaps backupWindow");
    }

    @Test
    void rejectsAUsernamePostgresReserves() {
        assertOnlyProblem(set(devWithDatabase(), DB + "username", "admin"), DB + "username",
                "\"admin\" is reserved by postgres on RDS");
    }

    @Test
    void rejectsAUsernameMysqlReserves() {
        var values = set(set(devWithDatabase(), DB + "engine", "mysql"), DB + "username", "rdsadmin");

        assertOnlyProblem(values, DB + "username", "\"rdsadmin\" is reserved by mysql on RDS");
    }

    @Test
    void rejectsAMysqlUsernameLongerThanSixteenCharacters() {
        var values = set(set(devWithDatabase(), DB + "engine", "mysql"), DB + "username", "application_admin");

        assertOnlyProblem(values, DB + "username", "is 17 characters long; mysql allows at most 16");
    }

    @Test
    void rejectsADatabaseNameStartingWithADigit() {
        assertOnlyProblem(set(devWithDatabase(), DB + "name", "1app"), DB + "name",
                "must start with a letter and hold only letters, digits and _");
    }

    @Test
    void rejectsADatabaseNameTheEngineReserves() {
        assertOnlyProblem(set(devWithDatabase(), DB + "name", "template1"), DB + "name", "is reserved by postgres");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 36})
    void keepsBackupsBetweenOneAndThirtyFiveDays(int days) {
        assertOnlyProblem(set(devWithDatabase(), DB + "backupRetentionDays", days), DB + "backupRetentionDays",
                "must be between 1 and 35, got " + days);
    }

    @ParameterizedTest
    @ValueSource(ints = {1149, 65536})
    void rejectsAPortRdsDoesNotAccept(int port) {
        assertOnlyProblem(set(devWithDatabase(), DB + "port", port), DB + "port",
                "must be between 1150 and 65535, got " + port);
    }

    @Test
    void rejectsAKmsAliasInsteadOfAKeyArn() {
        assertOnlyProblem(set(devWithDatabase(), DB + "kmsKeyArn", "alias/rds"), DB + "kmsKeyArn",
                "is not a KMS key ARN");
    }

    @Test
    void rejectsAKmsKeyFromAnotherRegion() {
        assertOnlyProblem(set(devWithDatabase(), DB + "kmsKeyArn", "arn:aws:kms:us-east-1:123456789012:key/abcd-1234"),
                DB + "kmsKeyArn", "is a key in us-east-1, but the database is in ap-northeast-2");
    }

    @Test
    void pinsTheMysqlMajorVersionOnly() {
        var values = set(set(devWithDatabase(), DB + "engine", "mysql"), DB + "engineVersion", "8.0.36");

        assertOnlyProblem(values, DB + "engineVersion", "pin the major version only (8.0)");
    }

    @Test
    void prodRequiresMultiAz() {
        assertOnlyProblem(set(prodRaw(), DB + "multiAz", false), DB + "multiAz", "prod must survive losing an AZ");
    }

    @Test
    void prodRequiresAWeekOfBackups() {
        assertOnlyProblem(set(prodRaw(), DB + "backupRetentionDays", 6), DB + "backupRetentionDays",
                "prod keeps at least 7 days of backups, got 6");
    }

    @Test
    void prodRequiresDeletionProtection() {
        assertOnlyProblem(set(prodRaw(), DB + "deletionProtection", false), DB + "deletionProtection",
                "prod must set it to true");
    }

    @Test
    void prodRejectsClassesTooSmallForIt() {
        assertOnlyProblem(set(prodRaw(), DB + "instanceClass", "db.t4g.small"), DB + "instanceClass",
                "\"db.t4g.small\" is too small for prod");
    }

    @Test
    void prodRulesDoNotApplyWhileTheTierIsOff() {
        var values = set(prodRaw(), "ecs-platform:database", fields("enabled", false, "multiAz", false));

        assertLoads(values);
    }

    @Test
    void rejectsServiceEnvironmentNamesTheTierSets() {
        assertOnlyProblem(set(devWithDatabase(), "ecs-platform:service.environment.DB_HOST", "localhost"),
                "ecs-platform:service.environment.DB_HOST", "is set by the database tier");
    }

    @Test
    void rejectsServiceSecretsNamesTheTierSets() {
        var values = set(devWithDatabase(), "ecs-platform:service.secrets.DB_USERNAME",
                "arn:aws:ssm:ap-northeast-2:123456789012:parameter/app/user");

        assertOnlyProblem(values, "ecs-platform:service.secrets.DB_USERNAME", "is set by the database tier");
    }

    @Test
    void leavesTheInjectedNamesToTheServiceWhileTheTierIsOff() {
        assertLoads(set(devRaw(), "ecs-platform:service.environment.DB_HOST", "db.internal.example"));
    }

    @Test
    void needsRoomInTheVpcForTheIsolatedSubnets() {
        assertOnlyProblem(set(devWithDatabase(), "ecs-platform:vpcCidr", "10.10.0.0/24"), "ecs-platform:vpcCidr",
                "has no room for the database tier's isolated subnets", "/23 or larger");
    }

    @Test
    void rejectsAStackNameThatMakesAnInvalidInstanceIdentifier() {
        assertThatThrownBy(() -> StackConfigLoader.load(ConfigFixtures.raw("team_a", devWithDatabase())))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.key()).isEqualTo(DB + "enabled");
                            assertThat(problem.message()).contains("ecs-platform-team_a-db, which RDS rejects");
                        }));
    }

    @Test
    void reportsEveryDatabaseProblemAtOnce() {
        var values = set(prodRaw(), "ecs-platform:database", fields(
                "enabled", true, "engine", "postgres", "instanceClass", "db.x9.huge", "multiAz", false,
                "backupRetentionDays", 3, "username", "pg_admin", "backupWindow", "noon"));

        assertThat(ConfigFixtures.problems(values)).extracting(ConfigProblem::key).containsExactlyInAnyOrder(
                DB + "instanceClass", DB + "multiAz", DB + "backupRetentionDays", DB + "username", DB + "backupWindow");
    }
}
