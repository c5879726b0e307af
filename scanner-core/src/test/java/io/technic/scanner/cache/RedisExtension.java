package io.technic.scanner.cache;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension giving each test method that declares a {@link RedisServer} parameter its own
 * real {@code redis-server} on a free loopback port (installed when missing, see
 * {@link RedisServer#binary()}), stopped after the test.
 */
public final class RedisExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext pc, ExtensionContext ec) {
        return pc.getParameter().getType() == RedisServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext pc, ExtensionContext ec) {
        RedisServer server = RedisServer.start();
        ec.getStore(ExtensionContext.Namespace.create(RedisExtension.class, ec.getUniqueId()))
                .put("server" + pc.getIndex(), (AutoCloseable) server);
        return server;
    }
}
