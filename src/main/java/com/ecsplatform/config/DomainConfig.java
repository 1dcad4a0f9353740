package com.ecsplatform.config;

/**
 * {@code ecs-platform:domain}: where the service is reachable over HTTPS.
 *
 * @param zoneName   an existing public Route 53 hosted zone, looked up by name (e.g. {@code example.com})
 * @param recordName the record inside it (e.g. {@code lb-dev}); the FQDN is {@code recordName.zoneName}
 */
public record DomainConfig(String zoneName, String recordName) {

    /** The record's fully qualified name, without the trailing dot. */
    public String fqdn() {
        return recordName + "." + zoneName;
    }
}
