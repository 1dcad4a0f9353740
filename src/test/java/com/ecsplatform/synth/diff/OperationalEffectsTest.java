package com.ecsplatform.synth.diff;

import static com.ecsplatform.synth.diff.PreviewTest.change;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link OperationalEffects#RULES}, each on a hand-made graph. */
class OperationalEffectsTest {

    private final GraphBuilder base = GraphBuilder.stack("dev");

    @Test
    void theTableHasTheRulesThisTestCovers() {
        assertThat(OperationalEffects.RULES).extracting(OperationalEffects.Rule::name).containsExactly(
                "tasks roll", "instance refresh", "new public IP", "new Elastic IP", "new DNS name",
                "log history", "bucket objects", "database data", "requests rerouted");
    }

    @Test
    void aNewTaskDefinitionRollsTheServicesTasks() {
        GraphBuilder before = base.copy()
                .resource("task", PreviewTest.TASK_DEFINITION, r -> r.inputs("{family: 'web', cpu: '256'}"))
                .resource("svc", PreviewTest.SERVICE, r -> r.inputs(
                        "{taskDefinition: '${task.arn}', deploymentMinimumHealthyPercent: 100, deploymentMaximumPercent: 200}"));
        Preview preview = Preview.between(before.build(), before.copy()
                .resource("task", PreviewTest.TASK_DEFINITION, r -> r.inputs("{family: 'web', cpu: '512'}")).build());

        assertThat(change(preview, "svc").effects()).containsExactly(
                "every task is replaced by one of the new task definition (rolling deployment, 100 % minimum healthy, 200 % maximum)");
    }

    @Test
    void aNewLaunchTemplateVersionRefreshesTheFleet() {
        GraphBuilder before = base.copy()
                .resource("lt", PreviewTest.LAUNCH_TEMPLATE, r -> r.inputs("{keyName: 'a'}"))
                .resource("asg", PreviewTest.GROUP, r -> r.inputs(
                        "{launchTemplate: {id: '${lt.id}', version: '1'}, instanceRefresh: {strategy: 'Rolling', preferences: {minHealthyPercentage: 100}}}"));
        Preview preview = Preview.between(before.build(), before.copy()
                .resource("lt", PreviewTest.LAUNCH_TEMPLATE, r -> r.inputs("{keyName: 'b'}")).build());

        assertThat(change(preview, "asg").effects()).singleElement().asString()
                .startsWith("new launch template version: an instance refresh replaces every instance of the fleet (100 % minimum healthy)");
    }

    @Test
    void aReplacedInstanceWithAPublicAddressGetsANewOne() {
        GraphBuilder before = base.copy().resource("bastion", PreviewTest.INSTANCE, r -> r.inputs("{keyName: 'a', associatePublicIpAddress: true}"));
        Preview preview = Preview.between(before.build(), before.copy()
                .resource("bastion", PreviewTest.INSTANCE, r -> r.inputs("{keyName: 'b', associatePublicIpAddress: true}")).build());

        assertThat(change(preview, "bastion").effects()).singleElement().asString().startsWith("a new instance with a new public IP address");
    }

    @Test
    void aReplacedElasticIpChangesTheOutboundAddress() {
        GraphBuilder before = base.copy().resource("nat-eip", OperationalEffects.EIP, r -> r.inputs("{domain: 'vpc', networkBorderGroup: 'a'}"));
        Preview preview = Preview.between(before.build(), before.copy()
                .resource("nat-eip", OperationalEffects.EIP, r -> r.inputs("{domain: 'vpc', networkBorderGroup: 'b'}")).build());

        assertThat(change(preview, "nat-eip").effects()).singleElement().asString().startsWith("the Elastic IP is released");
    }

    @Test
    void aReplacedLoadBalancerGetsANewDnsName() {
        GraphBuilder before = base.copy().resource("alb", PreviewTest.LOAD_BALANCER, r -> r.inputs("{internal: false}"));
        Preview preview = Preview.between(before.build(), before.copy()
                .resource("alb", PreviewTest.LOAD_BALANCER, r -> r.inputs("{internal: true}")).build());

        assertThat(change(preview, "alb").effects()).singleElement().asString().startsWith("a new load balancer with a new DNS name");
    }

    @Test
    void aReplacedLogGroupLosesItsHistory() {
        GraphBuilder before = base.copy().resource("logs", GuardTest.LOG_GROUP, r -> r.inputs("{name: 'a'}"));
        Preview preview = Preview.between(before.build(), before.copy()
                .resource("logs", GuardTest.LOG_GROUP, r -> r.inputs("{name: 'b'}")).build());

        assertThat(change(preview, "logs").effects()).containsExactly("the log group is deleted with its whole history");
    }

    @Test
    void aDeletedBucketWithForceDestroyLosesItsObjects() {
        GraphBuilder before = base.copy().resource("bucket", GuardTest.BUCKET, r -> r.inputs("{forceDestroy: true}"));
        Preview preview = Preview.between(before.build(), before.copy().without("bucket").build());

        assertThat(change(preview, "bucket").effects()).containsExactly("the bucket is deleted with every object in it (forceDestroy)");
    }

    @Test
    void aReplacedDatabaseStartsEmpty() {
        GraphBuilder before = base.copy().resource("db", GuardTest.DB, r -> r.inputs("{engine: 'postgres', dbName: 'app'}"));
        Preview preview = Preview.between(before.build(), before.copy()
                .resource("db", GuardTest.DB, r -> r.inputs("{engine: 'postgres', dbName: 'shop'}")).build());

        assertThat(change(preview, "db").effects()).singleElement().asString().startsWith("the database is replaced by a new, empty one");
    }

    @Test
    void aDeletedListenerRuleSendsItsRequestsToTheDefaultService() {
        GraphBuilder before = base.copy().resource("edge-api-https-rule", OperationalEffects.LISTENER_RULE,
                r -> r.inputs("{listenerArn: '${edge-https.arn}', priority: 10}"));
        Preview preview = Preview.between(before.build(), before.copy().without("edge-api-https-rule").build());

        assertThat(change(preview, "edge-api-https-rule").effects()).singleElement().asString()
                .startsWith("the requests this rule matched go to the listener's default action");
    }
}
