package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.ScorePoint;
import io.taskgate.core.domain.model.misuse.MisuseEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The score over time, rebuilt from the evidence: after each scored request the score stands at that request's
 * {@code scoreAfter}; an owner's re-enabling sets it to zero; in between it decays with the policy's half-life
 * (drawn with a few points per stretch, so the line curves). The last point is the score now.
 */
public final class ScoreHistory {

    /** Points drawn on each stretch of decay between two changes, or from the last change to now. */
    static final int DECAY_STEPS = 6;

    private ScoreHistory() {
    }

    private record Change(Instant at, double scoreAfter, boolean signal) {
    }

    /** A point of the line while it is drawn; {@link ScorePoint} is what the answer carries. */
    private record Point(Instant at, double score, boolean signal) {
        ScorePoint view() {
            return new ScorePoint(at.toString(), score, signal);
        }
    }

    /**
     * @param events the member's scored signals (any order)
     * @param resets when owners re-enabled the member (score reset to zero)
     */
    public static List<ScorePoint> of(List<MisuseEvent> events, List<Instant> resets, double halfLifeHours, Instant now,
                                      double scoreNow) {
        List<Change> changes = new ArrayList<>();
        events.forEach(e -> changes.add(new Change(e.at(), SignalViews.round(e.scoreAfter()), true)));
        resets.forEach(r -> changes.add(new Change(r, 0, false)));
        changes.sort(Comparator.comparing(Change::at));
        List<Point> points = new ArrayList<>();
        Point last = null;
        for (Change change : changes) {
            if (change.at().isAfter(now)) {
                continue;
            }
            if (last != null && last.at().equals(change.at())) {
                // several signals of one request: one point at the highest score after them
                last = new Point(last.at(), change.signal() ? Math.max(last.score(), change.scoreAfter()) : 0,
                        last.signal() || change.signal());
                points.set(points.size() - 1, last);
                continue;
            }
            if (last != null) {
                decay(points, last, change.at(), halfLifeHours);
            }
            last = new Point(change.at(), change.scoreAfter(), change.signal());
            points.add(last);
        }
        if (last != null && now.isAfter(last.at())) {
            decay(points, last, now, halfLifeHours);
        }
        points.add(new Point(now, SignalViews.round(scoreNow), false));
        return points.stream().map(Point::view).toList();
    }

    /** Points of the decay from {@code from} up to just before {@code until}. */
    private static void decay(List<Point> points, Point from, Instant until, double halfLifeHours) {
        if (from.score() == 0) {
            return;
        }
        long millis = Duration.between(from.at(), until).toMillis();
        for (int step = 1; step <= DECAY_STEPS; step++) {
            long at = step == DECAY_STEPS ? millis - 1 : millis * step / DECAY_STEPS;
            if (at <= 0) {
                continue;
            }
            double hours = at / 3_600_000.0;
            points.add(new Point(from.at().plusMillis(at),
                    SignalViews.round(from.score() * Math.pow(0.5, hours / halfLifeHours)), false));
        }
    }
}
