package io.taskgate.web;

import io.taskgate.api.admin.MyMembership;
import io.taskgate.api.admin.OwnerContact;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a contractor reads about their own access in one tenant, in plain words: what is wrong, why, what to do, and
 * whom to ask. Built from the core's {@code /api/me/memberships} entry (status, reason, suspension end, access expiry,
 * warning, the owners to contact, the tenant's time zone).
 */
public record AccessNotice(String severity, String title, String why, String whatToDo, String contact) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' EEE d MMM yyyy", Locale.ENGLISH);

    public String getSeverity() { return severity; }
    public String getTitle() { return title; }
    public String getWhy() { return why; }
    public String getWhatToDo() { return whatToDo; }
    public String getContact() { return contact; }

    /** The notice for a membership, or empty when access is simply fine. */
    public static Optional<AccessNotice> of(MyMembership m, Instant now) {
        ZoneId zone = zone(m.timeZone());
        String status = String.valueOf(m.status());
        String reason = text(m.statusReason());
        String contact = contact(m.contacts(), text(m.tenantName()));
        String why = reason == null ? "No reason was given." : "Reason given: " + explain(reason);
        switch (status) {
            case "SUSPENDED" -> {
                String until = text(m.suspendedUntil());
                if (until != null && !Instant.parse(until).isAfter(now)) {
                    break; // a suspension past its end no longer applies
                }
                return Optional.of(new AccessNotice("warn", "Your access is suspended"
                        + (until == null ? "." : " until " + when(until, zone) + "."), why,
                        "Your requests in this project are refused until then (403 access_suspended). You do not need "
                                + "to do anything: access comes back by itself at that time. Until then, keep to your "
                                + "assigned tasks when you resume.", contact));
            }
            case "BLOCKED" -> {
                return Optional.of(new AccessNotice("error", "Your access is blocked.", why,
                        "Every request in this project is refused (403 access_blocked) until a project owner reviews "
                                + "it and re-enables you. Write to them: say which task you were working on and what "
                                + "you were asking the model.", contact));
            }
            case "BANNED" -> {
                return Optional.of(new AccessNotice("error", "You are banned from this project.", why,
                        "Your requests in this project are refused for good (403 access_blocked). Only a project owner "
                                + "can change this decision.", contact));
            }
            default -> {
            }
        }
        String expires = text(m.accessExpiresAt());
        if (expires != null && !Instant.parse(expires).isAfter(now)) {
            return Optional.of(new AccessNotice("error", "Your access ended at " + when(expires, zone) + ".",
                    "Your access to this project was granted until then.",
                    "Requests are refused (403 access_expired). Ask a project owner to extend your access if your "
                            + "work is not finished.", contact));
        }
        String warning = text(m.warning());
        if (warning != null) {
            return Optional.of(new AccessNotice("warn", "Warning: some of your requests did not look like your tasks.",
                    warning,
                    "Keep your requests to your assigned tasks (" + String.join(", ", tasks(m)) + "). If this goes on, "
                            + "your access may be suspended or blocked automatically. If the task needs this kind of "
                            + "request, tell a project owner so they can adjust it.", contact));
        }
        if (expires != null && Instant.parse(expires).isBefore(now.plusSeconds(7 * 24 * 3600))) {
            return Optional.of(new AccessNotice("info", "Your access ends at " + when(expires, zone) + ".",
                    "Your access to this project is granted until then.",
                    "Ask a project owner to extend it if you need longer.", contact));
        }
        return Optional.empty();
    }

    /** "resets at 00:00 on Sun 6 Dec 2026, Europe/Berlin time" for an instant the core served. */
    public static String resets(Object instant, Object timeZone) {
        String at = text(instant);
        return at == null ? null : "resets at " + when(at, zone(timeZone));
    }

    /** "13:30 on Sat 5 Dec 2026, Europe/Berlin time". */
    static String when(String instant, ZoneId zone) {
        return ZonedDateTime.ofInstant(Instant.parse(instant), zone).format(WHEN) + ", " + zone.getId() + " time";
    }

    /** The misuse detection's own reason, said for a person. */
    private static String explain(String reason) {
        if (reason.startsWith("deviation score")) {
            return "the gateway's misuse detection found too many requests that did not fit your assigned tasks ("
                    + reason + ").";
        }
        return reason.endsWith(".") ? reason : reason + ".";
    }

    private static String contact(List<OwnerContact> owners, String tenant) {
        List<String> names = new ArrayList<>();
        if (owners != null) {
            for (OwnerContact owner : owners) {
                String email = text(owner.email());
                names.add(owner.username() + (email == null ? "" : " (" + email + ")"));
            }
        }
        String project = tenant == null ? "this project" : tenant;
        return names.isEmpty() ? "Contact the owner of " + project + "."
                : "Contact the owner" + (names.size() > 1 ? "s" : "") + " of " + project + ": " + String.join(", ", names) + ".";
    }

    private static List<String> tasks(MyMembership m) {
        return m.tasks() == null ? List.of() : m.tasks().stream().sorted().toList();
    }

    private static ZoneId zone(Object timeZone) {
        try {
            return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone.toString());
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
