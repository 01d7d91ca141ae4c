package io.taskgate.devstack;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoMailTest {

    @Test
    void aMessageSentOverSmtpIsReceivedItsLinkFoundAndListedOnTheMailboxPage() throws Exception {
        try (DemoMail mail = DemoMail.start(0, 0)) {
            Properties props = new Properties();
            props.put("mail.smtp.host", mail.smtpHost());
            props.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress("taskgate@taskgate.example"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("dave@x.example"));
            message.setSubject("Update Your Account");
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Click http://localhost:1/realms/taskgate/login-actions/action-token?key=abc.def&client_id=x to set up.");
            MimeBodyPart html = new MimeBodyPart();
            html.setContent("<p><a href=\"http://elsewhere\">link</a></p>", "text/html");
            message.setContent(new MimeMultipart("alternative", text, html));
            Transport.send(message);

            DemoMail.Mail received = mail.awaitMessageTo("dave@x.example", 0, Duration.ofSeconds(10));
            assertEquals("Update Your Account", received.subject());
            assertEquals("http://localhost:1/realms/taskgate/login-actions/action-token?key=abc.def&client_id=x",
                    received.link("login-actions/action-token").orElseThrow());
            assertEquals(1, mail.countTo("DAVE@x.example"));

            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(mail.viewUrl()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Update Your Account"), page.body());
            assertTrue(page.body().contains("<a href=\"http://localhost:1/realms/taskgate/login-actions/action-token?key=abc.def&amp;client_id=x\">"),
                    page.body());
        }
    }
}
