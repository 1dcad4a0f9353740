package com.ecsplatform.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Where {@code service.secrets} live, checked in a real run once the deploying account is known: the
 * ECS agent reads each secret at task start with the execution role, which this stack grants only in
 * its own account, and SSM parameters can only be read by ARN from their own region (ECS Developer
 * Guide, "Pass sensitive data to an Amazon ECS container": "If the SSM Parameter Store parameter
 * exists in the same AWS Region as the task you're launching, you can use either the full ARN or name
 * of the parameter"; cross-account secrets need a resource policy and a KMS grant this program does
 * not write). A secret elsewhere makes every task fail to start and the deployment time out.
 */
public final class SecretLocations {

    private SecretLocations() {
    }

    /** One problem per secret whose ARN names another account or another region than the stack's. */
    public static List<ConfigProblem> foreign(StackConfig config, String accountId) {
        var found = new ArrayList<ConfigProblem>();
        config.service().secrets().forEach((name, arn) -> {
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
                found.add(new ConfigProblem(StackConfigLoader.key("service.secrets." + name), "lives in "
                        + String.join(" and ", wrong) + ": the tasks could not read it; create it in account "
                        + accountId + ", region " + config.region() + ", and set its ARN"));
            }
        });
        return List.copyOf(found);
    }
}
