package com.ecsplatform.security;

/**
 * A TCP port or range.
 *
 * @param from first port
 * @param to   last port (inclusive)
 */
public record PortRange(int from, int to) {

    /**
     * The range ECS picks host ports from when a bridge-mode task maps its container port to host
     * port 0 (the Linux ephemeral range the ECS agent uses; AWS "Amazon ECS task networking").
     */
    public static final PortRange ECS_DYNAMIC_HOST_PORTS = new PortRange(32768, 65535);
    public static final PortRange SSH = single(22);
    public static final PortRange HTTP = single(80);
    public static final PortRange HTTPS = single(443);

    public PortRange {
        if (from < 1 || to > 65535 || from > to) {
            throw new IllegalArgumentException("invalid port range " + from + "-" + to);
        }
    }

    /** One port. */
    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    /** {@code 22} or {@code 32768-65535}: for logical names and descriptions. */
    public String label() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
