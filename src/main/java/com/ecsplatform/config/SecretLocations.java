package com.ecsplatform.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Where {@code service.secrets} live, checked in a real run once the deploying account is known. The
 * stack keeps its secrets beside it: the ECS agent reads each one at every task start with the
 * execution role, and a secret in another account also needs a resource policy there and a grant on
 * its KMS key, which this program does not write, so every task would fail to start and the
 * deployment time out (ECS Developer Guide, "Pass sensitive data to an Amazon ECS container"; Secrets
 * Manager User Guide, "Access AWS Secrets Manager secrets from a different account"). A secret in
 * another region ties every task start to that region, and without NAT it cannot be reached at all:
 * the VPC endpoints serve the stack's own region.
 */
public final class SecretLocations {

    private SecretLocations() {
    }

    /** One problem per secret, of any service, whose ARN names another account or another region than the stack's. */
    public static List<ConfigProblem> foreign(StackConfig config, String accountId) {
        var found = new ArrayList<ConfigProblem>();
        config.services().forEach((service, settings) -> settings.secrets().forEach((name, arn) -> {
            String account = ExamplePlaceholders.accountOf(arn).orElse(accountId);
            String region = ExamplePlaceholders.regionOf(arn).orElse(config.region());
            var wrong = new ArrayList<String>();
            if (!account.equals(accountId)) {
                wrong.add("account " + account + " (deploying to " + accountId + ")");
            }
            if (!region.equals(config.region())) {
                wrong.add("region " + region + " (aws:region is " + config.region() + ")");
            }
            if (!wrong.isEmpty()) {
                found.add(new ConfigProblem(StackConfigLoader.key(config.serviceKey(service) + ".secrets." + name), "lives in "
                        + String.join(" and ", wrong) + ": the tasks could not read it; create it in account "
                        + accountId + ", region " + config.region() + ", and set its ARN"));
            }
        }));
        return List.copyOf(found);
    }
}
