package com.ecsplatform.support;

import com.ecsplatform.iam.PolicyDocument;
import com.ecsplatform.support.ManagedPolicies.ManagedPolicy;
import com.pulumi.aws.iam.InstanceProfile;
import com.pulumi.aws.iam.InstanceProfileArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The base of every box in the architecture diagram: a component whose children are named after it
 * ({@code <component>-<role>}) and parented to it, so a preview's URN tree reads like the diagram
 * and the component can be instantiated twice without name clashes.
 */
public abstract class PlatformComponent extends ComponentResource {

    private final String baseName;

    /**
     * @param type the component's type token, {@code ecs-platform:<module>:<Type>}
     * @param name the component's logical name; prefix of every child's name
     */
    protected PlatformComponent(String type, String name, ComponentResourceOptions options) {
        super(type, name, options);
        this.baseName = name;
    }

    /** The logical name of the child playing {@code role}. */
    protected String child(String role) {
        return baseName + "-" + role;
    }

    /** Options for a direct child. */
    protected CustomResourceOptions childOptions() {
        return CustomResourceOptions.builder().parent(this).build();
    }

    /** Options for a child nested under another child (for instance a route under its route table). */
    protected static CustomResourceOptions under(Resource parent) {
        return CustomResourceOptions.builder().parent(parent).build();
    }

    /**
     * An instance profile whose role EC2 may assume and which carries exactly {@code policies}:
     * {@code <role>-role}, {@code <role>-<policy>-policy} and {@code <role>-profile}.
     */
    protected InstanceProfile ec2InstanceProfile(String role, String description, List<ManagedPolicy> policies) {
        var iamRole = serviceRole(role, description, Output.of(PolicyDocument.trust("Ec2AssumeRole", "ec2.amazonaws.com")));
        var attachments = new ArrayList<Resource>();
        for (var policy : policies) {
            attachments.add(new RolePolicyAttachment(child(role + "-" + policy.label() + "-policy"), RolePolicyAttachmentArgs.builder()
                    .role(iamRole.name())
                    .policyArn(policy.arn())
                    .build(), under(iamRole)));
        }
        // Whatever launches with the profile waits for the policies too: an instance that boots
        // before they are attached starts its agents without permissions.
        return new InstanceProfile(child(role + "-profile"), InstanceProfileArgs.builder()
                .role(iamRole.name())
                .build(), CustomResourceOptions.builder().parent(iamRole).dependsOn(attachments).build());
    }

    /** {@code <role>-role}: an IAM role that only what {@code trust} names may assume. */
    protected Role serviceRole(String role, String description, Output<PolicyDocument> trust) {
        return new Role(child(role + "-role"), RoleArgs.builder()
                .description(description)
                .assumeRolePolicy(trust.applyValue(PolicyDocument::toJson))
                .build(), childOptions());
    }

    /**
     * A child's own tag, {@code Name} (the console's name column); the stack's standard tags are added to
     * every taggable child by {@link com.ecsplatform.tagging.StandardTags}, which the component inherits.
     */
    protected static Map<String, String> nameTag(String name) {
        return Map.of("Name", name);
    }
}
