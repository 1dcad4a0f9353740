package com.ecsplatform.config;

import com.ecsplatform.aws.EcrImage;

/**
 * What {@code natGateways: none} demands: the private subnets reach AWS only through VPC endpoints,
 * so everything the container instances fetch must come from AWS in the stack's own region.
 */
final class IsolatedNetworkRules {

    private static final String REGION = StackConfigLoader.REGION_KEY;

    private IsolatedNetworkRules() {
    }

    /** Every service's image and secrets. */
    static void check(StackConfig config, Problems problems) {
        config.services().forEach((name, service) -> check(config, service, StackConfigLoader.key(config.serviceKey(name)), problems));
    }

    private static void check(StackConfig config, ServiceConfig service, String serviceKey, Problems problems) {
        checkSecretsInRegion(config, service, serviceKey, problems);
        String imageKey = serviceKey + ".image";
        String image = service.image();
        if (problems.has(imageKey, REGION) || image.isEmpty()) {
            return;
        }
        boolean inSameRegionEcr = EcrImage.parse(image).filter(ecr -> ecr.region().equals(config.region())).isPresent();
        if (!inSameRegionEcr) {
            problems.add(imageKey, problems.show(imageKey, image) + " cannot be pulled without NAT: with natGateways none the"
                    + " instances reach only AWS services through VPC endpoints, so the image must live in ECR in "
                    + config.region() + " (like 123456789012.dkr.ecr." + config.region() + ".amazonaws.com/web:1.0),"
                    + " or set natGateways to single or perAz");
        }
    }

    /** The interface endpoints reach Secrets Manager and SSM in the stack's region only. */
    private static void checkSecretsInRegion(StackConfig config, ServiceConfig service, String serviceKey, Problems problems) {
        if (problems.has(REGION)) {
            return;
        }
        service.secrets().forEach((name, arn) -> ExamplePlaceholders.regionOf(arn)
                .filter(region -> !region.equals(config.region()))
                .ifPresent(region -> problems.add(serviceKey + ".secrets." + name, "lives in " + region
                        + ", which the instances cannot reach without NAT: the VPC endpoints serve " + config.region()
                        + " only; keep the secret in " + config.region() + " or set natGateways to single or perAz")));
    }
}
