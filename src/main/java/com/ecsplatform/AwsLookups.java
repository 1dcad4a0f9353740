package com.ecsplatform;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetAvailabilityZonesFilter;
import com.pulumi.aws.inputs.GetAvailabilityZonesPlainArgs;
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

    /** The filter that keeps the zones every account has, the ones {@code aws.AwsRegions} counts. */
    static final GetAvailabilityZonesFilter DEFAULT_ZONES_ONLY = GetAvailabilityZonesFilter.builder()
            .name("opt-in-status")
            .values("opt-in-not-required")
            .build();

    /**
     * The query behind {@link #availabilityZoneNames}. Only zones that need no opt-in: Local Zones and
     * Wavelength Zones an account opted into are listed too and can sort first (us-east-1's Local
     * Zones, like us-east-1-bos-1a), yet support neither NAT gateways nor Application Load Balancers
     * (EC2 User Guide, "Local Zones" and "Wavelength Zones"; DescribeAvailabilityZones filter
     * {@code opt-in-status}). Not filtered by state: an AZ that is impaired today must not shift every
     * later AZ's index (and so replace subnets) in the middle of the outage.
     */
    static GetAvailabilityZonesPlainArgs zoneQuery() {
        return GetAvailabilityZonesPlainArgs.builder().filters(DEFAULT_ZONES_ONLY).build();
    }

    @Override
    public Output<List<String>> availabilityZoneNames() {
        return Output.of(AwsFunctions.getAvailabilityZonesPlain(zoneQuery()))
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
