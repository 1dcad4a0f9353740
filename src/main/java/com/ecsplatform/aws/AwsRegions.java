package com.ecsplatform.aws;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The commercial AWS regions ({@code aws} partition) this program can deploy to, with what the stack
 * needs to know about each before it asks AWS anything. A region missing here is refused by the
 * validator with the nearest name; a region AWS opens later is one line.
 *
 * <p>Sources: the region and zone list of the AWS General Reference ("AWS Regions") and EC2 User Guide
 * ("Regions and Zones"), counting only zones with opt-in status {@code opt-in-not-required} (the
 * zones every account gets; Local and Wavelength Zones are opt-in); the ELB account ids of the ALB
 * User Guide, "Enable access logs for your Application Load Balancer", the same table as
 * terraform-provider-aws {@code internal/service/elb/service_account_data_source.go}.
 */
public final class AwsRegions {

    /** Regions opened after August 2022 let this service principal write ALB access logs (ALB User Guide). */
    public static final String LOG_DELIVERY_SERVICE = "logdelivery.elasticloadbalancing.amazonaws.com";

    /**
     * One region.
     *
     * @param name          the region code, like {@code ap-northeast-2}
     * @param zones         how many Availability Zones every account gets there (opt-in zones not counted)
     * @param elbAccountId  the region's Elastic Load Balancing account, which writes ALB access logs in
     *                      regions opened up to August 2022; empty where the log-delivery service writes them
     */
    public record AwsRegion(String name, int zones, Optional<String> elbAccountId) {

        /** The bucket-policy principal that delivers this region's ALB access logs. */
        public Map<String, String> logDeliveryPrincipal() {
            return elbAccountId
                    .map(account -> Map.of("AWS", "arn:aws:iam::" + account + ":root"))
                    .orElseGet(() -> Map.of("Service", LOG_DELIVERY_SERVICE));
        }
    }

    private static AwsRegion legacy(String name, int zones, String elbAccountId) {
        return new AwsRegion(name, zones, Optional.of(elbAccountId));
    }

    private static AwsRegion current(String name, int zones) {
        return new AwsRegion(name, zones, Optional.empty());
    }

    private static final Map<String, AwsRegion> BY_NAME = Collections.unmodifiableMap(List.of(
            legacy("af-south-1", 3, "098369216593"),
            legacy("ap-east-1", 3, "754344448648"),
            current("ap-east-2", 3),
            legacy("ap-northeast-1", 3, "582318560864"),
            legacy("ap-northeast-2", 4, "600734575887"),
            legacy("ap-northeast-3", 3, "383597477331"),
            legacy("ap-south-1", 3, "718504428378"),
            current("ap-south-2", 3),
            legacy("ap-southeast-1", 3, "114774131450"),
            legacy("ap-southeast-2", 3, "783225319266"),
            legacy("ap-southeast-3", 3, "589379963580"),
            current("ap-southeast-4", 3),
            current("ap-southeast-5", 3),
            current("ap-southeast-7", 3),
            legacy("ca-central-1", 3, "985666609251"),
            current("ca-west-1", 3),
            legacy("eu-central-1", 3, "054676820928"),
            current("eu-central-2", 3),
            legacy("eu-north-1", 3, "897822967062"),
            legacy("eu-south-1", 3, "635631232127"),
            current("eu-south-2", 3),
            legacy("eu-west-1", 3, "156460612806"),
            legacy("eu-west-2", 3, "652711504416"),
            legacy("eu-west-3", 3, "009996457667"),
            current("il-central-1", 3),
            current("me-central-1", 3),
            legacy("me-south-1", 3, "076674570225"),
            current("mx-central-1", 3),
            legacy("sa-east-1", 3, "507241528517"),
            legacy("us-east-1", 6, "127311923021"),
            legacy("us-east-2", 3, "033677994240"),
            // us-west-1 has three zones, but accounts created since 2013 get two of them.
            legacy("us-west-1", 2, "027434742980"),
            legacy("us-west-2", 4, "797873946194"))
            .stream().collect(Collectors.toMap(AwsRegion::name, Function.identity(), (first, second) -> first, TreeMap::new)));

    private AwsRegions() {
    }

    /** The region called {@code name}, if it is a commercial region this program knows. */
    public static Optional<AwsRegion> lookup(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every known region name, sorted. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}
