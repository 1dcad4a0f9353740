package com.ecsplatform.config;

import com.ecsplatform.aws.InstanceTypes;
import com.ecsplatform.aws.InstanceTypes.InstanceType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules across the services of a stack, on the typed records: names, exactly one default, the
 * listener rules the routing becomes (priorities, conditions, AWS's limits on them), host names the
 * certificate covers, and database access. Each problem is keyed
 * {@code ecs-platform:services.<name>.routing.priority} and so on; a rule is skipped where a field it
 * reads was already reported.
 */
public final class ServiceRoutingRules {

    /**
     * The longest service name: a routed service's target group is auto-named {@code edge-<name>-tg-}
     * plus 7 random characters, and AWS allows 32 characters in a target group name.
     */
    public static final int MAX_NAME_LENGTH = 16;
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0," + (MAX_NAME_LENGTH - 2) + "}[a-z0-9]");
    /** AWS's bounds for a listener rule's priority. */
    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 50_000;
    /**
     * Condition values per rule, and wildcards per rule: 5 each, not adjustable (Application Load
     * Balancer guide, "Quotas for your Application Load Balancers", Rules).
     */
    static final int MAX_CONDITION_VALUES = 5;
    static final int MAX_WILDCARDS = 5;
    /** A host-header or path-pattern value: 1-128 characters (terraform-provider-aws, elbv2/listener_rule.go). */
    static final int MAX_CONDITION_VALUE_LENGTH = 128;
    /** ECS service names and task families: up to 255 characters (ECS API reference, CreateService). */
    private static final int MAX_ECS_NAME_LENGTH = 255;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.*?-]+");
    /** The characters ALB allows in a path pattern (Application Load Balancer guide, "Path conditions"). */
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9_\\-.$/~\"'@:+&*?]*");

    private ServiceRoutingRules() {
    }

    /** Adds every problem across {@code config}'s services to {@code problems}. */
    static void check(StackConfig config, Problems problems) {
        config.services().forEach((name, service) -> {
            String key = StackConfigLoader.key(config.serviceKey(name));
            checkName(config, name, key, problems);
            service.routing().ifPresent(routing -> checkRouting(config, routing, key + ".routing", problems));
            if (service.database().orElse(false) && !config.database().enabled()) {
                problems.add(key + ".database", "is true, but the database tier is off (ecs-platform:database.enabled);"
                        + " enable the tier or remove database from this service");
            }
        });
        checkOneDefault(config, problems);
        checkPriorities(config, problems);
        checkDistinctConditions(config, problems);
    }

    /** A stack file with the legacy key: it works as is; this says where more services go. */
    public static Optional<ConfigProblem> notice(StackConfig config) {
        return config.legacyServiceKey()
                ? Optional.of(new ConfigProblem(StackConfigLoader.key("service"), "is read as ecs-platform:services with the"
                        + " one service web; to run more services on this stack, move its settings under"
                        + " ecs-platform:services: {web: ...} (the same resources: nothing is replaced or changed;"
                        + " README, \"Adding a service\")"))
                : Optional.empty();
    }

    /**
     * The {@link #notice} and the {@link #warnings} as printed for the stack file's owner, one line each:
     * {@code notice: Pulumi.dev.yaml: <key>: <message>}. Neither stops the run.
     */
    public static List<String> advice(StackConfig config) {
        var lines = new ArrayList<String>();
        notice(config).ifPresent(notice -> lines.add("notice: " + config.stackFile() + ": " + notice));
        warnings(config).forEach(warning -> lines.add("warning: " + config.stackFile() + ": " + warning));
        return List.copyOf(lines);
    }

    /** What is worth a warning without refusing the stack: minimum tasks the cluster cannot place at its largest. */
    public static List<ConfigProblem> warnings(StackConfig config) {
        var warnings = new ArrayList<ConfigProblem>();
        InstanceTypes.lookup(config.cluster().instanceType()).ifPresent(type -> placement(config, type).ifPresent(warnings::add));
        return List.copyOf(warnings);
    }

    /** The services' minimum tasks together, against the CPU and memory of cluster.maxSize instances. */
    private static Optional<ConfigProblem> placement(StackConfig config, InstanceType type) {
        int instances = config.cluster().maxSize();
        long cpu = config.services().values().stream().mapToLong(service -> (long) service.minCount() * service.cpu()).sum();
        long memory = config.services().values().stream().mapToLong(service -> (long) service.minCount() * service.memory()).sum();
        long cpuCapacity = (long) instances * type.cpuUnits();
        long memoryCapacity = (long) instances * type.schedulableMemoryMiB();
        if (cpu <= cpuCapacity && memory <= memoryCapacity) {
            return Optional.empty();
        }
        String counts = config.services().entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue().minCount() + " × " + entry.getValue().cpu() + " CPU / "
                        + entry.getValue().memory() + " MiB")
                .collect(Collectors.joining(", "));
        return Optional.of(new ConfigProblem(StackConfigLoader.key("cluster.maxSize"), "the services' minimum tasks ("
                + counts + ") need " + cpu + " CPU units and " + memory + " MiB, but " + instances + " × " + type.name()
                + " offer " + cpuCapacity + " CPU units and " + memoryCapacity + " MiB: some tasks would stay pending"
                + " at the cluster's largest; raise cluster.maxSize or lower the services' minCount"));
    }

    private static void checkName(StackConfig config, String name, String key, Problems problems) {
        if (!NAME.matcher(name).matches()) {
            problems.add(key, "is not a service name: use 2-" + MAX_NAME_LENGTH + " lowercase letters, digits and"
                    + " hyphens, starting with a letter and not ending with a hyphen (it names the ECS service"
                    + " ecs-platform-<stack>-<name> and the target group, whose name AWS limits to 32 characters)");
            return;
        }
        String ecsName = StackConfigLoader.NAMESPACE + "-" + config.stackName() + "-" + name;
        if (ecsName.length() > MAX_ECS_NAME_LENGTH) {
            problems.add(key, "makes the ECS service name " + ecsName.length() + " characters long; ECS allows "
                    + MAX_ECS_NAME_LENGTH + ": use a shorter service or stack name");
        }
    }

    private static void checkRouting(StackConfig config, RoutingConfig routing, String key, Problems problems) {
        // The priority's range is the schema's (routing.priority minimum/maximum).
        if (routing.hostHeaders().isEmpty() && routing.pathPatterns().isEmpty()
                && !problems.has(key + ".hostHeaders", key + ".pathPatterns")) {
            problems.add(key, "has no condition: set pathPatterns (like [/api/*]), hostHeaders, or both; a service"
                    + " without routing is the default one, and a stack has exactly one");
        }
        List<String> hosts = routing.hostHeaders();
        for (int i = 0; i < hosts.size(); i++) {
            String at = key + ".hostHeaders[" + i + "]";
            hostProblem(config, hosts.get(i)).ifPresent(message -> problems.add(at, message));
        }
        List<String> paths = routing.pathPatterns();
        for (int i = 0; i < paths.size(); i++) {
            String at = key + ".pathPatterns[" + i + "]";
            pathProblem(paths.get(i)).ifPresent(message -> problems.add(at, message));
        }
        int values = routing.conditionValues().size();
        if (values > MAX_CONDITION_VALUES) {
            problems.add(key, "has " + values + " condition values (hostHeaders and pathPatterns together); an ALB"
                    + " listener rule allows at most " + MAX_CONDITION_VALUES + ": use wildcards (like /api/*) to match"
                    + " with fewer");
        }
        long wildcards = routing.conditionValues().stream().flatMapToInt(String::chars).filter(c -> c == '*' || c == '?').count();
        if (wildcards > MAX_WILDCARDS) {
            problems.add(key, "has " + wildcards + " wildcards (* and ?) in its conditions; an ALB listener rule allows at"
                    + " most " + MAX_WILDCARDS);
        }
    }

    /**
     * A host name the load balancer can answer for: well-formed, and with a domain, one the certificate
     * covers. The certificate names {@code domain.fqdn} only, so with a domain that is the one host a
     * rule may match; any other name needs its own certificate name (and DNS record) first.
     */
    private static Optional<String> hostProblem(StackConfig config, String host) {
        if (host.isEmpty() || host.length() > MAX_CONDITION_VALUE_LENGTH) {
            return Optional.of("is " + host.length() + " characters long; a host header condition has 1-"
                    + MAX_CONDITION_VALUE_LENGTH);
        }
        if (!HOST.matcher(host).matches()) {
            return Optional.of("\"" + host + "\" is not a host name: use letters, digits, '.', '-', and the wildcards"
                    + " * and ? (no scheme, port or path)");
        }
        if (config.domain().isEmpty()) {
            return Optional.empty();
        }
        var domain = config.domain().get();
        String name = host.toLowerCase(Locale.ROOT);
        String zone = domain.zoneName().toLowerCase(Locale.ROOT);
        if (!name.equals(zone) && !name.endsWith("." + zone)) {
            return Optional.of("\"" + host + "\" is outside the stack's zone " + domain.zoneName()
                    + " (ecs-platform:domain.zoneName): the stack cannot give it a DNS record or a certificate");
        }
        if (!name.equals(domain.fqdn().toLowerCase(Locale.ROOT))) {
            return Optional.of("\"" + host + "\" is not on the stack's certificate, which names only " + domain.fqdn()
                    + ": HTTPS for it needs the certificate to name " + host + " too, and a DNS record for it;"
                    + " this program does not add those yet, so route by pathPatterns (or use host " + domain.fqdn() + ")");
        }
        return Optional.empty();
    }

    private static Optional<String> pathProblem(String path) {
        if (!path.startsWith("/")) {
            return Optional.of("\"" + path + "\" must start with / (like /api/*)");
        }
        if (path.length() > MAX_CONDITION_VALUE_LENGTH) {
            return Optional.of("is " + path.length() + " characters long; a path pattern has at most "
                    + MAX_CONDITION_VALUE_LENGTH);
        }
        if (!PATH.matcher(path).matches()) {
            return Optional.of("\"" + path + "\" has a character a path pattern cannot match: use letters, digits,"
                    + " _ - . $ / ~ \" ' @ : + & and the wildcards * and ?");
        }
        return Optional.empty();
    }

    /** The load balancer's default action forwards to exactly one service: the one without routing. */
    private static void checkOneDefault(StackConfig config, Problems problems) {
        List<String> defaults = config.services().entrySet().stream()
                .filter(entry -> entry.getValue().isDefault()).map(Map.Entry::getKey).toList();
        String services = StackConfigLoader.key("services");
        if (defaults.isEmpty() && !problems.has(services)) {
            problems.add(services, "every service has routing; leave routing out of exactly one, the default service"
                    + " that gets every request no rule matches");
        } else if (defaults.size() > 1) {
            problems.add(services, String.join(", ", defaults) + " have no routing, but exactly one service is the default"
                    + " (catch-all); give the others routing (a priority and pathPatterns or hostHeaders)");
        }
    }

    private static void checkPriorities(StackConfig config, Problems problems) {
        var owners = new HashMap<Integer, String>();
        config.services().forEach((name, service) -> service.routing().ifPresent(routing -> {
            String key = StackConfigLoader.key(config.serviceKey(name) + ".routing.priority");
            if (problems.has(key)) {
                return;
            }
            String earlier = owners.putIfAbsent(routing.priority(), name);
            if (earlier != null) {
                problems.add(key, routing.priority() + " is also the priority of " + earlier + "; each listener rule needs"
                        + " its own priority (" + MIN_PRIORITY + "-" + MAX_PRIORITY + ")");
            }
        }));
    }

    /** Two rules with the same conditions: the one with the higher priority would never match. */
    private static void checkDistinctConditions(StackConfig config, Problems problems) {
        var owners = new HashMap<List<Set<String>>, String>();
        config.services().forEach((name, service) -> service.routing().ifPresent(routing -> {
            var conditions = List.<Set<String>>of(lowercase(routing.hostHeaders()), new TreeSet<>(routing.pathPatterns()));
            if (conditions.stream().allMatch(Set::isEmpty)) {
                return;
            }
            String earlier = owners.putIfAbsent(conditions, name);
            if (earlier != null) {
                problems.add(StackConfigLoader.key(config.serviceKey(name) + ".routing"), "matches exactly the requests of "
                        + earlier + " (the same hostHeaders and pathPatterns), so one of the two would never get a request;"
                        + " change the conditions of one");
            }
        }));
    }

    /** Host names compare without case, as ALB matches them. */
    private static Set<String> lowercase(List<String> hosts) {
        return hosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }
}
