package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.core.TestExchanges;
import io.taskgate.core.application.ProxyExchange;
import jakarta.interceptor.InvocationContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PipelineInterceptorTest {

    final StageRunnerTest.FakeSource source = new StageRunnerTest.FakeSource();
    final PipelineInterceptor interceptor = new PipelineInterceptor();
    final ProxyExchange exchange = TestExchanges.chatExchange("gpt-4o-mini");
    final List<String> ran = new ArrayList<>();

    PipelineInterceptorTest() {
        interceptor.stages = source;
        source.add(StageFamily.QUOTA, "limits", e -> {
            ran.add("reserve");
            return StageResult.proceed();
        });
        source.add(StageFamily.SETTLEMENT, "limits", e -> {
            ran.add("settle");
            return StageResult.proceed();
        });
    }

    @Test
    void settlementRunsWhenALaterStageRefusesBeforeTheCall() throws Exception {
        source.add(StageFamily.MISUSE_PRE, "intent", e -> StageResult.refuse(Refusal.of(403, "off_task", "no")));
        Object outcome = interceptor.around(context(() -> {
            ran.add("upstream");
            return null;
        }));
        assertInstanceOf(UpstreamOutcome.Refused.class, outcome);
        assertEquals(List.of("reserve", "settle"), ran);
    }

    @Test
    void settlementRunsWhenTheUpstreamCallThrows() {
        assertThrows(IllegalStateException.class, () -> interceptor.around(context(() -> {
            throw new IllegalStateException("client gone");
        })));
        assertEquals(List.of("reserve", "settle"), ran);
    }

    @Test
    void aStreamSettlesOnlyOnceItHasBeenRelayed() throws Exception {
        UpstreamOutcome.Streaming streaming = new UpstreamOutcome.Streaming(java.io.InputStream.nullInputStream());
        interceptor.around(context(() -> streaming));
        assertEquals(List.of("reserve"), ran);
        streaming.relayed();
        assertEquals(List.of("reserve", "settle"), ran);
    }

    InvocationContext context(Callable<Object> upstream) {
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return null;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[]{exchange, new byte[0]};
            }

            @Override
            public void setParameters(Object[] params) {
            }

            @Override
            public Map<String, Object> getContextData() {
                return new HashMap<>();
            }

            @Override
            public Object proceed() throws Exception {
                return upstream.call();
            }
        };
    }
}
