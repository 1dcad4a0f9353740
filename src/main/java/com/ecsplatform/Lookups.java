package com.ecsplatform;

import com.pulumi.core.Output;

import java.util.List;

/**
 * The deploy-time facts the program reads from AWS rather than from config. Kept behind one
 * interface so that a reader sees every lookup in one place and tests can verify them.
 */
public interface Lookups {

    /** The region's available AZ names, in AWS's order. */
    Output<List<String>> availabilityZoneNames();

    /** The value of an SSM parameter (AWS publishes current AMI ids this way). */
    Output<String> ssmParameter(String name);


    /** The id of the AWS account being deployed to. */
    Output<String> accountId();

    /** The id of the public hosted zone called {@code zoneName}. */
    Output<String> publicHostedZoneId(String zoneName);
}
