package io.technic.app.ui.service;

import io.technic.scanner.cache.RedisCheck;
import io.technic.scanner.remote.EndpointCheck;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@link ConnectionTester} with the engine's checks: Redis PING ({@link RedisCheck}) and {@link EndpointCheck}. */
public final class EngineConnectionTester implements ConnectionTester {

    private final Duration timeout;

    public EngineConnectionTester(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public List<Line> test(OffloadConfig config) {
        List<Line> out = new ArrayList<>();
        if (config.hasRedis()) {
            RedisCheck.Result r = RedisCheck.ping(config.cache().withTimeouts(timeout.dividedBy(8), 3, Duration.ofSeconds(5)));
            out.add(new Line(r.ok(), r.message()));
        } else {
            out.add(new Line(true, "Redis: not set (scans cache in this process only)"));
        }
        if (config.endpoints().isEmpty()) {
            out.add(new Line(config.policy() == io.technic.scanner.remote.ExecutionPolicy.LOCAL,
                    "Remote: no endpoint set"));
        }
        for (URI e : config.endpoints()) {
            EndpointCheck.Result r = EndpointCheck.check(e, config.key(), timeout);
            out.add(new Line(r.ok(), r.message()));
        }
        return out;
    }
}
