package com.ecsplatform.access;

import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import com.ecsplatform.iam.PolicyDocument;
import org.junit.jupiter.api.Test;

import static com.ecsplatform.testing.Inputs.bool;
import static com.ecsplatform.testing.Inputs.integer;
import static com.ecsplatform.testing.Inputs.string;
import static com.ecsplatform.testing.Inputs.strings;
import static org.assertj.core.api.Assertions.assertThat;

class AccessStackTest {

    @Test
    void theKeyPairImportsTheConfiguredPublicKey() {
        var keyPair = Stacks.single(Stacks.dev(), "aws:ec2/keyPair:KeyPair");

        assertThat(string(keyPair, "publicKey")).isEqualTo(ConfigFixtures.DEV_SSH_PUBLIC_KEY);
    }

    @Test
    void theBastionSitsInAPublicSubnetWithAPublicAddress() {
        var bastion = Stacks.dev().require("access-bastion");

        assertThat(string(bastion, "subnetId")).isEqualTo("${net-public-0.id}");
        assertThat(bool(bastion, "associatePublicIpAddress")).isTrue();
    }

    @Test
    void theBastionHasItsOwnGroupWithTheImportedKey() {
        var bastion = Stacks.dev().require("access-bastion");

        assertThat(strings(bastion, "vpcSecurityGroupIds")).containsExactly("${firewall-bastion.id}");
        assertThat(string(bastion, "keyName")).isEqualTo("${access-key.keyName}");
    }

    @Test
    void theBastionIsAMicroInstance() {
        var bastion = Stacks.dev().require("access-bastion");

        assertThat(string(bastion, "instanceType")).isEqualTo("t3.micro");
    }

    @Test
    void theBastionIsHardened() {
        var bastion = Stacks.dev().require("access-bastion");

        assertThat(string(bastion, "metadataOptions.httpTokens")).as("IMDSv2 required").isEqualTo("required");
        assertThat(integer(bastion, "metadataOptions.httpPutResponseHopLimit")).isEqualTo(1);
        assertThat(bool(bastion, "rootBlockDevice.encrypted")).isTrue();
        assertThat(string(bastion, "rootBlockDevice.volumeType")).isEqualTo("gp3");
        assertThat(string(bastion, "ami")).as("latest Amazon Linux 2023 from the public SSM parameter")
                .isEqualTo("${lookup:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}");
        assertThat(bastion.options().ignoreChanges()).as("a new AMI must not replace the bastion on every up").containsExactly("ami");
        assertThat(bastion.options().dependsOn()).as("its public address is released before the gateway detaches").contains("net-igw");
    }

    @Test
    void theBastionHasDetailedMonitoring() {
        assertThat(bool(Stacks.dev().require("access-bastion"), "monitoring")).isTrue();
    }

    @Test
    void theBastionRoleOnlyServesSsmSessionManager() {
        var dev = Stacks.dev();
        var trust = PolicyDocument.fromJson(string(dev.require("access-bastion-role"), "assumeRolePolicy"));

        assertThat(trust.statement()).singleElement().satisfies(statement ->
                assertThat(statement.principal()).containsEntry("Service", "ec2.amazonaws.com"));
        assertThat(dev.where(r -> r.type().equals("aws:iam/rolePolicyAttachment:RolePolicyAttachment")
                        && string(r, "role").equals("${access-bastion-role.name}")))
                .extracting(r -> string(r, "policyArn"))
                .containsExactly("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore");
        assertThat(string(dev.require("access-bastion"), "iamInstanceProfile")).isEqualTo("${access-bastion-profile.name}");
    }

    @Test
    void aDisabledBastionLeavesOnlyTheKeyPair() {
        var graph = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:bastion.enabled", false));

        assertThat(graph.ofType("aws:ec2/instance:Instance")).isEmpty();
        assertThat(graph.ofType("aws:ec2/keyPair:KeyPair")).hasSize(1);
        assertThat(graph.outputs()).doesNotContainKeys("bastionPublicIp", "sshCommand", "bastionInstanceId");
    }

    @Test
    void theSshHintUsesAgentForwardingNeverACopiedKey() {
        assertThat(Stacks.dev().outputs().get("sshCommand").getAsString()).isEqualTo("ssh -A ec2-user@${access-bastion.publicIp}");
        assertThat(Stacks.dev().outputs().get("bastionInstanceId").getAsString()).as("for SSM sessions").isEqualTo("${access-bastion.id}");
    }
}
