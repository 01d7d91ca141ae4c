package io.taskgate.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Payara Micro fixture when another process holds its port: it lives in this module, which has the Payara Micro
 * jar, and in the fixture's package, to hand it the ports it picks.
 */
class PayaraServerPortIT {

    private static final String PAGE = "<p>port test</p>";

    @TempDir
    Path tmp;

    @Test
    void startsAgainOnANewPortWhenAnotherProcessTookItsPortFirst() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AtomicInteger choices = new AtomicInteger();
            try (PayaraServer payara = options().port(0)
                    .ports(() -> choices.getAndIncrement() == 0 ? squatter.getLocalPort() : Ports.free()).start()) {
                assertNotEquals(squatter.getLocalPort(), payara.port());
                assertEquals(2, choices.get(), "ports chosen");
                HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(payara.baseUrl() + "/index.html")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(PAGE, page.body());
            }
        }
    }

    @Test
    void aPortGivenByTheCallerAndTakenFailsAsSoonAsPayaraGivesUp() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PortTakenException failure = assertThrows(PortTakenException.class,
                    () -> options().port(squatter.getLocalPort()).start());
            // not "did not serve the gateway within 420 s": Payara logs its failure and keeps running
            assertTrue(failure.getMessage().startsWith("Payara Micro could not start"), failure.getMessage());
            assertTrue(failure.getMessage().contains("a port it listens on was taken (Address already in use; HTTP port "
                    + squatter.getLocalPort() + ")"), failure.getMessage());
        }
    }

    private PayaraServer.Options options() throws IOException {
        return PayaraServer.options()
                .payaraJar(Path.of(System.getProperty("taskgate.payara.jar")))
                .war(war())
                .workDir(tmp.resolve("payara"))
                .jvmArg("-Xmx256m")
                .readyWhen("/index.html", 200);
    }

    private Path war() throws IOException {
        Path war = tmp.resolve("port-test.war");
        if (!Files.exists(war)) {
            try (OutputStream file = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(file)) {
                zip.putNextEntry(new ZipEntry("index.html"));
                zip.write(PAGE.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return war;
    }
}
