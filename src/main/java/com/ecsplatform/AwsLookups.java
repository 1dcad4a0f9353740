package com.ecsplatform;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetAvailabilityZonesArgs;
import com.pulumi.aws.outputs.GetAvailabilityZonesResult;
import com.pulumi.aws.route53.Route53Functions;
import com.pulumi.aws.route53.inputs.GetZoneArgs;
import com.pulumi.aws.route53.outputs.GetZoneResult;
import com.pulumi.aws.ssm.SsmFunctions;
import com.pulumi.aws.ssm.inputs.GetParameterArgs;
import com.pulumi.aws.ssm.outputs.GetParameterResult;
import com.pulumi.core.Output;

import java.util.List;

/** {@link Lookups} answered by the AWS provider's data sources. */
public class AwsLookups implements Lookups {

    @Override
    public Output<List<String>> availabilityZoneNames() {
        return AwsFunctions.getAvailabilityZones(GetAvailabilityZonesArgs.builder().state("available").build())
                .applyValue(GetAvailabilityZonesResult::names);
    }

    @Override
    public Output<String> ssmParameter(String name) {
        return SsmFunctions.getParameter(GetParameterArgs.builder().name(name).build())
                .applyValue(GetParameterResult::value);
    }

    @Override
    public Output<String> publicHostedZoneId(String zoneName) {
        return Route53Functions.getZone(GetZoneArgs.builder().name(zoneName).privateZone(false).build())
                .applyValue(GetZoneResult::zoneId);
    }
}
