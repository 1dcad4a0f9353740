package com.ecsplatform.dns;

import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.inputs.RecordAliasArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.Map;

/**
 * The service's name: a Route 53 alias A record to the load balancer that evaluates target health,
 * so Route 53 stops answering with an ALB that has no healthy targets. The ALB is IPv4-only, so
 * there is no AAAA record.
 */
public final class DnsAlias extends PlatformComponent {

    /** The record's fully qualified name. */
    public final Output<String> fqdn;

    public DnsAlias(String name, DnsAliasArgs args, ComponentResourceOptions options) {
        super("ecs-platform:dns:DnsAlias", name, options);

        var record = new Record(child("alias"), RecordArgs.builder()
                .zoneId(args.zoneId())
                .name(args.fqdn())
                .type("A")
                .aliases(RecordAliasArgs.builder()
                        .name(args.targetDnsName())
                        .zoneId(args.targetZoneId())
                        .evaluateTargetHealth(true)
                        .build())
                .build(), CustomResourceOptions.builder().parent(this).protect(args.protect()).build());
        fqdn = record.fqdn();

        registerOutputs(Map.of("fqdn", fqdn));
    }
}
