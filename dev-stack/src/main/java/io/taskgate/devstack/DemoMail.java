package io.taskgate.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.taskgate.simulator.HttpServers;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real SMTP server in this process (GreenMail, on 127.0.0.1) that accepts every message for every address, and a
 * tiny HTTP page that lists what arrived, newest first: the demo's and the tests' mailbox for Keycloak's invitation
 * e-mails. Nothing leaves the machine.
 */
public final class DemoMail implements AutoCloseable {

    /** One received message: first recipient, subject and its plain text (the HTML part's text when it has none). */
    public record Mail(String to, String subject, String text) {

        private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

        /** The first link in the text that contains {@code fragment}, e.g. {@code login-actions/action-token}. */
        public Optional<String> link(String fragment) {
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String url = m.group().replace("&amp;", "&");
                if (url.contains(fragment)) {
                    return Optional.of(url);
                }
            }
            return Optional.empty();
        }
    }

    private final GreenMail smtp;
    private final HttpServer view;

    private DemoMail(GreenMail smtp, HttpServer view) {
        this.smtp = smtp;
        this.view = view;
    }

    /** Starts SMTP on {@code smtpPort} and the mailbox page on {@code viewPort} (0: a free port for either). */
    public static DemoMail start(int smtpPort, int viewPort) {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort == 0 ? Ports.free() : smtpPort, "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            HttpServer view = HttpServers.create(new InetSocketAddress("127.0.0.1", viewPort == 0 ? Ports.free() : viewPort), 0);
            DemoMail mail = new DemoMail(smtp, view);
            view.createContext("/", exchange -> {
                byte[] page = mail.page().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
            });
            view.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "demo-mail-view");
                t.setDaemon(true);
                return t;
            }));
            view.start();
            return mail;
        } catch (IOException e) {
            smtp.stop();
            throw new UncheckedIOException("The demo mailbox page could not start", e);
        }
    }

    public String smtpHost() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    /** The mailbox page, e.g. {@code http://localhost:8025/}. */
    public String viewUrl() {
        return "http://localhost:" + view.getAddress().getPort() + "/";
    }

    /** Everything received so far, oldest first. */
    public List<Mail> messages() {
        return Arrays.stream(smtp.getReceivedMessages()).map(DemoMail::mail).toList();
    }

    /** The newest message to {@code address} that arrives within {@code timeout}, or an exception. */
    public Mail awaitMessageTo(String address, int alreadySeen, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Mail> to = messages().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
            if (to.size() > alreadySeen) {
                return to.get(to.size() - 1);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for mail to " + address, e);
            }
        }
        throw new IllegalStateException("No mail to " + address + " arrived within " + timeout.toSeconds() + " s; got: "
                + messages().stream().map(m -> m.to() + " '" + m.subject() + "'").toList());
    }

    /** How many messages to {@code address} arrived so far. */
    public int countTo(String address) {
        return (int) messages().stream().filter(m -> m.to().equalsIgnoreCase(address)).count();
    }

    private String page() {
        List<Mail> all = new ArrayList<>(messages());
        java.util.Collections.reverse(all);
        String items = all.isEmpty() ? "<p>No mail yet. Onboard someone in the console (owner, Onboarding).</p>"
                : all.stream().map(m -> "<article><h2>" + escape(m.subject()) + "</h2><p>To: " + escape(m.to())
                + "</p><pre>" + linkify(escape(m.text())) + "</pre></article>").collect(Collectors.joining("\n"));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Taskgate demo mailbox</title>"
                + "<style>body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}"
                + "pre{white-space:pre-wrap;background:#f4f4f4;padding:.5rem}</style></head><body>"
                + "<h1>Taskgate demo mailbox</h1><p>Every e-mail the demo's Keycloak sent (SMTP on " + smtpHost() + ":"
                + smtpPort() + "), newest first. Reload to see new ones.</p>" + items + "</body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String linkify(String escaped) {
        return escaped.replaceAll("(https?://[^\\s&<>]+(?:&amp;[^\\s&<>]+)*)", "<a href=\"$1\">$1</a>");
    }

    private static Mail mail(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            String text = text(message).orElse("");
            return new Mail(to == null || to.length == 0 ? "" : to[0].toString(),
                    message.getSubject() == null ? "" : message.getSubject(), text);
        } catch (MessagingException | IOException e) {
            return new Mail("", "(unreadable message: " + e.getMessage() + ")", "");
        }
    }

    private static Optional<String> text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return Optional.of(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType("text/html") && html == null) {
                    html = String.valueOf(body.getContent());
                    continue;
                }
                Optional<String> text = text(body);
                if (text.isPresent()) {
                    return text;
                }
            }
            return Optional.ofNullable(html).map(h -> h.replaceAll("<[^>]+>", " "));
        }
        if (part.isMimeType("text/html")) {
            return Optional.of(String.valueOf(part.getContent()).replaceAll("<[^>]+>", " "));
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        view.stop(0);
        smtp.stop();
    }
}
