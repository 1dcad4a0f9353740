package com.ecsplatform;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetAvailabilityZonesArgs;
import com.pulumi.aws.outputs.GetAvailabilityZonesResult;
import com.pulumi.aws.outputs.GetCallerIdentityResult;
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
        // Not filtered by state: an AZ that is impaired today must not shift every later AZ's index
        // (and so replace subnets) in the middle of the outage.
        return AwsFunctions.getAvailabilityZones(GetAvailabilityZonesArgs.builder().build())
                .applyValue(GetAvailabilityZonesResult::names);
    }

    @Override
    public Output<String> ssmParameter(String name) {
        // AWS's public AMI parameters are not secret; `value` is marked sensitive by the provider and
        // would show every AMI change as [secret] in `pulumi preview --diff`.
        return SsmFunctions.getParameter(GetParameterArgs.builder().name(name).build())
                .applyValue(GetParameterResult::insecureValue);
    }

    @Override
    public Output<String> accountId() {
        return AwsFunctions.getCallerIdentity().applyValue(GetCallerIdentityResult::accountId);
    }

    @Override
    public Output<String> publicHostedZoneId(String zoneName) {
        return Route53Functions.getZone(GetZoneArgs.builder().name(zoneName).privateZone(false).build())
                .applyValue(GetZoneResult::zoneId);
    }
}
