package com.ecsplatform.aws;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The RDS DB instance classes this program knows (RDS User Guide, "Hardware specifications for DB
 * instance classes"), with what the database tier derives from each: the engines and major versions
 * that run on it ("Supported DB engines for DB instance classes") and an estimate of its connection
 * limit for the connections alarm. A class outside the table is rejected rather than guessed at.
 */
public final class DatabaseInstanceClasses {

    private static final long BYTES_PER_GIB = 1L << 30;
    /** RDS for PostgreSQL's default {@code max_connections}: LEAST({DBInstanceClassMemory/9531392}, 5000). */
    private static final long POSTGRES_BYTES_PER_CONNECTION = 9_531_392L;
    private static final int POSTGRES_MAX_CONNECTIONS = 5000;
    /** RDS for MySQL's default {@code max_connections}: {DBInstanceClassMemory/12582880}. */
    private static final long MYSQL_BYTES_PER_CONNECTION = 12_582_880L;

    /**
     * One DB instance class.
     *
     * @param name      e.g. {@code db.t4g.micro}
     * @param vCpus     virtual CPUs
     * @param memoryGiB memory
     * @param lastPostgresMajor the newest PostgreSQL major it runs, or empty when it runs all offered
     * @param mysql     whether RDS for MySQL's offered versions run on it
     */
    public record DbInstanceClass(String name, int vCpus, double memoryGiB, Optional<Integer> lastPostgresMajor,
                                  boolean mysql) {

        public long memoryBytes() {
            return (long) (memoryGiB * BYTES_PER_GIB);
        }

        /**
         * The engine's default connection limit on this class, estimated from the class's memory (RDS
         * computes it from {@code DBInstanceClassMemory}, a little less than the class's memory, so the
         * real limit is slightly lower; the alarm's 80 % leaves room for that).
         */
        public int maxConnections(DatabaseEngine engine) {
            return switch (engine) {
                case POSTGRES -> (int) Math.min(memoryBytes() / POSTGRES_BYTES_PER_CONNECTION, POSTGRES_MAX_CONNECTIONS);
                case MYSQL -> (int) (memoryBytes() / MYSQL_BYTES_PER_CONNECTION);
            };
        }

        /** Whether RDS runs {@code engine} at {@code majorVersion} on this class. */
        public boolean supports(DatabaseEngine engine, String majorVersion) {
            return switch (engine) {
                case POSTGRES -> lastPostgresMajor.map(last -> Integer.parseInt(majorVersion) <= last).orElse(true);
                case MYSQL -> mysql;
            };
        }

        /**
         * Burstable micro and small classes: CPU credits run out under steady load, and Performance
         * Insights is not offered on them for RDS for MySQL (RDS User Guide, "Amazon RDS DB engine,
         * Region, and instance class support for Performance Insights").
         */
        public boolean isTiny() {
            return name.endsWith(".micro") || name.endsWith(".small");
        }
    }

    private static final Map<String, DbInstanceClass> CLASSES = table();

    private DatabaseInstanceClasses() {
    }

    /** The class called {@code name}, if known. */
    public static Optional<DbInstanceClass> lookup(String name) {
        return Optional.ofNullable(CLASSES.get(name));
    }

    /** Every known class name. */
    public static List<String> names() {
        return List.copyOf(CLASSES.keySet());
    }

    private static Map<String, DbInstanceClass> table() {
        var classes = new LinkedHashMap<String, DbInstanceClass>();
        // Previous generation: RDS for PostgreSQL 13 and later does not run on db.t2, so no offered major does.
        burstable(classes, "t2", Optional.of(12), List.of("micro", "small", "medium", "large"), new int[]{1, 1, 2, 2},
                new double[]{1, 2, 4, 8});
        for (String family : List.of("t3", "t4g")) {
            burstable(classes, family, Optional.empty(), List.of("micro", "small", "medium", "large", "xlarge", "2xlarge"),
                    new int[]{2, 2, 2, 2, 4, 8}, new double[]{1, 2, 4, 8, 16, 32});
        }
        for (String family : List.of("m5", "m6g", "m6i", "m7g")) {
            sized(classes, family, 4);
        }
        for (String family : List.of("r5", "r6g", "r6i", "r7g")) {
            sized(classes, family, 8);
        }
        return Collections.unmodifiableMap(classes);
    }

    private static void burstable(Map<String, DbInstanceClass> classes, String family, Optional<Integer> lastPostgres,
                                  List<String> sizes, int[] vCpus, double[] memoryGiB) {
        for (int i = 0; i < sizes.size(); i++) {
            String name = "db." + family + "." + sizes.get(i);
            classes.put(name, new DbInstanceClass(name, vCpus[i], memoryGiB[i], lastPostgres, true));
        }
    }

    /** General-purpose (4 GiB per vCPU) and memory-optimised (8 GiB per vCPU) sizes, large to 16xlarge. */
    private static void sized(Map<String, DbInstanceClass> classes, String family, int gibPerVcpu) {
        var sizes = new ArrayList<>(List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"));
        int[] vCpus = {2, 4, 8, 16, 32, 48, 64};
        for (int i = 0; i < sizes.size(); i++) {
            String name = "db." + family + "." + sizes.get(i);
            classes.put(name, new DbInstanceClass(name, vCpus[i], (double) vCpus[i] * gibPerVcpu, Optional.empty(), true));
        }
    }
}
