package com.cyclex.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The log before {@link Logs#toFile} has found the data dir (and for runs that keep no log file, such as
 * {@code --smoke} and {@code bench}): warnings and errors on standard error, nothing else. Without this, logback's
 * fallback would print every library's debug lines on the console.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogDefaults extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Logs.configure(context, null);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static Level consoleLevel() {
        return Level.WARN;
    }
}
