package io.taskgate.core.application.quota;

import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.domain.model.quota.Admission;
import io.taskgate.core.domain.model.quota.Measure;
import io.taskgate.core.domain.model.quota.QuotaCharge;

/** Words a person can act on for each kind of quota refusal, always 429 with {@code Retry-After}. */
final class QuotaRefusals {

    private QuotaRefusals() {
    }

    static Refusal of(Admission.Refused refused) {
        QuotaCharge charge = refused.charge();
        long retry = charge.measure() == Measure.STREAM_SLOTS ? 1 : refused.retryAfterSeconds();
        String message = switch (charge.measure()) {
            case STREAM_SLOTS -> "You already have " + charge.limit() + " streams open, the most you may have at once."
                    + " Wait for one to finish.";
            case REQUESTS -> "You may send " + charge.limit() + " requests a minute. Try again in " + retry + " s.";
            case TOKENS_PER_MINUTE -> "This request could use up to " + charge.amount() + " tokens, more than is left of "
                    + "your " + charge.limit() + " tokens a minute for this model" + lower(charge) + ". Try again in "
                    + retry + " s.";
            case TOKENS -> "This request could use up to " + charge.amount() + " tokens; " + left(refused)
                    + " of " + whose(charge) + label(charge) + " quota of " + charge.limit() + " tokens"
                    + shared(charge) + lower(charge) + ". It resets in " + retry + " s.";
            case USD_MICROS -> "This request could cost up to " + usd(charge.amount()) + "; " + usdLeft(refused)
                    + " of " + whose(charge) + label(charge) + " budget of " + usd(charge.limit()) + shared(charge)
                    + lower(charge) + ". It resets in " + retry + " s.";
        };
        return Refusal.of(429, charge.measure().refusalCode(), message).withHeader("Retry-After", Long.toString(retry));
    }

    private static String left(Admission.Refused refused) {
        return Math.max(0, refused.charge().limit() - refused.used()) + " tokens are left";
    }

    private static String usdLeft(Admission.Refused refused) {
        return usd(Math.max(0, refused.charge().limit() - refused.used())) + " is left";
    }

    private static String whose(QuotaCharge charge) {
        return charge.sharedByTask() ? "the task's " : "your ";
    }

    private static String shared(QuotaCharge charge) {
        return charge.sharedByTask() ? " (shared by everyone working on task '"
                + charge.owner().substring(QuotaCharge.TASK_OWNER_PREFIX.length()) + "'; ask the project owner)" : "";
    }

    private static String lower(QuotaCharge charge) {
        return charge.exceedsLimitOnItsOwn() ? " (lower max_tokens or shorten the prompt)" : "";
    }

    private static String label(QuotaCharge charge) {
        return switch (charge.metric().substring(charge.metric().indexOf(':') + 1)) {
            case "minute" -> "per-minute";
            case "hour" -> "hourly";
            case "day" -> "daily";
            case "week" -> "weekly";
            default -> "monthly";
        };
    }

    private static String usd(long micros) {
        return "USD " + java.math.BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
    }
}
