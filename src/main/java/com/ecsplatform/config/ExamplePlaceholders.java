package com.ecsplatform.config;

import com.ecsplatform.aws.EcrImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that knows the example values the committed stack files carry: names and addresses
 * reserved for documentation, which the offline synth and the tests are happy with and AWS is not.
 * The offline synth warns about them; a real run ({@code App.main} under the Pulumi engine) refuses
 * them before any resource is registered, pointing to README.md, "Before your first deploy".
 *
 * <ul>
 *   <li>DNS names under {@code example.com}, {@code example.net}, {@code example.org} and the
 *       {@code .example}, {@code .test}, {@code .invalid} top-level names (RFC 2606, RFC 6761): no
 *       hosted zone of yours, no mailbox;</li>
 *   <li>the documentation address ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (RFC 5737)
 *       and 2001:db8::/32 (RFC 3849): nobody connects from them;</li>
 *   <li>the account id 123456789012, which AWS's documentation uses in example ARNs.</li>
 * </ul>
 */
public final class ExamplePlaceholders {

    /** Where a placeholder message sends the reader. */
    public static final String CHECKLIST = "README.md, \"Before your first deploy\"";

    static final List<String> DOCUMENTATION_DOMAINS = List.of("example.com", "example.net", "example.org");
    static final List<String> DOCUMENTATION_TOP_LEVEL = List.of("example", "test", "invalid");
    static final List<String> DOCUMENTATION_RANGES = List.of(
            "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32");
    static final String DOCUMENTATION_ACCOUNT = "123456789012";

    private ExamplePlaceholders() {
    }

    /**
     * Every placeholder in {@code config}, one problem per key, each saying what to put there. Values
     * of {@code secretKeys} are not shown.
     */
    public static List<ConfigProblem> find(StackConfig config, Set<String> secretKeys) {
        var found = new ArrayList<ConfigProblem>();
        var problems = new Problems(secretKeys);
        config.domain().filter(domain -> isDocumentationName(domain.zoneName())).ifPresent(domain ->
                found.add(new ConfigProblem(key("domain.zoneName"), shown(problems, "domain.zoneName", domain.zoneName())
                        + " is a documentation name: set the public Route 53 hosted zone you own, like"
                        + " `pulumi config set --path 'ecs-platform:domain.zoneName' yourdomain.com`,"
                        + " or remove ecs-platform:domain to serve HTTP on the load balancer's name")));
        config.alarmEmail().filter(email -> isDocumentationName(email.substring(email.indexOf('@') + 1))).ifPresent(email ->
                found.add(new ConfigProblem(key("alarmEmail"), shown(problems, "alarmEmail", email)
                        + " is a documentation address: set the on-call address that should receive alarms"
                        + " (SNS mails it a confirmation link), or remove the key")));
        List<String> cidrs = config.bastion().enabled() ? config.bastion().allowedCidrs() : List.of();
        for (int i = 0; i < cidrs.size(); i++) {
            String path = "bastion.allowedCidrs[" + i + "]";
            if (isDocumentationRange(cidrs.get(i))) {
                found.add(new ConfigProblem(key(path), shown(problems, path, cidrs.get(i))
                        + " is a documentation range nobody connects from: list the public addresses your operators"
                        + " use SSH from (one address is written as a.b.c.d/32), or set bastion.enabled to false"));
            }
        }
        config.services().forEach((serviceName, service) -> {
            String serviceKey = config.serviceKey(serviceName);
            service.secrets().forEach((name, arn) -> {
                String path = serviceKey + ".secrets." + name;
                if (accountOf(arn).filter(DOCUMENTATION_ACCOUNT::equals).isPresent()) {
                    found.add(new ConfigProblem(key(path), "names the documentation account " + DOCUMENTATION_ACCOUNT
                            + ": set the ARN of the SSM parameter or Secrets Manager secret in the account you deploy to"));
                }
            });
            EcrImage.parse(service.image()).filter(ecr -> ecr.account().equals(DOCUMENTATION_ACCOUNT)).ifPresent(ecr ->
                    found.add(new ConfigProblem(key(serviceKey + ".image"), "names the documentation account "
                            + DOCUMENTATION_ACCOUNT + ": set the image in your own ECR repository")));
        });
        return List.copyOf(found);
    }

    /** The account of an ARN ({@code arn:partition:service:region:account:resource}). */
    static Optional<String> accountOf(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") ? Optional.of(parts[4]) : Optional.empty();
    }

    /** The region of an ARN. */
    static Optional<String> regionOf(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") ? Optional.of(parts[3]) : Optional.empty();
    }

    static boolean isDocumentationName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String topLevel = lower.substring(lower.lastIndexOf('.') + 1);
        return DOCUMENTATION_TOP_LEVEL.contains(topLevel)
                || DOCUMENTATION_DOMAINS.stream().anyMatch(domain -> lower.equals(domain) || lower.endsWith("." + domain));
    }

    static boolean isDocumentationRange(String cidr) {
        return Cidr.parse(cidr).filter(block -> DOCUMENTATION_RANGES.stream()
                .map(range -> Cidr.parse(range).orElseThrow())
                .anyMatch(range -> range.contains(block))).isPresent();
    }

    private static String key(String path) {
        return StackConfigLoader.key(path);
    }

    private static String shown(Problems problems, String path, String value) {
        return problems.quote(key(path), value);
    }
}
