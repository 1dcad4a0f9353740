package com.ecsplatform.synth.diff;

import com.ecsplatform.synth.diff.PlannedChange.Input;
import com.google.gson.JsonElement;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a change means in AWS beyond its properties, from facts in the graph: the table of rules a
 * reviewer reads next to each change. Each rule looks at one planned change, with the inputs that
 * change in it (written or implied by the cascade), and names the effect, or nothing.
 */
final class OperationalEffects {

    static final String SERVICE = "aws:ecs/service:Service";
    static final String AUTO_SCALING_GROUP = "aws:autoscaling/group:Group";
    static final String INSTANCE = "aws:ec2/instance:Instance";
    static final String EIP = "aws:ec2/eip:Eip";
    static final String LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";
    static final String LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    static final String LEGACY_BUCKET = "aws:s3/bucket:Bucket";
    static final String DB_INSTANCE = "aws:rds/instance:Instance";
    static final String DB_CLUSTER = "aws:rds/cluster:Cluster";
    static final String LISTENER_RULE = "aws:lb/listenerRule:ListenerRule";

    /**
     * One rule of the table.
     *
     * @param name   a short name, for tests and readers
     * @param effect the effect of a change, if the rule applies to it
     */
    record Rule(String name, Function<Context, Optional<String>> effect) {
    }

    /**
     * A change seen by a rule.
     *
     * @param change the change, once the cascade has settled
     */
    record Context(PlannedChange.Builder change) {

        Action action() {
            return change.action;
        }

        String type() {
            return (change.after != null ? change.after : change.before).type();
        }

        /** Inputs of the resource as it will be (as it was, for a delete). */
        JsonElement inputs() {
            return (change.after != null ? change.after : change.before).inputs();
        }

        boolean option(String option) {
            return (change.before != null ? change.before : change.after).hasOption(option);
        }

        /** Every input that changes, written or implied, unless ignoreChanges keeps it. */
        Stream<Input> changedInputs() {
            return Stream.concat(change.inputs.stream(), change.implied.stream()).filter(input -> !input.ignored());
        }

        boolean replacedOrDeleted() {
            return change.action == Action.REPLACE || change.action == Action.DELETE;
        }
    }

    /** The table. Sources of the AWS behaviour are on each rule. */
    static final List<Rule> RULES = List.of(
            // ECS starts a deployment whenever UpdateService receives a new task definition
            // (docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html).
            new Rule("tasks roll", context -> context.type().equals(SERVICE) && context.action() == Action.UPDATE
                    && context.changedInputs().anyMatch(input -> input.change().path().equals("taskDefinition"))
                    ? Optional.of("every task is replaced by one of the new task definition (rolling deployment, "
                        + number(context.inputs(), "deploymentMinimumHealthyPercent").orElse("100") + " % minimum healthy, "
                        + number(context.inputs(), "deploymentMaximumPercent").orElse("200") + " % maximum)")
                    : Optional.empty()),
            // An instance refresh starts when the group's launch template or version changes and the
            // group has an instance_refresh block (terraform-provider-aws autoscaling/group.go,
            // "instance_refresh": triggered by launch_template changes).
            new Rule("instance refresh", context -> context.type().equals(AUTO_SCALING_GROUP) && context.action() == Action.UPDATE
                    && context.inputs().getAsJsonObject().has("instanceRefresh")
                    && context.changedInputs().anyMatch(input -> input.change().path().startsWith("launchTemplate"))
                    ? Optional.of("new launch template version: an instance refresh replaces every instance of the fleet ("
                        + number(context.inputs(), "instanceRefresh.preferences.minHealthyPercentage").orElse("90")
                        + " % minimum healthy), tasks are drained and rescheduled")
                    : Optional.empty()),
            // A public IPv4 address that is not an Elastic IP is released when the instance goes away
            // (docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses).
            new Rule("new public IP", context -> context.type().equals(INSTANCE) && context.action() == Action.REPLACE
                    && ReplaceRules.isTrue(context.inputs(), "associatePublicIpAddress")
                    ? Optional.of("a new instance with a new public IP address and instance id: SSH configs, DNS records"
                        + " and allowlists that name the old address stop working")
                    : Optional.empty()),
            new Rule("new Elastic IP", context -> context.type().equals(EIP) && context.replacedOrDeleted()
                    ? Optional.of("the Elastic IP is released: traffic leaving through it (NAT) gets another address,"
                        + " so partners that allowlist the old one refuse it")
                    : Optional.empty()),
            // The DNS name of a load balancer is derived from its name and a generated id at creation
            // (docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#dns-name).
            new Rule("new DNS name", context -> context.type().equals(LOAD_BALANCER) && context.action() == Action.REPLACE
                    ? Optional.of("a new load balancer with a new DNS name: records outside this stack that point at"
                        + " the old name break, and clients see a new address")
                    : Optional.empty()),
            // Deleting a log group deletes its events; retainOnDelete leaves the old group in AWS
            // (docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteLogGroup.html).
            new Rule("log history", context -> context.type().equals(LOG_GROUP) && context.replacedOrDeleted()
                    ? Optional.of(context.option("retainOnDelete")
                        ? "the old log group is left in AWS with its history, detached from the stack; new events go to a new group"
                        : "the log group is deleted with its whole history")
                    : Optional.empty()),
            new Rule("bucket objects", context -> (context.type().equals(BUCKET) || context.type().equals(LEGACY_BUCKET))
                    && context.replacedOrDeleted()
                    ? Optional.of(context.option("retainOnDelete")
                        ? "the old bucket is left in AWS with its objects, detached from the stack; new objects go to a new bucket"
                        : ReplaceRules.isTrue(context.inputs(), "forceDestroy")
                            ? "the bucket is deleted with every object in it (forceDestroy)"
                            : "the bucket's objects are lost to the stack; deleting it fails while it holds any")
                    : Optional.empty()),
            // Replacing or deleting a DB instance deletes its storage; only a final snapshot or a
            // retained automated backup keeps the data (docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBInstance.html).
            new Rule("database data", context -> (context.type().equals(DB_INSTANCE) || context.type().equals(DB_CLUSTER))
                    && context.replacedOrDeleted()
                    ? Optional.of("the database is " + (context.action() == Action.REPLACE ? "replaced by a new, empty one" : "deleted")
                        + ": its data survives only in a final snapshot or a retained backup")
                    : Optional.empty()),
            // Requests no rule matches take the listener's default action (Application Load Balancer guide,
            // "Listener rules": the default rule is evaluated last), here the stack's default service.
            new Rule("requests rerouted", context -> context.type().equals(LISTENER_RULE) && context.action() == Action.DELETE
                    ? Optional.of("the requests this rule matched go to the listener's default action (the default service)"
                        + " from then on; remove the service after its traffic has moved, or keep the rule until then")
                    : Optional.empty()));

    private OperationalEffects() {
    }

    /** @return the effects of {@code change}, in table order */
    static List<String> of(PlannedChange.Builder change) {
        Context context = new Context(change);
        return RULES.stream().map(rule -> rule.effect().apply(context)).flatMap(Optional::stream).toList();
    }


    /** A number at a dotted path, as written. */
    private static Optional<String> number(JsonElement inputs, String path) {
        JsonElement current = inputs;
        for (String key : path.split("\\.")) {
            if (current == null || !current.isJsonObject()) {
                return Optional.empty();
            }
            current = current.getAsJsonObject().get(key);
        }
        return current != null && current.isJsonPrimitive() ? Optional.of(current.getAsString()) : Optional.empty();
    }
}
