package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.pipeline.StageFamily;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plugin settings are read from MicroProfile Config at most once a second per key. */
class MpPluginConfigTest {

    final Map<String, String> values = new HashMap<>();
    final AtomicInteger lookups = new AtomicInteger();
    final AtomicLong now = new AtomicLong(1_000_000_000L);

    /** A MicroProfile Config of {@link #values} that counts its lookups. */
    final Config config = (Config) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Config.class},
            (proxy, method, args) -> {
                if (method.getName().equals("getOptionalValue")) {
                    lookups.incrementAndGet();
                    return Optional.ofNullable(values.get((String) args[0]));
                }
                throw new UnsupportedOperationException(method.getName());
            });

    final MpPluginConfig plugin = new MpPluginConfig(config, StageFamily.MISUSE_PRE, "keywords", now::get);

    @Test
    void aSettingReadPerRequestAsksMicroProfileConfigAtMostOnceASecond() {
        values.put("gateway.misuse-pre.keywords.tenant.acme.action", "refuse");
        for (int i = 0; i < 100; i++) {
            assertEquals(Optional.of("refuse"), plugin.get("tenant.acme.action"));
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(5));
        }
        assertEquals(1, lookups.get(), "100 requests in half a second");
    }

    @Test
    void aSettingThatIsNotSetIsRememberedAsAbsentToo() {
        assertEquals(Optional.empty(), plugin.get("tenant.globex.action"));
        assertEquals(Optional.empty(), plugin.get("tenant.globex.action"));
        assertEquals(1, lookups.get());
    }

    @Test
    void aChangedSettingAppliesWithinASecond() {
        values.put("gateway.misuse-pre.keywords.action", "report");
        assertEquals("report", plugin.get("action", "?"));
        values.put("gateway.misuse-pre.keywords.action", "refuse");
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
        assertEquals("report", plugin.get("action", "?"));
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertEquals("refuse", plugin.get("action", "?"));
    }

    @Test
    void gatewaySettingsAreReadByTheirFullNameAndRememberedAlike() {
        values.put("upstream.base-url", "http://127.0.0.1:1/v1");
        assertEquals(Optional.of("http://127.0.0.1:1/v1"), plugin.gateway("upstream.base-url"));
        assertEquals(Optional.of("http://127.0.0.1:1/v1"), plugin.gateway("upstream.base-url"));
        assertEquals(Optional.empty(), plugin.get("upstream.base-url"), "a plugin's own key is under its prefix");
        assertEquals(2, lookups.get());
    }

    @Test
    void veryManyKeysAreForgottenRatherThanKeptWithoutBound() {
        for (int i = 0; i <= MpPluginConfig.MAX_KEYS; i++) {
            plugin.get("tenant.t" + i + ".action");
        }
        plugin.get("tenant.t0.action");
        assertEquals(MpPluginConfig.MAX_KEYS + 2, lookups.get(), "the first key was read again after the clear");
    }
}
