package com.ecsplatform.database;

import com.ecsplatform.config.DatabaseTierConfig;
import com.ecsplatform.network.SubnetPlanner;
import com.ecsplatform.network.SubnetSpec;
import com.ecsplatform.policy.DatabasePolicy;
import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.rds.Instance;
import com.pulumi.aws.rds.InstanceArgs;
import com.pulumi.aws.rds.ParameterGroup;
import com.pulumi.aws.rds.ParameterGroupArgs;
import com.pulumi.aws.rds.SubnetGroup;
import com.pulumi.aws.rds.SubnetGroupArgs;
import com.pulumi.aws.rds.inputs.ParameterGroupParameterArgs;
import com.pulumi.aws.rds.outputs.InstanceMasterUserSecret;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The database tier: an isolated subnet per AZ (the quarter of each AZ slot {@link SubnetPlanner}
 * keeps for it) with a route table that has no route out of the VPC, a DB subnet group over them, a
 * parameter group that refuses unencrypted connections, log groups the stack owns for the exported
 * logs, and the RDS instance itself: encrypted gp3 storage that grows by itself, automated backups,
 * and a master password RDS generates and keeps in Secrets Manager, so no password exists in config,
 * code or state.
 */
public final class Database extends PlatformComponent {

    /** The instance's DNS name. */
    public final Output<String> address;
    /** The database port. */
    public final Output<Integer> port;
    /** The Secrets Manager secret RDS keeps the master user's credentials in. */
    public final Output<String> secretArn;
    /** The instance identifier, CloudWatch's {@code DBInstanceIdentifier} dimension. */
    public final Output<String> identifier;
    private final DatabaseConnection connection;

    public Database(String name, DatabaseArgs args, ComponentResourceOptions options) {
        super("ecs-platform:database:Database", name, options);
        var config = args.config();
        var policy = args.policy();

        var isolatedSubnetIds = isolatedSubnets(args);
        var subnetGroup = new SubnetGroup(child("subnets"), SubnetGroupArgs.builder()
                .description("Isolated subnets of " + args.namePrefix() + "'s database")
                .subnetIds(Output.all(isolatedSubnetIds))
                .tags(nameTag(args.namePrefix() + "-db"))
                .build(), childOptions());
        var parameterGroup = new ParameterGroup(child("parameters"), ParameterGroupArgs.builder()
                .description("TLS-only connections for " + args.namePrefix() + "'s database")
                .family(config.engine().parameterGroupFamily(config.engineVersion()))
                .parameters(config.engine().parameters().entrySet().stream()
                        .map(parameter -> ParameterGroupParameterArgs.builder()
                                .name(parameter.getKey())
                                .value(parameter.getValue())
                                // Both are dynamic parameters: no reboot needed.
                                .applyMethod("immediate")
                                .build())
                        .toList())
                .tags(nameTag(args.namePrefix() + "-db"))
                .build(), childOptions());
        var logGroups = logGroups(args);

        var instance = new Instance(child("instance"), instanceArgs(args, subnetGroup, parameterGroup).build(),
                CustomResourceOptions.builder()
                        .parent(this)
                        // RDS would otherwise create the log groups itself, without retention and outside the stack.
                        .dependsOn(logGroups)
                        .protect(args.protect())
                        .deleteBeforeReplace(policy.deleteBeforeReplace())
                        .build());
        address = instance.address();
        port = instance.port();
        identifier = instance.identifier();
        secretArn = instance.masterUserSecrets().applyValue(Database::managedSecretArn);
        connection = DatabaseConnection.builder()
                .address(address).port(config.port()).name(config.name())
                .secretArn(secretArn).kmsKeyArn(config.kmsKeyArn())
                .username(config.username()).resourceId(instance.resourceId()).iamAuthentication(config.iamAuthentication())
                .build();

        registerOutputs(Map.of(
                "address", address,
                "port", port,
                "secretArn", secretArn));
    }

    /** What the service needs to connect. */
    public DatabaseConnection connection() {
        return connection;
    }

