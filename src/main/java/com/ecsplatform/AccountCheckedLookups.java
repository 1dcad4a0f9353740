package com.ecsplatform;

import com.ecsplatform.config.ConfigException;
import com.ecsplatform.config.SecretLocations;
import com.ecsplatform.config.StackConfig;
import com.pulumi.core.Output;
import com.pulumi.exceptions.RunException;

import java.util.List;

/**
 * The real run's lookups: the same answers as the lookups it wraps, except that the account id, once
 * AWS has answered, is checked against the stack's secrets ({@link SecretLocations}). Every resource
 * that names the account waits for that answer, so a secret in another account or region stops
 * {@code pulumi preview} (and the preview {@code pulumi up} starts with) with the list of problems.
 */
final class AccountCheckedLookups implements Lookups {

    private final Lookups lookups;
    private final StackConfig config;

    AccountCheckedLookups(Lookups lookups, StackConfig config) {
        this.lookups = lookups;
        this.config = config;
    }

    @Override
    public Output<String> accountId() {
        return lookups.accountId().applyValue(account -> {
            var problems = SecretLocations.foreign(config, account);
            if (!problems.isEmpty()) {
                // The SDK logs a RunException's message alone, without a stack trace, and fails the run
                // (pulumi-java DeploymentImpl.DefaultRunner.handleExceptionAsync).
                throw new RunException(new ConfigException(config.stackFile(), problems).getMessage());
            }
            return account;
        });
    }

    @Override
    public Output<List<String>> availabilityZoneNames() {
        return lookups.availabilityZoneNames();
    }

    @Override
    public Output<String> ssmParameter(String name) {
        return lookups.ssmParameter(name);
    }

    @Override
    public Output<String> publicHostedZoneId(String zoneName) {
        return lookups.publicHostedZoneId(zoneName);
    }
}
