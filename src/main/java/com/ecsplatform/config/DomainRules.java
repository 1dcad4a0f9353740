package com.ecsplatform.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the schema cannot say of {@code ecs-platform:domain}: names DNS and ACM accept, relative to the zone. */
final class DomainRules {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    /**
     * The record's full name is the certificate's domain name, and ACM refuses a first domain name
     * longer than 64 octets, periods included (ACM API reference, RequestCertificate: "The first domain
     * name you enter cannot exceed 64 octets, including periods"). DNS would allow 253.
     */
    static final int MAX_CERTIFICATE_NAME_LENGTH = 64;
    private static final String ZONE = StackConfigLoader.key("domain.zoneName");
    private static final String RECORD = StackConfigLoader.key("domain.recordName");

    private DomainRules() {
    }

    static void check(StackConfig config, Problems problems) {
        config.domain().ifPresent(domain -> {
            String zone = domain.zoneName();
            String record = domain.recordName();
            Optional<String> zoneProblem = zone.contains(".")
                    ? labelsProblem(zone, problems.quote(ZONE, zone), "DNS zone name")
                    : Optional.of(problems.quote(ZONE, zone) + " is not a DNS zone name: it needs at least two labels, like example.com");
            zoneProblem.ifPresent(message -> problems.add(ZONE, message));
            String shown = problems.quote(RECORD, record);
            Optional<String> recordProblem = record.endsWith(".")
                    ? Optional.of(shown + " ends with a dot: write the name relative to zoneName, like lb-dev")
                    : labelsProblem(record, shown, "DNS record name");
            recordProblem.ifPresent(message -> problems.add(RECORD, message));
            if (zoneProblem.isPresent() || recordProblem.isPresent()) {
                return;
            }
            if (record.equals(zone) || record.endsWith("." + zone)) {
                String relative = record.equals(zone) ? "" : record.substring(0, record.length() - zone.length() - 1);
                problems.add(RECORD, shown + " includes the zone; write it relative to " + zone
                        + Suggestions.didYouMean(shown, relative.isEmpty() ? Optional.empty() : Optional.of(relative)));
            } else if (record.length() + 1 + zone.length() > MAX_CERTIFICATE_NAME_LENGTH) {
                problems.add(RECORD, "makes the full name " + domain.fqdn() + " " + (record.length() + 1 + zone.length())
                        + " characters long; ACM issues certificates for names of at most " + MAX_CERTIFICATE_NAME_LENGTH
                        + " characters: use a shorter record name");
            }
        });
    }

    /** Lower-case labels of a-z, 0-9 and '-', 1 to 63 characters, not starting or ending with '-'. */
    private static Optional<String> labelsProblem(String name, String shown, String what) {
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                String lowerCase = name.toLowerCase(Locale.ROOT);
                boolean onlyCase = !lowerCase.equals(name) && labelsProblem(lowerCase, shown, what).isEmpty();
                return Optional.of(shown + " is not a valid " + what + ": use lower-case labels of a-z, 0-9 and -,"
                        + " 1 to 63 characters each, separated by dots"
                        + Suggestions.didYouMean(shown, onlyCase ? Optional.of(lowerCase) : Optional.empty()));
            }
        }
        return Optional.empty();
    }

    static String withoutTrailingDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
