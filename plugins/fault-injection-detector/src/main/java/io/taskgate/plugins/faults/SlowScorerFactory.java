package io.taskgate.plugins.faults;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.spi.PreCallMisuseStageFactory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEST FIXTURE: a detector that only scores, and takes its time on demand, so the end-to-end suite can prove that
 * such a detector runs beside the upstream call. A prompt containing {@code [slow-scorer:ms=N]} makes it sleep N ms
 * and then report a MAJOR finding; any other prompt passes untouched.
 */
public class SlowScorerFactory implements PreCallMisuseStageFactory {

    public static final String ID = "slow-scorer";
    private static final Pattern ASK = Pattern.compile("\\[slow-scorer:ms=(\\d{1,6})]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean mayRefuse() {
        return false;
    }

    @Override
    public Stage create() {
        return exchange -> {
            Matcher ask = ASK.matcher(exchange.promptText());
            if (!ask.find()) {
                return StageResult.proceed();
            }
            long millis = Long.parseLong(ask.group(1));
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return StageResult.proceed();
            }
            exchange.report(new Finding(ID, Finding.Severity.MAJOR, "off_topic", 0.9,
                    "test fixture asked to flag this request after " + millis + " ms"));
            return StageResult.proceed();
        };
    }

    @Override
    public String description() {
        return "Test fixture that scores slowly on request; proves detectors run beside the call. Never deploy it.";
    }
}
