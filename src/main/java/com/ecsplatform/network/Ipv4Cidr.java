package com.ecsplatform.network;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 CIDR block as plain arithmetic: parsing, carving sub-blocks, containment and overlap.
 * No Pulumi type is involved, so the address plan is tested on its own.
 *
 * @param network the network address as an unsigned 32-bit value
 * @param prefix  the prefix length, 0-32
 */
public record Ipv4Cidr(long network, int prefix) {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

    public Ipv4Cidr {
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("prefix must be 0-32: " + prefix);
        }
        if ((network & ~mask(prefix)) != 0) {
            throw new IllegalArgumentException("host bits set in " + format(network) + "/" + prefix);
        }
    }

    /** Parses {@code a.b.c.d/n}; empty when the text is not a CIDR (host bits set included). */
    public static Optional<Ipv4Cidr> parse(String text) {
        var matcher = SHAPE.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long address = 0;
        for (int octet = 1; octet <= 4; octet++) {
            int value = Integer.parseInt(matcher.group(octet));
            if (value > 255) {
                return Optional.empty();
            }
            address = (address << 8) | value;
        }
        int prefix = Integer.parseInt(matcher.group(5));
        if (prefix > 32 || (address & ~mask(prefix)) != 0) {
            return Optional.empty();
        }
        return Optional.of(new Ipv4Cidr(address, prefix));
    }

    /** Parses a CIDR, failing on bad input; for values already validated. */
    public static Ipv4Cidr of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an aligned IPv4 CIDR: " + text));
    }

    /** The {@code index}-th block of {@code newBits} more prefix bits (Terraform's {@code cidrsubnet}). */
    public Ipv4Cidr subnet(int newBits, int index) {
        int childPrefix = prefix + newBits;
        if (newBits < 0 || childPrefix > 32) {
            throw new IllegalArgumentException("cannot add " + newBits + " bits to /" + prefix);
        }
        if (index < 0 || index >= (1L << newBits)) {
            throw new IllegalArgumentException("index " + index + " out of range for " + newBits + " new bits");
        }
        return new Ipv4Cidr(network + ((long) index << (32 - childPrefix)), childPrefix);
    }

    /** How many addresses the block holds. */
    public long size() {
        return 1L << (32 - prefix);
    }

    /** The last address of the block. */
    public long lastAddress() {
        return network + size() - 1;
    }

    /** Whether {@code other} lies entirely inside this block. */
    public boolean contains(Ipv4Cidr other) {
        return other.network >= network && other.lastAddress() <= lastAddress();
    }

    /** Whether the two blocks share any address. */
    public boolean overlaps(Ipv4Cidr other) {
        return network <= other.lastAddress() && other.network <= lastAddress();
    }

    @Override
    public String toString() {
        return format(network) + "/" + prefix;
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    private static String format(long address) {
        return ((address >> 24) & 0xFF) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF) + "." + (address & 0xFF);
    }
}
