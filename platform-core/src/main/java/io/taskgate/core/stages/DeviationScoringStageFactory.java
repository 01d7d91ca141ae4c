package io.taskgate.core.stages;

import io.taskgate.core.application.intent.ToolCalls;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.spi.PostCallMisuseStageFactory;
import io.taskgate.core.application.misuse.DeviationScoring;
import io.taskgate.core.domain.model.misuse.PromptKey;
import io.taskgate.core.domain.model.misuse.RequestAssessment;

/**
 * The built-in last misuse stage: assesses the request from its intent label and every detector's findings and
 * adds it to the member's deviation score (see {@link DeviationScoring}). Ordered last so all findings are in.
 */
public class DeviationScoringStageFactory implements PostCallMisuseStageFactory {

    @Override
    public String id() {
        return "deviation-score";
    }

    @Override
    public int order() {
        return 10_000;
    }

    @Override
    public Stage create() {
        CoreBean<DeviationScoring> scoring = new CoreBean<>(DeviationScoring.class);
        return exchange -> {
            if (exchange.task() == null || exchange.caller() == null) {
                return StageResult.proceed();
            }
            String intent = exchange.annotations().get("intent");
            // a tool call carries no label the model chose: no intent signal, as an answer without a marker
            RequestAssessment assessment = RequestAssessment.of(exchange.task(),
                    ToolCalls.isModelLabel(intent) ? intent : null, exchange.findings());
            if (assessment.deviates()) {
                // only a deviating request needs its prompt's key (to recognise it when it is sent again)
                scoring.get().record(exchange.task().tenantId(), exchange.caller().username(), exchange.requestId(),
                        exchange.task().id(), assessment.withPrompt(PromptKey.of(exchange.assessedText())));
            }
            return StageResult.proceed();
        };
    }

    @Override
    public String description() {
        return "Scores each request's deviation from its task (intent label and detector findings) per member, "
                + "and warns, suspends or blocks under the tenant's misuse policy.";
    }

}
