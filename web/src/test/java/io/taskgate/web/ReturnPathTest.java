package io.taskgate.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReturnPathTest {

    @Test
    void aConsolePageKeepsItsPathAndQueryButNeverItsHost() {
        assertEquals(Optional.of("/app/owner/member.xhtml?t=acme&u=bob"),
                ReturnPath.of("http://localhost:8081/app/owner/member.xhtml?t=acme&u=bob", ""));
        assertEquals(Optional.of("/app/owner/dashboard.xhtml"),
                ReturnPath.of("https://evil.example/app/owner/dashboard.xhtml", ""), "only the path is ever used");
        assertEquals(Optional.of("/console/app/index.xhtml?t=a%20b"),
                ReturnPath.of("http://localhost/console/app/index.xhtml?t=a%20b", "/console"));
    }

    @Test
    void anythingThatIsNotAConsolePageOfThisApplicationIsRefused() {
        for (String url : new String[]{null, "", "   ", "http://localhost/", "http://localhost/logout",
                "http://localhost/callback?state=x", "http://localhost//evil.example/app/index.xhtml",
                "http://localhost/app//evil.example", "http://localhost/app/../logout",
                "http://localhost/app/%2e%2e/logout", "http://localhost/app/%2fevil.example",
                "http://localhost/app/index.xhtml\r\nSet-Cookie: x=y", "http://localhost/app\\evil.example",
                "http://localhost/app/index.xhtml#top", "not a url at all", "/other/app/index.xhtml"}) {
            assertEquals(Optional.empty(), ReturnPath.of(url, ""), String.valueOf(url));
        }
        assertEquals(Optional.empty(), ReturnPath.of("http://localhost/app/index.xhtml", "/console"),
                "another context's page");
        assertEquals(Optional.empty(), ReturnPath.of(42, ""));
    }
}
