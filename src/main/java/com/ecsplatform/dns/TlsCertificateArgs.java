package com.ecsplatform.dns;

import com.pulumi.core.Output;


/**
 * What {@link TlsCertificate} needs.
 *
 * @param domainName the name the certificate covers (the service's record FQDN)
 * @param zoneId     the public hosted zone that proves ownership
 */
public record TlsCertificateArgs(
        String domainName,
        Output<String> zoneId) {
}
