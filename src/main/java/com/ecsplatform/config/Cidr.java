package com.ecsplatform.config;

import com.google.common.net.InetAddresses;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 CIDR block as written in a stack file. Host bits may be set, so that a message can
 * suggest the {@linkplain #aligned() aligned} block.
 *
 * @param address the address as an unsigned number
 * @param prefix  the prefix length
 * @param width   32 for IPv4, 128 for IPv6
 */
record Cidr(BigInteger address, int prefix, int width) {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "\\." + OCTET + "\\." + OCTET + "\\." + OCTET);
    /**
     * Only text of this shape reaches InetAddress: it starts like a literal and has a colon, so
     * InetAddress parses it as an IPv6 literal and never resolves it as a host name.
     */
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");
    private static final Pattern PREFIX = Pattern.compile("0|[1-9]\\d{0,2}");

    /** Parses {@code address/prefix}; empty unless both parts are well formed. */
    static Optional<Cidr> parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 || !PREFIX.matcher(text.substring(slash + 1)).matches()) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(text.substring(slash + 1));
        return parseAddress(text.substring(0, slash))
                .filter(host -> prefix <= host.width())
                .map(host -> new Cidr(host.address(), prefix, host.width()));
    }

    /** Parses a bare address as a single-host block ({@code /32} or {@code /128}). */
    static Optional<Cidr> parseAddress(String text) {
        var ipv4 = IPV4.matcher(text);
        if (ipv4.matches()) {
            long value = 0;
            for (int octet = 1; octet <= 4; octet++) {
                value = (value << 8) | Integer.parseInt(ipv4.group(octet));
            }
            return Optional.of(new Cidr(BigInteger.valueOf(value), 32, 32));
        }
        if (IPV6_CHARACTERS.matcher(text).matches()) {
            try {
                if (InetAddress.getByName(text) instanceof Inet6Address ipv6) {
                    return Optional.of(new Cidr(new BigInteger(1, ipv6.getAddress()), 128, 128));
                }
            } catch (UnknownHostException malformedLiteral) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    boolean isIpv4() {
        return width == 32;
    }

    /** Whether every bit after the prefix is zero, as AWS requires. */
    boolean isAligned() {
        return aligned().address.equals(address);
    }

    /** Whether this block and {@code other} (of the same family) share at least one address. */
    boolean overlaps(Cidr other) {
        int common = Math.min(prefix, other.prefix);
        int shift = width - common;
        return width == other.width && address.shiftRight(shift).equals(other.address.shiftRight(shift));
    }

    /** Whether every address of {@code other} (of the same family) is inside this block. */
    boolean contains(Cidr other) {
        return width == other.width && prefix <= other.prefix && overlaps(other);
    }

    /** The block with its host bits cleared. */
    Cidr aligned() {
        BigInteger hostMask = BigInteger.ONE.shiftLeft(width - prefix).subtract(BigInteger.ONE);
        return new Cidr(address.andNot(hostMask), prefix, width);
    }

    /** RFC 5952 text for IPv6 (lower case, no leading zeros, the longest zero run as "::"), dotted quad for IPv4. */
    @Override
    public String toString() {
        byte[] bytes = new byte[width / 8];
        byte[] value = address.toByteArray();
        int copied = Math.min(value.length, bytes.length);
        System.arraycopy(value, value.length - copied, bytes, bytes.length - copied, copied);
        try {
            return InetAddresses.toAddrString(InetAddress.getByAddress(bytes)) + "/" + prefix;
        } catch (UnknownHostException wrongLength) {
            throw new IllegalStateException(wrongLength);
        }
    }
}
