package com.ecsplatform.synth.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The replace-on-change table as shipped: its provenance and how a property path meets a rule. */
class ReplaceRulesTest {

    private final ReplaceRules rules = ReplaceRules.bundled();

    @Test
    void everyTypeCitesTheUpstreamSourceOfItsFlags() {
        assertThat(rules.source().repository()).isEqualTo("hashicorp/terraform-provider-aws");
        assertThat(rules.types()).allSatisfy(type -> {
            var entry = rules.type(type).orElseThrow();
            assertThat(entry.file()).as(type).startsWith("internal/service/").endsWith(".go");
            assertThat(entry.ref()).as(type).isNotBlank();
            assertThat(entry.terraform()).as(type).startsWith("aws_");
        });
    }

    @Test
    void theTypesOfEveryPlannedTierAreCovered() {
        assertThat(rules.types()).contains("aws:rds/instance:Instance", "aws:rds/subnetGroup:SubnetGroup",
                "aws:rds/parameterGroup:ParameterGroup", "aws:appautoscaling/scheduledAction:ScheduledAction",
                "aws:cloudwatch/compositeAlarm:CompositeAlarm", "aws:kms/key:Key", "aws:lb/listenerRule:ListenerRule");
    }

    @Test
    void aChangeInsideAReplaceOnChangeDocumentReplaces() {
        var taskDefinition = rules.type("aws:ecs/taskDefinition:TaskDefinition").orElseThrow();

        assertThat(taskDefinition.forcingPath("containerDefinitions[0].image")).contains("containerDefinitions");
    }

    @Test
    void aNestedFieldReplacesOnlyWhenTheTableListsIt() {
        var instance = rules.type("aws:ec2/instance:Instance").orElseThrow();

        assertThat(instance.forcingPath("rootBlockDevice.encrypted")).contains("rootBlockDevice.encrypted");
        assertThat(instance.forcingPath("rootBlockDevice.volumeSize")).isEmpty();
    }

    @Test
    void anElementAddedToABlockOfReplaceOnChangeFieldsReplaces() {
        var instance = rules.type("aws:ec2/instance:Instance").orElseThrow();

        assertThat(instance.forcingPath("ebsBlockDevices[1]")).isPresent();
    }

    @Test
    void aTypeWithoutAnUpdateReplacesOnAnyInput() {
        assertThat(rules.type("aws:iam/rolePolicyAttachment:RolePolicyAttachment").orElseThrow().allReplace()).isTrue();
    }

    @Test
    void onlyProviderTypesCountAsProviderResources() {
        assertThat(ReplaceRules.isProviderResource("ecs-platform:network:Network")).isFalse();
        assertThat(ReplaceRules.isProviderResource("pulumi:pulumi:Stack")).isFalse();
        assertThat(ReplaceRules.isProviderResource("aws:ec2/vpc:Vpc")).isTrue();
    }
}
