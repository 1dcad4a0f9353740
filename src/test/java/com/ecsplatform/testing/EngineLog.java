package com.ecsplatform.testing;

import com.pulumi.test.internal.PulumiTestInternal;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the mock engine logs while a test runs a program that is meant to fail. Pulumi's test engine
 * logs an unhandled program exception with its stack trace at SEVERE on the console before the
 * failure reaches the caller; a test expecting that failure takes the records here instead, so a
 * passing build prints no stack trace, and can assert on them.
 */
public final class EngineLog {

    /** The logger {@code PulumiTestInternal.defaultLogger()} hands the engine. */
    private static final Logger ENGINE = Logger.getLogger(PulumiTestInternal.class.getName());

    private EngineLog() {
    }

    /** Runs {@code action} with the engine's log kept off the console; returns what it logged. */
    public static List<LogRecord> capture(Runnable action) {
        var records = new ArrayList<LogRecord>();
        Handler collector = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (records) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean useParentHandlers = ENGINE.getUseParentHandlers();
        ENGINE.addHandler(collector);
        ENGINE.setUseParentHandlers(false);
        try {
            action.run();
        } finally {
            ENGINE.setUseParentHandlers(useParentHandlers);
            ENGINE.removeHandler(collector);
        }
        synchronized (records) {
            return List.copyOf(records);
        }
    }
}
