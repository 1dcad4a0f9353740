package com.ecsplatform.support;

/** The AWS managed policies the program attaches, in one place for review. */
public final class ManagedPolicies {

    /** SSM Session Manager, Run Command and inventory for an EC2 instance. */
    public static final ManagedPolicy SSM_MANAGED_INSTANCE_CORE =
            new ManagedPolicy("ssm", "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore");
    /** What the ECS agent on a container instance needs to register and run tasks. */
    public static final ManagedPolicy ECS_CONTAINER_INSTANCE =
            new ManagedPolicy("ecs", "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role");

    private ManagedPolicies() {
    }

    /**
     * An AWS managed policy.
     *
     * @param label short name used in the attachment's logical name
     * @param arn   the policy's ARN
     */
    public record ManagedPolicy(String label, String arn) {
    }
}
