package com.ecsplatform.database;

import com.ecsplatform.iam.PolicyDocument;
import com.ecsplatform.iam.PolicyDocument.Statement;
import com.ecsplatform.service.ContainerDefinition;
import com.ecsplatform.service.ContainerDefinition.NameValue;
import com.ecsplatform.service.ContainerDefinition.Secret;
import com.ecsplatform.synth.RegisteredResource;
import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static com.ecsplatform.testing.Inputs.bool;
import static com.ecsplatform.testing.Inputs.has;
import static com.ecsplatform.testing.Inputs.integer;
import static com.ecsplatform.testing.Inputs.string;
import static com.ecsplatform.testing.Inputs.stringMap;
import static com.ecsplatform.testing.Inputs.strings;
import static org.assertj.core.api.Assertions.assertThat;

/** The database tier as the prod fixture (enabled) and variants of dev register it. */
class DatabaseStackTest {

    private static final String INSTANCE = "aws:rds/instance:Instance";
    private static final String SECRET_ARN = "${db-instance.masterUserSecrets[0].secretArn}";
    private static final String KEY_ARN = "arn:aws:kms:ap-northeast-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private static SynthResult devWithDatabase() {
        return Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:database.enabled", true));
    }

    private static ContainerDefinition container(SynthResult graph) {
        return ContainerDefinition.fromJson(string(graph.require("web-task"), "containerDefinitions")).get(0);
    }

    private static PolicyDocument policy(SynthResult graph, String name) {
        return PolicyDocument.fromJson(string(graph.require(name), "policy"));
    }

    @Test
    void eachAzGetsAnIsolatedSubnetInTheQuarterItsSlotReserves() {
        var prod = Stacks.prod();

        assertThat(prod.where(r -> r.name().matches("db-isolated-\\d"))).extracting(r -> string(r, "cidrBlock"))
                .containsExactly("10.20.24.0/21", "10.20.56.0/21", "10.20.88.0/21");
        for (int az = 0; az < 3; az++) {
            assertThat(string(prod.require("db-isolated-" + az), "availabilityZone"))
                    .isEqualTo(string(prod.require("net-private-" + az), "availabilityZone"));
            assertThat(bool(prod.require("db-isolated-" + az), "mapPublicIpOnLaunch")).isFalse();
        }
    }

    @Test
    void isolatedSubnetsRouteNowhereOutsideTheVpc() {
        var prod = Stacks.prod();

        for (int az = 0; az < 3; az++) {
            var association = prod.require("db-isolated-" + az + "-rta");
            assertThat(string(association, "subnetId")).isEqualTo("${db-isolated-" + az + ".id}");
            assertThat(string(association, "routeTableId")).isEqualTo("${db-isolated-" + az + "-rt.id}");
            String table = "${db-isolated-" + az + "-rt.id}";
            assertThat(prod.ofType("aws:ec2/route:Route")).as("routes in " + table)
                    .noneMatch(route -> string(route, "routeTableId").equals(table));
            assertThat(has(prod.require("db-isolated-" + az + "-rt"), "routes")).isFalse();
        }
    }

    @Test
    void theSubnetGroupSpansTheIsolatedSubnetsOnly() {
        var prod = Stacks.prod();

        assertThat(strings(prod.require("db-subnets"), "subnetIds"))
                .containsExactly("${db-isolated-0.id}", "${db-isolated-1.id}", "${db-isolated-2.id}");
        assertThat(string(prod.require("db-instance"), "dbSubnetGroupName")).isEqualTo("${db-subnets.name}");
        assertThat(bool(prod.require("db-instance"), "publiclyAccessible")).isFalse();
    }

    @Test
    void postgresRefusesConnectionsWithoutTls() {
        var parameters = Stacks.prod().require("db-parameters");

        assertThat(string(parameters, "family")).isEqualTo("postgres16");
        assertThat(parameterValues(parameters)).containsEntry("rds.force_ssl", "1");
        assertThat(string(Stacks.prod().require("db-instance"), "parameterGroupName")).isEqualTo("${db-parameters.name}");
    }

    @Test
    void mysqlRefusesConnectionsWithoutTls() {
        var graph = Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:database", ConfigFixtures.fields(
                "enabled", true, "engine", "mysql", "instanceClass", "db.m6g.large")));
        var parameters = graph.require("db-parameters");

        assertThat(string(parameters, "family")).isEqualTo("mysql8.0");
        assertThat(parameterValues(parameters)).containsEntry("require_secure_transport", "1");
        assertThat(strings(graph.require("db-instance"), "enabledCloudwatchLogsExports")).containsExactly("error", "slowquery");
        assertThat(integer(graph.require("db-instance"), "port")).isEqualTo(3306);
    }

    @Test
    void prodRunsPostgresOnEncryptedAutoscalingGp3AcrossTwoAzs() {
        var instance = Stacks.single(Stacks.prod(), INSTANCE);

        assertThat(string(instance, "engine")).isEqualTo("postgres");
        assertThat(string(instance, "engineVersion")).isEqualTo("16");
        assertThat(bool(instance, "autoMinorVersionUpgrade")).isTrue();
        assertThat(string(instance, "storageType")).isEqualTo("gp3");
        assertThat(integer(instance, "allocatedStorage")).isEqualTo(100);
        assertThat(integer(instance, "maxAllocatedStorage")).isEqualTo(1000);
        assertThat(bool(instance, "storageEncrypted")).isTrue();
        assertThat(has(instance, "kmsKeyId")).as("the AWS managed key by default").isFalse();
        assertThat(bool(instance, "multiAz")).isTrue();
    }

    @Test
    void aCustomerKeyEncryptsEverythingTheDatabaseStores() {
        var graph = Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:database.kmsKeyArn", KEY_ARN));
        var instance = graph.require("db-instance");

        assertThat(string(instance, "kmsKeyId")).isEqualTo(KEY_ARN);
        assertThat(string(instance, "masterUserSecretKmsKeyId")).isEqualTo(KEY_ARN);
    }

    @Test
    void withACustomerKeyTheAgentMayDecryptWithItOnlyThroughSecretsManager() {
        var graph = Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:database.kmsKeyArn", KEY_ARN));

        assertThat(policy(graph, "web-execution-policy").statement())
                .filteredOn(statement -> statement.action().contains("kms:Decrypt"))
                .singleElement().satisfies(statement -> {
                    assertThat(statement.resource()).containsExactly(KEY_ARN);
                    assertThat(statement.condition().get("StringEquals"))
                            .containsEntry("kms:ViaService", "secretsmanager.ap-northeast-2.amazonaws.com");
                });
    }

    @Test
    void backupsFollowTheConfiguredWindow() {
        var instance = Stacks.prod().require("db-instance");

        assertThat(integer(instance, "backupRetentionPeriod")).isEqualTo(14);
        assertThat(string(instance, "backupWindow")).isEqualTo("17:00-18:00");
        assertThat(bool(instance, "copyTagsToSnapshot")).isTrue();
    }

    @Test
    void maintenanceFollowsTheConfiguredWindow() {
        var instance = Stacks.prod().require("db-instance");

        assertThat(string(instance, "maintenanceWindow")).isEqualTo("sun:18:30-sun:19:30");
    }

    @Test
    void logsGoToLogGroupsTheStackOwnsBeforeTheInstanceExists() {
        var prod = Stacks.prod();
        var instance = prod.require("db-instance");

        assertThat(strings(instance, "enabledCloudwatchLogsExports")).containsExactly("postgresql", "upgrade");
        assertThat(instance.options().dependsOn()).containsExactlyInAnyOrder("db-logs-postgresql", "db-logs-upgrade");
        var logGroup = prod.require("db-logs-postgresql");
        assertThat(string(logGroup, "name")).isEqualTo("/aws/rds/instance/ecs-platform-prod-db/postgresql");
        assertThat(integer(logGroup, "retentionInDays")).isEqualTo(365);
        assertThat(logGroup.options().retainOnDelete()).isTrue();
    }

    @Test
    void onlyProdTurnsOnPerformanceInsights() {
        var prod = Stacks.prod().require("db-instance");
        var dev = devWithDatabase().require("db-instance");

        assertThat(bool(prod, "performanceInsightsEnabled")).isTrue();
        assertThat(integer(prod, "performanceInsightsRetentionPeriod")).isEqualTo(7);
        assertThat(bool(dev, "performanceInsightsEnabled")).isFalse();
    }

    @Test
    void rdsManagesTheMasterPassword() {
        var instance = Stacks.prod().require("db-instance");

        assertThat(bool(instance, "manageMasterUserPassword")).isTrue();
        assertThat(has(instance, "password")).isFalse();
        assertThat(string(instance, "username")).isEqualTo("app_admin");
        assertThat(Stacks.prod().outputs().get("dbSecretArn").getAsString()).isEqualTo(SECRET_ARN);
    }

    @Test
    void theServiceFindsTheDatabaseInItsEnvironment() {
        var web = container(Stacks.prod());

        assertThat(web.environment()).contains(
                new NameValue("DB_HOST", "${db-instance.address}"),
                new NameValue("DB_PORT", "5432"),
                new NameValue("DB_NAME", "app"));
    }

    @Test
    void theServiceReadsTheCredentialsFromTheManagedSecretsJsonKeys() {
        var web = container(Stacks.prod());

        assertThat(web.secrets()).contains(
                new Secret("DB_USERNAME", SECRET_ARN + ":username::"),
                new Secret("DB_PASSWORD", SECRET_ARN + ":password::"));
    }

    @Test
    void theExecutionRoleReadsExactlyTheManagedSecret() {
        var statements = policy(Stacks.prod(), "web-execution-policy").statement();

        assertThat(statements).filteredOn(statement -> statement.action().contains("secretsmanager:GetSecretValue"))
                .singleElement().satisfies(statement -> assertThat(statement.resource()).containsExactly(SECRET_ARN));
        assertThat(statements).flatExtracting(Statement::action).doesNotContain("kms:Decrypt");
    }

    @Test
    void iamAuthenticationLetsTheTaskRoleConnectAsTheMasterUserOnly() {
        var graph = Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:database.iamAuthentication", true));

        assertThat(bool(graph.require("db-instance"), "iamDatabaseAuthenticationEnabled")).isTrue();
        assertThat(policy(graph, "web-task-policy").statement()).singleElement().satisfies(statement -> {
            assertThat(statement.action()).containsExactly("rds-db:connect");
            assertThat(statement.resource()).containsExactly(
                    "arn:aws:rds-db:ap-northeast-2:${lookup:accountId}:dbuser:${db-instance.resourceId}/app_admin");
        });
        assertThat(graph.require("web-task").options().dependsOn()).contains("web-task-policy");
    }

    @Test
    void withoutIamAuthenticationTheTaskRoleGetsNoDatabaseGrant() {
        assertThat(Stacks.prod().named("web-task-policy")).isEmpty();
        assertThat(bool(Stacks.prod().require("db-instance"), "iamDatabaseAuthenticationEnabled")).isFalse();
    }

    @Test
    void theDatabaseGroupAdmitsOnlyItsClientTiersOnItsPort() {
        var prod = Stacks.prod();

        assertThat(strings(prod.require("db-instance"), "vpcSecurityGroupIds")).containsExactly("${firewall-database.id}");
        assertThat(prod.ofType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"))
                .filteredOn(rule -> string(rule, "securityGroupId").equals("${firewall-database.id}"))
                .extracting(rule -> string(rule, "referencedSecurityGroupId") + ":" + integer(rule, "fromPort") + "-" + integer(rule, "toPort"))
                .containsExactlyInAnyOrder("${firewall-instances.id}:5432-5432", "${firewall-bastion.id}:5432-5432");
    }

    @Test
    void theDatabaseGroupSendsNothing() {
        var prod = Stacks.prod();

        assertThat(prod.ofType("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule"))
                .noneMatch(rule -> string(rule, "securityGroupId").equals("${firewall-database.id}"));
    }

    @Test
    void prodKeepsTheDataThroughADelete() {
        var instance = Stacks.prod().require("db-instance");

        assertThat(bool(instance, "deletionProtection")).isTrue();
        assertThat(bool(instance, "skipFinalSnapshot")).isFalse();
        assertThat(string(instance, "finalSnapshotIdentifier")).isEqualTo("ecs-platform-prod-db-final");
        assertThat(bool(instance, "deleteAutomatedBackups")).isFalse();
        assertThat(instance.options().protect()).isTrue();
        assertThat(instance.options().deleteBeforeReplace()).isFalse();
    }

    @Test
    void devThrowsTheDataAwayWithTheStack() {
        var instance = devWithDatabase().require("db-instance");

        assertThat(bool(instance, "deletionProtection")).isFalse();
        assertThat(bool(instance, "skipFinalSnapshot")).isTrue();
        assertThat(has(instance, "finalSnapshotIdentifier")).isFalse();
        assertThat(bool(instance, "deleteAutomatedBackups")).isTrue();
        assertThat(instance.options().protect()).isFalse();
        assertThat(bool(instance, "multiAz")).isFalse();
        assertThat(integer(instance, "backupRetentionPeriod")).isEqualTo(1);
    }

    @Test
    void fourAlarmsWatchTheInstance() {
        var prod = Stacks.prod();
        var alarms = prod.where(r -> r.type().equals("aws:cloudwatch/metricAlarm:MetricAlarm") && r.name().startsWith("db-alarms-"));

        assertThat(alarms).extracting(r -> string(r, "metricName")).containsExactlyInAnyOrder(
                "CPUUtilization", "FreeStorageSpace", "FreeableMemory", "DatabaseConnections");
        alarms.forEach(alarm -> {
            assertThat(string(alarm, "namespace")).isEqualTo("AWS/RDS");
            assertThat(stringMap(alarm, "dimensions")).containsExactly(Map.entry("DBInstanceIdentifier", "ecs-platform-prod-db"));
        });
        assertThat(prod.require("db-alarms").parent()).isEqualTo(prod.require("db").urn());
    }

    @Test
    void theDatabaseAlarmsPublishToTheStacksTopic() {
        var prod = Stacks.prod();
        var alarms = prod.where(r -> r.type().equals("aws:cloudwatch/metricAlarm:MetricAlarm") && r.name().startsWith("db-alarms-"));

        assertThat(alarms).isNotEmpty();
        alarms.forEach(alarm -> {
            assertThat(strings(alarm, "alarmActions")).containsExactly("${alarms-topic.arn}");
            assertThat(strings(alarm, "okActions")).containsExactly("${alarms-topic.arn}");
        });
    }

    @Test
    void theConnectionsAlarmFiresAtEightyPercentOfTheClassesLimit() {
        // db.m6g.large: 8 GiB; RDS for PostgreSQL allows memory / 9531392 connections, 901 here.
        var alarm = Stacks.prod().require("db-alarms-connections-high");

        assertThat(alarm.inputs().get("threshold").getAsDouble()).isEqualTo(720.0);
    }

    @Test
    void theStorageAlarmFiresBelowATenthOfTheAllocation() {
        var alarm = Stacks.prod().require("db-alarms-storage-low");

        assertThat(alarm.inputs().get("threshold").getAsDouble()).isEqualTo(10.0 * (1L << 30));
        assertThat(string(alarm, "comparisonOperator")).isEqualTo("LessThanThreshold");
    }

    @Test
    void prodExportsWhereTheDatabaseIs() {
        var outputs = Stacks.prod().outputs();

        assertThat(outputs.get("dbEndpoint").getAsString()).isEqualTo("${db-instance.address}");
        assertThat(outputs.get("dbPort").getAsInt()).isEqualTo(5432);
        assertThat(outputs).containsKey("dbSecretArn");
    }

    @Test
    void devWithoutTheTierHasNoDatabaseAtAll() {
        var dev = Stacks.dev();

        assertThat(dev.where(r -> r.type().startsWith("aws:rds/") || r.name().startsWith("db"))).isEmpty();
        assertThat(dev.outputs()).doesNotContainKeys("dbEndpoint", "dbPort", "dbSecretArn");
        assertThat(container(dev).environment()).extracting(NameValue::name).doesNotContain("DB_HOST");
    }

    private static Map<String, String> parameterValues(RegisteredResource parameterGroup) {
        var values = new TreeMap<String, String>();
        parameterGroup.inputs().getAsJsonArray("parameters").forEach(parameter -> {
            var object = parameter.getAsJsonObject();
            values.put(object.get("name").getAsString(), object.get("value").getAsString());
            assertThat(object.get("applyMethod").getAsString()).isEqualTo("immediate");
        });
        return values;
    }
}