    private List<Output<String>> isolatedSubnets(DatabaseArgs args) {
        var ids = new ArrayList<Output<String>>();
        for (SubnetSpec spec : SubnetPlanner.isolated(args.vpcCidr(), args.azCount())) {
            String nameTag = spec.nameTag(args.namePrefix());
            var subnet = new Subnet(child(spec.resourceRole()), SubnetArgs.builder()
                    .vpcId(args.vpcId())
                    .cidrBlock(spec.cidr().toString())
                    .availabilityZone(args.availabilityZones().applyValue(spec::zone))
                    .mapPublicIpOnLaunch(false)
                    .tags(nameTag(nameTag))
                    .build(), childOptions());
            // Only the VPC's implicit local route: nothing in these subnets can reach or be reached from outside.
            var routeTable = new RouteTable(child(spec.resourceRole() + "-rt"), RouteTableArgs.builder()
                    .vpcId(args.vpcId())
                    .tags(nameTag(nameTag))
                    .build(), under(subnet));
            new RouteTableAssociation(child(spec.resourceRole() + "-rta"), RouteTableAssociationArgs.builder()
                    .subnetId(subnet.id())
                    .routeTableId(routeTable.id())
                    .build(), under(routeTable));
            ids.add(subnet.id());
        }
        return List.copyOf(ids);
    }

    /**
     * One log group per exported log, named as RDS writes them ({@code /aws/rds/instance/<id>/<log>},
     * RDS User Guide, "Publishing database logs to Amazon CloudWatch Logs"), so the stack sets their
     * retention and owns them.
     */
    private List<Resource> logGroups(DatabaseArgs args) {
        var groups = new ArrayList<Resource>();
        for (String log : args.config().engine().logExports()) {
            groups.add(new LogGroup(child("logs-" + log), LogGroupArgs.builder()
                    .name("/aws/rds/instance/" + args.identifier() + "/" + log)
                    .retentionInDays(args.logRetentionDays())
                    .tags(nameTag(args.namePrefix() + "-db-" + log))
                    .build(), CustomResourceOptions.builder()
                    .parent(this)
                    .retainOnDelete(args.retainLogsOnDelete())
                    .build()));
        }
        return groups;
    }

    private InstanceArgs.Builder instanceArgs(DatabaseArgs args, SubnetGroup subnetGroup, ParameterGroup parameterGroup) {
        DatabaseTierConfig config = args.config();
        DatabasePolicy policy = args.policy();
        var instance = InstanceArgs.builder()
                .identifier(args.identifier())
                .engine(config.engine().configValue())
                // A major version only: with auto minor version upgrade the provider accepts the prefix and
                // does not diff against the minor version RDS runs (pulumi-aws rds.Instance, engineVersion).
                .engineVersion(config.engineVersion())
                .autoMinorVersionUpgrade(true)
                // Raising engineVersion is a reviewed, in-place major upgrade; RDS refuses one without this flag.
                .allowMajorVersionUpgrade(true)
                .instanceClass(config.instanceClass())
                .storageType("gp3")
                .allocatedStorage(config.allocatedStorageGiB())
                .maxAllocatedStorage(config.maxAllocatedStorageGiB())
                .storageEncrypted(true)
                .multiAz(config.multiAz())
                .dbName(config.name())
                .username(config.username())
                .manageMasterUserPassword(true)
                .port(config.port())
                .dbSubnetGroupName(subnetGroup.name())
                .vpcSecurityGroupIds(args.securityGroupId().applyValue(List::of))
                .parameterGroupName(parameterGroup.name())
                .publiclyAccessible(false)
                .networkType("IPV4")
                .iamDatabaseAuthenticationEnabled(config.iamAuthentication())
                .backupRetentionPeriod(config.backupRetentionDays())
                .backupWindow(config.backupWindow())
                .maintenanceWindow(config.maintenanceWindow())
                .copyTagsToSnapshot(true)
                .deletionProtection(config.deletionProtection())
                .skipFinalSnapshot(!policy.finalSnapshot())
                .deleteAutomatedBackups(!policy.keepAutomatedBackups())
                .enabledCloudwatchLogsExports(config.engine().logExports())
                .performanceInsightsEnabled(policy.performanceInsights())
                // Changes are applied by the deploy that was reviewed, not left pending: a pending change would
                // show again in every preview until the maintenance window.
                .applyImmediately(true)
                .tags(nameTag(args.identifier()));
        if (policy.finalSnapshot()) {
            instance.finalSnapshotIdentifier(args.identifier() + "-final");
        }
        if (policy.performanceInsights()) {
            instance.performanceInsightsRetentionPeriod(DatabasePolicy.PERFORMANCE_INSIGHTS_RETENTION_DAYS);
        }
        config.kmsKeyArn().ifPresent(key -> {
            instance.kmsKeyId(key);
            instance.masterUserSecretKmsKeyId(key);
            if (policy.performanceInsights()) {
                instance.performanceInsightsKmsKeyId(key);
            }
        });
        return instance;
    }

    /** The secret RDS created for the master user; there is exactly one while the password is managed. */
    private static String managedSecretArn(List<InstanceMasterUserSecret> secrets) {
        return secrets.stream()
                .flatMap(secret -> secret.secretArn().stream())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("RDS reported no managed master user secret"));
    }
}
