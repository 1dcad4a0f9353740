package com.ecsplatform.access;

import com.ecsplatform.support.ManagedPolicies;
import com.ecsplatform.support.PlatformComponent;
import com.ecsplatform.support.SecretInputs;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.KeyPair;
import com.pulumi.aws.ec2.KeyPairArgs;
import com.pulumi.aws.ec2.inputs.InstanceMetadataOptionsArgs;
import com.pulumi.aws.ec2.inputs.InstanceRootBlockDeviceArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * Operator access: the imported key pair (the private key never leaves the operator's machine) and
 * the bastion host in a public subnet. The bastion requires IMDSv2, encrypts its root volume, and
 * carries an instance role for SSM Session Manager, so SSH is one way in, not the only one.
 */
public final class Access extends PlatformComponent {

    /** The imported key pair's name, for the launch template. */
    public final Output<String> keyName;
    /** The bastion's public address, when there is a bastion. */
    public final Optional<Output<String>> bastionPublicIp;
    /** The bastion's instance id, when there is a bastion. */
    public final Optional<Output<String>> bastionInstanceId;

    public Access(String name, AccessArgs args, ComponentResourceOptions options) {
        super("ecs-platform:access:Access", name, options);

        var keyPair = new KeyPair(child("key"), KeyPairArgs.builder()
                .publicKey(SecretInputs.of(args.sshPublicKeySecret(), args.sshPublicKey()))
                .tags(nameTag(args.namePrefix()))
                .build(), childOptions());
        keyName = keyPair.keyName();

        var bastion = args.bastion().map(placement -> bastion(placement, keyPair, args));
        bastionPublicIp = bastion.map(Instance::publicIp);
        bastionInstanceId = bastion.map(Instance::id);

        var outputs = new HashMap<String, Output<?>>();
        outputs.put("keyName", keyName);
        bastionPublicIp.ifPresent(ip -> outputs.put("bastionPublicIp", ip));
        bastionInstanceId.ifPresent(id -> outputs.put("bastionInstanceId", id));
        registerOutputs(outputs);
    }

    private Instance bastion(BastionPlacement placement, KeyPair keyPair, AccessArgs args) {
        var profile = ec2InstanceProfile("bastion", "Bastion host: SSM Session Manager only",
                List.of(ManagedPolicies.SSM_MANAGED_INSTANCE_CORE));

        return new Instance(child("bastion"), InstanceArgs.builder()
                .ami(placement.amiId())
                .instanceType(placement.instanceType())
                .subnetId(placement.subnetId())
                .vpcSecurityGroupIds(placement.securityGroupId().applyValue(List::of))
                .associatePublicIpAddress(true)
                .keyName(keyPair.keyName())
                .iamInstanceProfile(profile.name())
                // One-minute EC2 metrics, as the README's hardening list promises for every host.
                .monitoring(true)
                .metadataOptions(InstanceMetadataOptionsArgs.builder()
                        .httpEndpoint("enabled")
                        .httpTokens("required")
                        .httpPutResponseHopLimit(1)
                        .build())
                .rootBlockDevice(InstanceRootBlockDeviceArgs.builder()
                        .volumeType("gp3")
                        .encrypted(true)
                        .deleteOnTermination(true)
                        .build())
                .tags(nameTag(args.namePrefix() + "-bastion"))
                .volumeTags(nameTag(args.namePrefix() + "-bastion"))
                .build(), CustomResourceOptions.builder()
                .parent(this)
                .dependsOn(placement.internetGateway())
                // A new Amazon Linux release would otherwise replace the bastion (and its address) on
                // any `pulumi up`; refresh it deliberately with `pulumi up --replace <urn>`.
                .ignoreChanges(List.of("ami"))
                .build());
    }
}
