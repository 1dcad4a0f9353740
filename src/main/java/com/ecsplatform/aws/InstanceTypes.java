package com.ecsplatform.aws;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The x86_64 EC2 instance types this program knows, with the capacity an ECS task can use on each. The
 * table covers the common burstable, general-purpose, compute- and memory-optimised sizes; a type
 * outside it is rejected rather than guessed at, so task sizes can always be checked against it.
 * Graviton (arm64) types are not in the table: the cluster and the bastion boot x86_64 AMIs, so they are
 * only recognised by family, to point at the x86_64 type of the same size.
 */
public final class InstanceTypes {

    /**
     * One instance type.
     *
     * @param name      e.g. {@code t3.small}
     * @param vCpus     virtual CPUs
     * @param memoryMiB memory as EC2 advertises it
     */
    public record InstanceType(String name, int vCpus, int memoryMiB) {

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
    }

    /** ECS CPU units per vCPU. */
    public static final int CPU_UNITS_PER_VCPU = 1024;

    /** Memory the container instances' user data reserves for the ECS agent and the OS ({@code ECS_RESERVED_MEMORY}). */
    public static final int ECS_RESERVED_MEMORY_MIB = 256;

    /** Graviton families and the x86_64 family of the same generation and shape. */
    private static final Map<String, String> X86_EQUIVALENT_FAMILY = Map.of(
            "t4g", "t3", "m6g", "m6i", "m7g", "m7i", "c6g", "c6i", "c7g", "c7i");

    private static final Map<String, InstanceType> TYPES = table();

    private InstanceTypes() {
    }

    /** The type called {@code name}, if the table has it. */
    public static Optional<InstanceType> lookup(String name) {
        return Optional.ofNullable(TYPES.get(name));
    }

    /** Every known type, smallest family size first within each family. */
    public static List<String> names() {
        return List.copyOf(TYPES.keySet());
    }

    /** Whether {@code name} belongs to a Graviton (arm64) family this program knows the x86_64 counterpart of. */
    public static boolean isGraviton(String name) {
        int dot = name.indexOf('.');
        return dot > 0 && X86_EQUIVALENT_FAMILY.containsKey(name.substring(0, dot));
    }

    /** For a Graviton type, the same size in the matching x86_64 family ({@code t4g.micro} → {@code t3.micro}), if known. */
    public static Optional<String> x86Equivalent(String name) {
        if (!isGraviton(name)) {
            return Optional.empty();
        }
        int dot = name.indexOf('.');
        return Optional.of(X86_EQUIVALENT_FAMILY.get(name.substring(0, dot)) + name.substring(dot)).filter(TYPES::containsKey);
    }

    /** The families of the table, in table order, for messages. */
    public static List<String> families() {
        return TYPES.keySet().stream().map(type -> type.substring(0, type.indexOf('.'))).distinct().toList();
    }

    private static Map<String, InstanceType> table() {
        var types = new LinkedHashMap<String, InstanceType>();
        for (String family : List.of("t3", "t3a")) {
            addBurstable(types, family);
        }
        for (String family : List.of("m5", "m6i", "m7i")) {
            addSized(types, family, 4);
        }
        for (String family : List.of("c5", "c6i", "c7i")) {
            addSized(types, family, 2);
        }
        for (String family : List.of("r5", "r6i")) {
            addSized(types, family, 8);
        }
        return Collections.unmodifiableMap(types);
    }

    /** The T families: two vCPUs up to large, memory doubling from 0.5 GiB. */
    private static void addBurstable(Map<String, InstanceType> types, String family) {
        add(types, family + ".nano", 2, 512);
        add(types, family + ".micro", 2, 1024);
        add(types, family + ".small", 2, 2048);
        add(types, family + ".medium", 2, 4096);
        add(types, family + ".large", 2, 8192);
        add(types, family + ".xlarge", 4, 16384);
        add(types, family + ".2xlarge", 8, 32768);
    }

    /** The M, C and R families: large is two vCPUs, each size doubles, memory is a fixed GiB per vCPU. */
    private static void addSized(Map<String, InstanceType> types, String family, int gibPerVcpu) {
        int vCpus = 2;
        for (String size : List.of("large", "xlarge", "2xlarge", "4xlarge")) {
            add(types, family + "." + size, vCpus, vCpus * gibPerVcpu * 1024);
            vCpus *= 2;
        }
    }

    private static void add(Map<String, InstanceType> types, String name, int vCpus, int memoryMiB) {
        types.put(name, new InstanceType(name, vCpus, memoryMiB));
    }
}
