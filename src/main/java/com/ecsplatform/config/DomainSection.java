package com.ecsplatform.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code ecs-platform:domain}: the hosted zone and the record the service is published under. */
final class DomainSection {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    /**
     * The record's full name is the certificate's domain name, and ACM refuses a first domain name
     * longer than 64 octets, periods included (ACM API reference, RequestCertificate: "The first domain
     * name you enter cannot exceed 64 octets, including periods"). DNS would allow 253.
     */
    static final int MAX_CERTIFICATE_NAME_LENGTH = 64;

    private DomainSection() {
    }

    /** Empty when the key is absent: the service is then reachable over HTTP on the load balancer's own name. */
    static Optional<DomainConfig> read(Optional<ObjectReader> section) {
        return section.flatMap(DomainSection::read);
    }

    private static Optional<DomainConfig> read(ObjectReader domain) {
        Optional<String> zoneName = domain.requiredString("zoneName",
                        "the public Route 53 hosted zone to publish the service in, like example.com",
                        DomainSection::zoneNameProblem)
                .map(DomainSection::withoutTrailingDot);
        Optional<String> recordName = domain.requiredString("recordName",
                "the record's name inside the zone, like lb-dev", DomainSection::recordNameProblem);
        zoneName.ifPresent(zone -> recordName.ifPresent(record -> checkFqdn(domain, zone, record)));
        domain.rejectUnknownFields();
        return zoneName.flatMap(zone -> recordName.map(record -> new DomainConfig(zone, record)));
    }

    private static Optional<String> zoneNameProblem(String value, String shown) {
        String zone = withoutTrailingDot(value);
        if (!zone.contains(".")) {
            return Optional.of(shown + " is not a DNS zone name: it needs at least two labels, like example.com");
        }
        return labelsProblem(zone, shown, "DNS zone name");
    }

    private static Optional<String> recordNameProblem(String value, String shown) {
        if (value.endsWith(".")) {
            return Optional.of(shown + " ends with a dot: write the name relative to zoneName, like lb-dev");
        }
        return labelsProblem(value, shown, "DNS record name");
    }

    /** Lower-case labels of a-z, 0-9 and '-', 1 to 63 characters, not starting or ending with '-'. */
    private static Optional<String> labelsProblem(String name, String shown, String what) {
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                String lowerCase = name.toLowerCase(Locale.ROOT);
                boolean onlyCase = !lowerCase.equals(name) && labelsProblem(lowerCase, shown, what).isEmpty();
                return Optional.of(shown + " is not a valid " + what + ": use lower-case labels of a-z, 0-9 and -,"
                        + " 1 to 63 characters each, separated by dots"
                        + Checks.didYouMean(shown, onlyCase ? Optional.of(lowerCase) : Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private static void checkFqdn(ObjectReader domain, String zone, String record) {
        String shown = domain.quote("recordName", record);
        if (record.equals(zone) || record.endsWith("." + zone)) {
            String relative = record.equals(zone) ? "" : record.substring(0, record.length() - zone.length() - 1);
            domain.report("recordName", shown + " includes the zone; write it relative to " + zone
                    + Checks.didYouMean(shown, relative.isEmpty() ? Optional.empty() : Optional.of(relative)));
            return;
        }
        int length = record.length() + 1 + zone.length();
        if (length > MAX_CERTIFICATE_NAME_LENGTH) {
            domain.report("recordName", "makes the full name " + record + "." + zone + " " + length
                    + " characters long; ACM issues certificates for names of at most " + MAX_CERTIFICATE_NAME_LENGTH
                    + " characters: use a shorter record name");
        }
    }

    private static String withoutTrailingDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
