package com.ecsplatform.dns;

import com.pulumi.core.Output;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * What {@link DnsAlias} needs.
 *
 * @param fqdn         the record's name
 * @param zoneId       the public hosted zone it goes in
 * @param targetDnsName the load balancer's DNS name
 * @param targetZoneId  the load balancer's canonical hosted zone
 * @param protect       whether Pulumi refuses to delete the record (prod: users resolve it)
 */
@RecordBuilder
public record DnsAliasArgs(
        String fqdn,
        Output<String> zoneId,
        Output<String> targetDnsName,
        Output<String> targetZoneId,
        boolean protect) {

    /** Named construction of {@link DnsAliasArgs}. */
    public static DnsAliasArgsBuilder builder() {
        return DnsAliasArgsBuilder.builder();
    }
}
