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

/**
 * The pipeline driven as a plain object with a fake upstream: plain answers, refusals, failed calls, streams and
 * streams whose client left; and its CDI shell, which only hands the intercepted call over.
 */
class PipelineTest {

    final StageRunnerTest.FakeSource source = new StageRunnerTest.FakeSource();
    final ProxyExchange exchange = TestExchanges.chatExchange("gpt-4o-mini");
    final List<String> ran = new ArrayList<>();

    /** Detector tasks are held until the test runs them: the detectors' thread, in slow motion. */
    final List<Runnable> detectorThread = new ArrayList<>();
    boolean queueFull;

    DetectorQueue detectors = (stage, task) -> !queueFull && detectorThread.add(task);
    final io.taskgate.core.application.misuse.PendingAssessments pending =
            new io.taskgate.core.application.misuse.PendingAssessments(5_000);

    PipelineTest() {
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
        Object outcome = run((() -> {
            ran.add("upstream");
            return null;
        }));
        assertInstanceOf(UpstreamOutcome.Refused.class, outcome);
        assertEquals(List.of("reserve", "settle"), ran);
    }

    @Test
    void settlementRunsWhenTheUpstreamCallThrows() {
        assertThrows(IllegalStateException.class, () -> run((() -> {
            throw new IllegalStateException("client gone");
        })));
        assertEquals(List.of("reserve", "settle"), ran);
    }

    @Test
    void aStreamSettlesOnlyOnceItHasBeenRelayed() throws Exception {
        UpstreamOutcome.Streaming streaming = new UpstreamOutcome.Streaming(java.io.InputStream.nullInputStream());
        run((() -> streaming));
        assertEquals(List.of("reserve"), ran);
        streaming.relayed();
        assertEquals(List.of("reserve", "settle"), ran);
    }

    @Test
    void aDetectorThatOnlyScoresRunsBesideTheUpstreamCallAndIsScoredBeforeSettlement() throws Exception {
        source.failOpen.add(StageFamily.MISUSE_PRE);
        source.addScoringOnly("embedding", e -> {
            ran.add("detector");
            e.report(new io.taskgate.api.pipeline.Finding("embedding", io.taskgate.api.pipeline.Finding.Severity.MAJOR,
                    "off_topic", 0.9, "far from the task"));
            return StageResult.proceed();
        });
        source.add(StageFamily.MISUSE_POST, "deviation-score", e -> {
            ran.add("score " + e.findings().size());
            return StageResult.proceed();
        });
        Object outcome = run((() -> {
            ran.add("upstream");
            return answered();
        }));

        assertInstanceOf(UpstreamOutcome.Answered.class, outcome);
        assertEquals(List.of("reserve", "upstream"), ran, "the answer is back before the detector has run");
        assertEquals(false, exchange.settled());
        List<String> ledger = new ArrayList<>();
        exchange.afterSettlement(() -> ledger.add("row"));
        assertEquals(List.of(), ledger, "the ledger row waits for settlement");

        detectorThread.forEach(Runnable::run);
        assertEquals(List.of("reserve", "upstream", "detector", "score 1", "settle"), ran);
        assertEquals(List.of("row"), ledger);
    }

    @Test
    void aDetectorThatMayRefuseStillRunsInFrontOfTheCall() throws Exception {
        source.failOpen.add(StageFamily.MISUSE_PRE);
        source.add(StageFamily.MISUSE_PRE, "keywords", e -> {
            ran.add("keywords");
            return StageResult.proceed();
        });
        run((() -> {
            ran.add("upstream");
            return answered();
        }));
        assertEquals(List.of("reserve", "keywords", "upstream", "settle"), ran);
        assertEquals(List.of(), detectorThread);
    }

    @Test
    void aFailClosedTenantHasEveryDetectorRunInFrontOfTheCallWhereAFailureCanRefuse() throws Exception {
        source.addScoringOnly("embedding", e -> {
            throw new IllegalStateException("model not loaded");
        });
        Object outcome = run((() -> {
            ran.add("upstream");
            return answered();
        }));
        UpstreamOutcome.Refused refused = assertInstanceOf(UpstreamOutcome.Refused.class, outcome);
        assertEquals("stage_failed", refused.refusal().code());
        assertEquals(List.of("reserve", "settle"), ran);
    }

