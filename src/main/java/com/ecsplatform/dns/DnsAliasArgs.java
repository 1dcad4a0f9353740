package com.ecsplatform.dns;

import com.pulumi.core.Output;


/**
 * What {@link DnsAlias} needs.
 *
 * @param fqdn         the record's name
 * @param zoneId       the public hosted zone it goes in
 * @param targetDnsName the load balancer's DNS name
 * @param targetZoneId  the load balancer's canonical hosted zone
 * @param protect       whether Pulumi refuses to delete the record (prod: users resolve it)
 */
public record DnsAliasArgs(
        String fqdn,
        Output<String> zoneId,
        Output<String> targetDnsName,
        Output<String> targetZoneId,
        boolean protect) {

    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of {@link DnsAliasArgs}. */
    public static final class Builder {
        private String fqdn;
        private Output<String> zoneId;
        private Output<String> targetDnsName;
        private Output<String> targetZoneId;
        private boolean protect;

        private Builder() {
        }

        public Builder fqdn(String value) {
            fqdn = value;
            return this;
        }

        public Builder zoneId(Output<String> value) {
            zoneId = value;
            return this;
        }

        public Builder targetDnsName(Output<String> value) {
            targetDnsName = value;
            return this;
        }

        public Builder targetZoneId(Output<String> value) {
            targetZoneId = value;
            return this;
        }

        public Builder protect(boolean value) {
            protect = value;
            return this;
        }

        public DnsAliasArgs build() {
            return new DnsAliasArgs(fqdn, zoneId, targetDnsName, targetZoneId, protect);
        }
    }
}
