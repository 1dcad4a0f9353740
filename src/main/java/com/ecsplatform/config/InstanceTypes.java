package com.ecsplatform.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The EC2 instance types this program knows, with the capacity an ECS task can use on each. The
 * table covers the common burstable, general-purpose, compute- and memory-optimised sizes; a type
 * outside it is rejected rather than guessed at, so task sizes can always be checked against it.
 */
public final class InstanceTypes {

    /** The CPU architecture of an instance type; it decides which AMI the instance can boot. */
    public enum Architecture {
        X86_64,
        /** AWS Graviton. */
        ARM64
    }

    /**
     * One instance type.
     *
     * @param name         e.g. {@code t3.small}
     * @param vCpus        virtual CPUs
     * @param memoryMiB    memory as EC2 advertises it
     * @param architecture x86_64 or arm64 (Graviton)
     */
    public record InstanceType(String name, int vCpus, int memoryMiB, Architecture architecture) {

        /** ECS CPU units the instance registers: 1024 per vCPU. */
        public int cpuUnits() {
            return vCpus * CPU_UNITS_PER_VCPU;
        }

        /**
         * Memory ECS can place tasks into: {@code floor(memoryMiB × 0.9) − 256}. About 10% of the
         * advertised memory goes to the kernel and the OS before the ECS agent reports it, and the user
         * data sets {@code ECS_RESERVED_MEMORY=256} for the agent and system daemons.
         */
        public int schedulableMemoryMiB() {
            return memoryMiB * 9 / 10 - ECS_RESERVED_MEMORY_MIB;
        }

        public boolean isArm() {
            return architecture == Architecture.ARM64;
        }

        /** The family, the part before the dot: {@code t3} for {@code t3.small}. */
        public String family() {
            return name.substring(0, name.indexOf('.'));
        }
    }

    /** ECS CPU units per vCPU. */
    public static final int CPU_UNITS_PER_VCPU = 1024;

    /** Memory the container instances' user data reserves for the ECS agent and the OS ({@code ECS_RESERVED_MEMORY}). */
    public static final int ECS_RESERVED_MEMORY_MIB = 256;

    private static final Map<String, String> X86_EQUIVALENT_FAMILY = Map.of(
            "t4g", "t3", "m6g", "m6i", "m7g", "m7i", "c6g", "c6i", "c7g", "c7i");

    private static final Map<String, InstanceType> TYPES = table();

    private InstanceTypes() {
    }

    /** The type called {@code name}, if the table has it. */
    public static Optional<InstanceType> lookup(String name) {
        return Optional.ofNullable(TYPES.get(name));
    }

    /**
     * Whether {@code name} is a Graviton (arm64) type.
     *
     * @throws IllegalArgumentException for a type not in the table
     */
    public static boolean isArm(String name) {
        return require(name).isArm();
    }

    /**
     * ECS CPU units of one instance of {@code name}: 1024 per vCPU.
     *
     * @throws IllegalArgumentException for a type not in the table
     */
    public static int cpuUnits(String name) {
        return require(name).cpuUnits();
    }

    /**
     * Memory ECS can place tasks into on one instance of {@code name}; see {@link InstanceType#schedulableMemoryMiB()}.
     *
     * @throws IllegalArgumentException for a type not in the table
     */
    public static int schedulableMemoryMiB(String name) {
        return require(name).schedulableMemoryMiB();
    }

    /** Every known type, smallest family size first within each family. */
    public static List<String> names() {
        return List.copyOf(TYPES.keySet());
    }

    /** The known type {@code name} was probably meant to be (a typo or a case slip), if any. */
    public static Optional<String> suggest(String name) {
        return Suggestions.closest(name, TYPES.keySet());
    }

    /** Like {@link #suggest(String)}, among the types of {@code architecture} only. */
    public static Optional<String> suggest(String name, Architecture architecture) {
        return Suggestions.closest(name, TYPES.values().stream()
                .filter(type -> type.architecture() == architecture)
                .map(InstanceType::name)
                .toList());
    }

    /** For a Graviton type, the same size in the matching x86_64 family ({@code t4g.micro} → {@code t3.micro}). */
    public static Optional<String> x86Equivalent(String name) {
        return lookup(name)
                .filter(InstanceType::isArm)
                .map(type -> X86_EQUIVALENT_FAMILY.get(type.family()) + name.substring(name.indexOf('.')))
                .filter(TYPES::containsKey);
    }

    /** The families of {@code architecture}, in table order, for messages. */
    public static List<String> families(Architecture architecture) {
        return TYPES.values().stream()
                .filter(type -> type.architecture() == architecture)
                .map(InstanceType::family)
                .distinct()
                .toList();
    }

    private static InstanceType require(String name) {
        return lookup(name).orElseThrow(() -> new IllegalArgumentException("unknown instance type " + name
                + suggest(name).map(match -> "; did you mean " + match + "?").orElse("")));
    }

    private static Map<String, InstanceType> table() {
        var types = new LinkedHashMap<String, InstanceType>();
        for (String family : List.of("t3", "t3a")) {
            addBurstable(types, family, Architecture.X86_64);
        }
        addBurstable(types, "t4g", Architecture.ARM64);
        for (String family : List.of("m5", "m6i", "m7i")) {
            addSized(types, family, 4, Architecture.X86_64);
        }
        for (String family : List.of("c5", "c6i", "c7i")) {
            addSized(types, family, 2, Architecture.X86_64);
        }
        for (String family : List.of("r5", "r6i")) {
            addSized(types, family, 8, Architecture.X86_64);
        }
        for (String family : List.of("m6g", "m7g")) {
            addSized(types, family, 4, Architecture.ARM64);
        }
        for (String family : List.of("c6g", "c7g")) {
            addSized(types, family, 2, Architecture.ARM64);
        }
        return Collections.unmodifiableMap(types);
    }

    /** The T families: two vCPUs up to large, memory doubling from 0.5 GiB. */
    private static void addBurstable(Map<String, InstanceType> types, String family, Architecture architecture) {
        add(types, family + ".nano", 2, 512, architecture);
        add(types, family + ".micro", 2, 1024, architecture);
        add(types, family + ".small", 2, 2048, architecture);
        add(types, family + ".medium", 2, 4096, architecture);
        add(types, family + ".large", 2, 8192, architecture);
        add(types, family + ".xlarge", 4, 16384, architecture);
        add(types, family + ".2xlarge", 8, 32768, architecture);
    }

    /** The M, C and R families: large is two vCPUs, each size doubles, memory is a fixed GiB per vCPU. */
    private static void addSized(Map<String, InstanceType> types, String family, int gibPerVcpu, Architecture architecture) {
        int vCpus = 2;
        for (String size : List.of("large", "xlarge", "2xlarge", "4xlarge")) {
            add(types, family + "." + size, vCpus, vCpus * gibPerVcpu * 1024, architecture);
            vCpus *= 2;
        }
    }

    private static void add(Map<String, InstanceType> types, String name, int vCpus, int memoryMiB, Architecture architecture) {
        types.put(name, new InstanceType(name, vCpus, memoryMiB, architecture));
    }
}