    @Test
    void aFullDetectorQueueShedsTheDetectorsVisiblyAndTheExchangeStillSettles() throws Exception {
        source.failOpen.add(StageFamily.MISUSE_PRE);
        queueFull = true;
        source.addScoringOnly("embedding", e -> {
            ran.add("detector");
            return StageResult.proceed();
        });
        run((() -> {
            ran.add("upstream");
            return answered();
        }));
        assertEquals(List.of("reserve", "upstream", "settle"), ran);
        assertEquals(List.of("embedding"), source.shed);
    }

    @Test
    void aStreamWaitsForTheDetectorsBesideItBeforeItSettles() throws Exception {
        source.failOpen.add(StageFamily.MISUSE_PRE);
        source.addScoringOnly("embedding", e -> {
            ran.add("detector");
            return StageResult.proceed();
        });
        detectors = DetectorQueue.INLINE;
        UpstreamOutcome.Streaming streaming = new UpstreamOutcome.Streaming(java.io.InputStream.nullInputStream());
        run((() -> {
            ran.add("upstream");
            return streaming;
        }));
        streaming.relayed();
        assertEquals(List.of("reserve", "detector", "upstream", "settle"), ran);
    }

    @Test
    void aStreamsEndThatWaitsForItsDetectorsTellsThemToHurry() throws Exception {
        aScoringDetector("moderation");
        ProxyExchange stream = TestExchanges.streamingChatExchange("gpt-4o-mini");
        UpstreamOutcome.Streaming streaming = new UpstreamOutcome.Streaming(java.io.InputStream.nullInputStream());
        new Pipeline(source, detectors, pending).run(stream, () -> streaming);
        streaming.firstEventSent();
        Thread detector = detectorHeldUntilHurried();
        streaming.relayed();
        detector.join();
        assertEquals(1, source.hurried.get());
        assertEquals(List.of("reserve", "detector", "settle"), ran);
    }

    /** A detector that only scores, under a fail-open policy, run on the caller's thread when it is queued. */
    void aScoringDetectorRunningInline() {
        aScoringDetector("embedding");
        detectors = DetectorQueue.INLINE;
    }

    /** A detector that only scores, under a fail-open policy: it runs beside the call, on the detectors' thread. */
    void aScoringDetector(String id) {
        source.failOpen.add(StageFamily.MISUSE_PRE);
        source.addScoringOnly(id, e -> {
            ran.add("detector");
            return StageResult.proceed();
        });
    }

    @Test
    void aStreamsDetectorsStartOnlyOnceItsFirstEventHasReachedTheClient() throws Exception {
        aScoringDetectorRunningInline();
        ProxyExchange stream = TestExchanges.streamingChatExchange("gpt-4o-mini");
        UpstreamOutcome.Streaming streaming = new UpstreamOutcome.Streaming(java.io.InputStream.nullInputStream());
        new Pipeline(source, detectors, pending).run(stream, () -> {
            ran.add("upstream");
            return streaming;
        });
        assertEquals(List.of("reserve", "upstream"), ran, "nothing competes with the first event for the CPU");
        streaming.firstEventSent();
        streaming.firstEventSent(); // once only
        assertEquals(List.of("reserve", "upstream", "detector"), ran);
        streaming.relayed();
        assertEquals(List.of("reserve", "upstream", "detector", "settle"), ran);
    }

    @Test
    void aStreamThatEndsBeforeItsFirstEventStillHasItsDetectorsRunBeforeItSettles() throws Exception {
        aScoringDetectorRunningInline();
        UpstreamOutcome.Streaming streaming = new UpstreamOutcome.Streaming(java.io.InputStream.nullInputStream());
        new Pipeline(source, detectors, pending).run(TestExchanges.streamingChatExchange("gpt-4o-mini"), () -> {
            ran.add("upstream");
            return streaming;
        });
        streaming.relayed();
        assertEquals(List.of("reserve", "upstream", "detector", "settle"), ran);
    }

