package io.taskgate.devstack;

import java.nio.file.Path;

/** What the demo prints once everything runs: URLs, accounts, and a first call to try. */
final class DemoBanner {

    private DemoBanner() {
    }

    static String text(String gateway, String web, KeycloakServer keycloak, String upstream, Path home, String mailbox) {
        return """

                ================================================================
                 Taskgate is running
                ================================================================
                 Web console     : %6$s      (sign in with a demo account)
                 OpenAI base URL : %1$s/v1        (header X-Task-Id required)
                 Admin API       : %1$s/api       (OpenAPI at %1$s/openapi)
                 Health, metrics : %1$s/health/ready   %1$s/metrics
                 Keycloak        : %2$s  (admin console: admin / admin)
                 Upstream        : %3$s
                 Demo mailbox    : %7$s   (invitation e-mails of onboarded people)
                 Data, logs      : %4$s

                 Demo accounts (realm taskgate)
                   operator / operator-pass   platform admin
                   alice    / alice-pass      owner of tenant acme
                   bob      / bob-pass        contractor, acme: tasks acme-checkout, acme-docs
                   carol    / carol-pass      contractor, acme: task acme-docs (chat only)
                   grace    / grace-pass      owner of tenant globex
                   heidi    / heidi-pass      contractor, globex: task globex-etl
                   ivan     / ivan-pass       contractor, globex: task globex-infra (chat only)
                   quinn    / quinn-pass      contractor, globex: task globex-etl, daily quota of 2000 tokens

                 Try it:
                   TOKEN=$(curl -s -d grant_type=password -d client_id=taskgate-cli \\
                     -d username=bob -d password=bob-pass \\
                     %5$s | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                   curl -s %1$s/v1/chat/completions -H "Authorization: Bearer $TOKEN" \\
                     -H "X-Task-Id: acme-checkout" -H "Content-Type: application/json" \\
                     -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Write a unit test for the cart total when a coupon is applied"}]}'

                 Stop with Ctrl-C.
                ================================================================
                """.formatted(gateway, keycloak.baseUrl(), upstream, home, keycloak.tokenEndpoint(), web, mailbox);
    }
}
