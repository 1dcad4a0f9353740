package com.ecsplatform.support;

/** The AWS managed policies the program attaches, in one place for review. */
public final class ManagedPolicies {

    /** SSM Session Manager, Run Command and inventory for an EC2 instance. */
    public static final String SSM_MANAGED_INSTANCE_CORE = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore";
    /** What the ECS agent on a container instance needs to register and run tasks. */
    public static final String ECS_CONTAINER_INSTANCE = "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role";
    /** Pull from ECR and write to CloudWatch Logs, for a task execution role. */
    public static final String ECS_TASK_EXECUTION = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";

    private ManagedPolicies() {
    }
}
