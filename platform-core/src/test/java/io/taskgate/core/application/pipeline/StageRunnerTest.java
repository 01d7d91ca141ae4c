package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.core.TestExchanges;
import io.taskgate.core.application.ProxyExchange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageRunnerTest {

    /** Stages per family in a fixed list, with a fail-open set, recording failure reports. */
    static final class FakeSource implements StageSource {
        final Map<StageFamily, List<RegisteredStage>> stages = new EnumMap<>(StageFamily.class);
        final Set<StageFamily> failOpen = EnumSet.noneOf(StageFamily.class);
        final List<String> failures = new ArrayList<>();

        final List<String> shed = new ArrayList<>();
        final java.util.concurrent.atomic.AtomicInteger hurried = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void hurry() {
            hurried.incrementAndGet();
        }

        FakeSource add(StageFamily family, String id, Stage stage) {
            stages.computeIfAbsent(family, f -> new ArrayList<>()).add(new RegisteredStage(id, family, 100, stage));
            return this;
        }

        /** A misuse-pre stage whose factory says it never refuses: it runs beside the upstream call. */
        FakeSource addScoringOnly(String id, Stage stage) {
            stages.computeIfAbsent(StageFamily.MISUSE_PRE, f -> new ArrayList<>())
                    .add(new RegisteredStage(id, StageFamily.MISUSE_PRE, 100, stage, false));
            return this;
        }

        @Override
        public void reportShed(RegisteredStage stage, io.taskgate.api.pipeline.Exchange exchange) {
            shed.add(stage.pluginId());
        }

        @Override
        public List<RegisteredStage> stages(StageFamily family) {
            return stages.getOrDefault(family, List.of());
        }

        @Override
        public boolean failOpen(StageFamily family) {
            return failOpen.contains(family);
        }

        @Override
        public void reportFailure(RegisteredStage stage, Throwable failure) {
            failures.add(stage.pluginId() + ":" + failure.getMessage());
        }
    }

    final FakeSource source = new FakeSource();
    final StageRunner runner = new StageRunner(source);
    final ProxyExchange exchange = TestExchanges.chatExchange("gpt-4o-mini");
    final List<String> ran = new ArrayList<>();

    Stage recording(String name) {
        return e -> {
            ran.add(name);
            return StageResult.proceed();
        };
    }

    Stage refusing(String name, String code) {
        return e -> {
            ran.add(name);
            return StageResult.refuse(Refusal.of(429, code, name + " refused"));
        };
    }

    Stage throwing(String name) {
        return e -> {
            ran.add(name);
            throw new IllegalStateException(name + " broke");
        };
    }

    @Test
    void besideTheCallAStageRunsAsItsBesideFormAndInLineAsItsInLineForm() throws Exception {
        source.stages.computeIfAbsent(StageFamily.MISUSE_PRE, f -> new ArrayList<>()).add(new RegisteredStage(
                "embedding", StageFamily.MISUSE_PRE, 100, recording("in line"), false, recording("beside")));
        runner.startBeside(exchange, DetectorQueue.INLINE).get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(List.of("beside"), ran);
        assertTrue(runner.runBefore(exchange).isEmpty()); // a tenant whose misuse policy is fail-closed
        assertEquals(List.of("beside", "in line"), ran);
    }

    @Test
    void aStageThatRefusesOnlyForSomeTenantsRunsInFrontForThemAndBesideTheCallForTheOthers() throws Exception {
        List<String> asked = new ArrayList<>();
        source.stages.computeIfAbsent(StageFamily.MISUSE_PRE, f -> new ArrayList<>()).add(new RegisteredStage(
                "keywords", StageFamily.MISUSE_PRE, 100, refusing("in line", "prompt_refused"), true,
                recording("beside"), tenant -> {
                    asked.add(tenant);
                    return tenant.equals("strict");
                }));

        ProxyExchange relaxed = TestExchanges.exchange(TestExchanges.caller(Set.of("acme"), Set.of("task-1"),
                Set.of("chat.completions"), Set.of("m")), TestExchanges.task("task-1", "acme", true),
                io.taskgate.api.pipeline.Endpoint.CHAT_COMPLETIONS, "m");
        assertTrue(runner.runBefore(relaxed, true).isEmpty(), "not run in front of the call for this tenant");
        runner.startBeside(relaxed, DetectorQueue.INLINE).get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(List.of("beside"), ran);
        assertEquals(List.of("acme"), asked, "asked once per exchange, not once in front and once beside");

        ran.clear();
        ProxyExchange strict = TestExchanges.exchange(TestExchanges.caller(Set.of("strict"), Set.of("task-1"),
                Set.of("chat.completions"), Set.of("m")), TestExchanges.task("task-1", "strict", true),
                io.taskgate.api.pipeline.Endpoint.CHAT_COMPLETIONS, "m");
        StageRunner forStrict = new StageRunner(source);
        assertEquals("prompt_refused", forStrict.runBefore(strict, true).orElseThrow().code());
        forStrict.startBeside(strict, DetectorQueue.INLINE).get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(List.of("in line"), ran, "in front of the call, where it refused, and not beside it again");
    }

    @Test
    void familiesRunInPipelineOrderRegardlessOfRegistrationOrder() {
        List<StageFamily> registration = List.of(StageFamily.SETTLEMENT, StageFamily.MISUSE_POST,
                StageFamily.MISUSE_PRE, StageFamily.QUOTA, StageFamily.TASK_POLICY);
        for (StageFamily family : registration) {
            source.add(family, family.configKey() + "-a", recording(family.name() + "/a"));
            source.add(family, family.configKey() + "-b", recording(family.name() + "/b"));
        }

        assertTrue(runner.runBefore(exchange).isEmpty());
        assertEquals(List.of("TASK_POLICY/a", "TASK_POLICY/b", "QUOTA/a", "QUOTA/b", "MISUSE_PRE/a", "MISUSE_PRE/b"), ran);

        runner.runAfter(exchange);
        assertEquals(List.of("TASK_POLICY/a", "TASK_POLICY/b", "QUOTA/a", "QUOTA/b", "MISUSE_PRE/a", "MISUSE_PRE/b",
                "MISUSE_POST/a", "MISUSE_POST/b", "SETTLEMENT/a", "SETTLEMENT/b"), ran);
    }

    @Test
    void firstRefusalWinsAndLaterStagesDoNotRun() {
        source.add(StageFamily.TASK_POLICY, "grants", recording("policy"));
        source.add(StageFamily.QUOTA, "rate", refusing("rate", "rate_limited"));
        source.add(StageFamily.QUOTA, "budget", refusing("budget", "budget_exceeded"));
        source.add(StageFamily.MISUSE_PRE, "intent", recording("intent"));

        Optional<Refusal> refusal = runner.runBefore(exchange);

        assertEquals("rate_limited", refusal.orElseThrow().code());
        assertEquals(429, refusal.orElseThrow().status());
        assertEquals(List.of("policy", "rate"), ran);
    }

    @Test
    void refusalKeepsTheStagesOwnHeaders() {
        Refusal own = Refusal.of(429, "rate_limited", "slow down").withHeader("Retry-After", "7");
        source.add(StageFamily.QUOTA, "rate", e -> StageResult.refuse(own));

        assertSame(own, runner.runBefore(exchange).orElseThrow());
    }

    @Test
    void throwingStageIsReportedAndFailClosedRefusesWith503StageFailed() {
        source.add(StageFamily.QUOTA, "budget", throwing("budget"));
        source.add(StageFamily.MISUSE_PRE, "intent", recording("intent"));

        Refusal refusal = runner.runBefore(exchange).orElseThrow();

        assertEquals(503, refusal.status());
        assertEquals("stage_failed", refusal.code());
        assertTrue(refusal.message().contains("budget"), refusal.message());
        assertEquals(List.of("budget:budget broke"), source.failures);
        assertEquals(List.of("budget"), ran);
    }

    @Test
    void linkageErrorOfAPluginStageIsIsolatedLikeAnException() {
        source.add(StageFamily.MISUSE_PRE, "old-plugin", e -> {
            throw new NoSuchMethodError("removed API");
        });

        assertEquals("stage_failed", runner.runBefore(exchange).orElseThrow().code());
        assertEquals(List.of("old-plugin:removed API"), source.failures);
    }

    @Test
    void throwingStageOfAFailOpenFamilyIsReportedAndTheRequestGoesOn() {
        source.failOpen.add(StageFamily.MISUSE_PRE);
        source.add(StageFamily.MISUSE_PRE, "classifier", throwing("classifier"));
        source.add(StageFamily.MISUSE_PRE, "keywords", recording("keywords"));

        assertTrue(runner.runBefore(exchange).isEmpty());
        assertEquals(List.of("classifier", "keywords"), ran);
        assertEquals(List.of("classifier:classifier broke"), source.failures);
    }

    @Test
    void afterCallFamiliesCannotRefuse() {
        source.add(StageFamily.MISUSE_POST, "judge", refusing("judge", "misuse"));
        source.add(StageFamily.SETTLEMENT, "pricing", recording("pricing"));

        runner.runAfter(exchange);

        assertEquals(List.of("judge", "pricing"), ran);
        assertTrue(source.failures.isEmpty());
    }

    @Test
    void throwingAfterCallStageDoesNotStopTheOthersEvenFailClosed() {
        source.add(StageFamily.MISUSE_POST, "judge", throwing("judge"));
        source.add(StageFamily.MISUSE_POST, "logger", recording("logger"));
        source.add(StageFamily.SETTLEMENT, "pricing", recording("pricing"));

        runner.runAfter(exchange);

        assertEquals(List.of("judge", "logger", "pricing"), ran);
        assertEquals(List.of("judge:judge broke"), source.failures);
    }

    @Test
    void stageReturningNullIsTreatedAsProceed() {
        source.add(StageFamily.TASK_POLICY, "lazy", e -> null);
        source.add(StageFamily.QUOTA, "rate", recording("rate"));

        assertTrue(runner.runBefore(exchange).isEmpty());
        assertEquals(List.of("rate"), ran);
    }

    @Test
    void upstreamCallSitsBetweenMisusePreAndMisusePost() {
        List<PipelineOrder.Step> order = PipelineOrder.ORDER;
        int call = order.indexOf(PipelineOrder.Step.UPSTREAM_CALL);

        assertEquals(new PipelineOrder.Step(StageFamily.MISUSE_PRE), order.get(call - 1));
        assertEquals(new PipelineOrder.Step(StageFamily.MISUSE_POST), order.get(call + 1));
        assertEquals(1, order.stream().filter(PipelineOrder.Step::isUpstreamCall).count());
        assertEquals(List.of(StageFamily.TASK_POLICY, StageFamily.QUOTA, StageFamily.MISUSE_PRE), PipelineOrder.BEFORE_CALL);
        assertEquals(List.of(StageFamily.MISUSE_POST, StageFamily.SETTLEMENT), PipelineOrder.AFTER_CALL);
    }

    @Test
    void pipelineOrderAgreesWithEachFamilysBeforeUpstreamFlag() {
        for (StageFamily family : StageFamily.values()) {
            assertEquals(family.beforeUpstream(), PipelineOrder.BEFORE_CALL.contains(family), family.name());
            assertEquals(!family.beforeUpstream(), PipelineOrder.AFTER_CALL.contains(family), family.name());
        }
    }
}