    @Test
    void aStreamRequestAnsweredWholeByTheUpstreamHasItsDetectorsRunBeforeSettlement() throws Exception {
        aScoringDetectorRunningInline();
        new Pipeline(source, detectors, pending).run(TestExchanges.streamingChatExchange("gpt-4o-mini"), () -> {
            ran.add("upstream");
            return new UpstreamOutcome.Answered(502, Map.of(), new byte[0], "upstream_error");
        });
        assertEquals(List.of("reserve", "upstream", "detector", "settle"), ran);
    }

    @Test
    void theMembersNextRequestWaitsUntilTheEarlierAnswerHasBeenScored() throws Exception {
        source.failOpen.add(StageFamily.MISUSE_PRE);
        source.addScoringOnly("embedding", e -> {
            ran.add("detector");
            return StageResult.proceed();
        });
        run((() -> answered()));
        assertEquals(1, pending.membersPending());
        Thread detector = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            detectorThread.forEach(Runnable::run);
        });
        detector.start();
        pending.awaitScored(exchange.task().tenantId(), exchange.caller().username());
        assertEquals(List.of("reserve", "detector", "settle"), ran, "the wait ended only once the answer was scored");
        detector.join();
        assertEquals(0, pending.membersPending());
    }

    @Test
    void aWaitingRequestTellsTheStagesBesideTheEarlierCallToHurry() throws Exception {
        aScoringDetector("moderation");
        run((() -> answered()));
        Thread detector = detectorHeldUntilHurried();
        pending.awaitScored(exchange.task().tenantId(), exchange.caller().username());
        assertEquals(1, source.hurried.get());
        assertEquals(List.of("reserve", "detector", "settle"), ran, "the held-back run was sent and scored");
        detector.join();
    }

    /** The detectors' thread, holding its runs back until someone waits for them (at most 5 s), as a linger does. */
    Thread detectorHeldUntilHurried() {
        Thread detector = new Thread(() -> {
            for (int i = 0; i < 500 && source.hurried.get() == 0; i++) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            detectorThread.forEach(Runnable::run);
        });
        detector.start();
        return detector;
    }

    UpstreamOutcome run(Pipeline.Call upstream) throws Exception {
        return new Pipeline(source, detectors, pending).run(exchange, upstream);
    }

    @Test
    void aPlainAnswerIsSettledAfterTheCallAndMarkedAnswered() throws Exception {
        UpstreamOutcome outcome = run(() -> {
            ran.add("upstream");
            return answered();
        });
        assertInstanceOf(UpstreamOutcome.Answered.class, outcome);
        assertEquals(List.of("reserve", "upstream", "settle"), ran);
        assertEquals(true, exchange.settled());
    }

    @Test
    void aStreamWhoseClientLeftIsStillSettledOnceTransportEndsIt() throws Exception {
        UpstreamOutcome.Streaming streaming = new UpstreamOutcome.Streaming(java.io.InputStream.nullInputStream());
        run(() -> {
            ran.add("upstream");
            return streaming;
        });
        // transport's relay ends early (client disconnected) and hands the stream back, as it does for a whole one
        exchange.upstreamCompleted(200, "Hel", new io.taskgate.api.pipeline.Usage(5, 1, true));
        streaming.relayed();
        assertEquals(List.of("reserve", "upstream", "settle"), ran);
    }

    @Test
    void theInterceptorIsAShellThatRunsThePipelineAroundTheInterceptedCall() throws Exception {
        PipelineInterceptor interceptor = new PipelineInterceptor();
        interceptor.stages = source;
        interceptor.detectors = detectors;
        interceptor.pending = pending;
        Object outcome = interceptor.around(context(() -> {
            ran.add("upstream");
            return answered();
        }));
        assertInstanceOf(UpstreamOutcome.Answered.class, outcome);
        assertEquals(List.of("reserve", "upstream", "settle"), ran);
    }

    static UpstreamOutcome.Answered answered() {
        return new UpstreamOutcome.Answered(200, Map.of(), new byte[0], null);
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
