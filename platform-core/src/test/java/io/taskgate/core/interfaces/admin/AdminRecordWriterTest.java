package io.taskgate.core.interfaces.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.api.admin.CsvOnboardingResult;
import io.taskgate.api.admin.CsvRowResult;
import io.taskgate.api.admin.InvitationView;
import io.taskgate.api.admin.MemberView;
import io.taskgate.api.admin.OnboardedMember;
import io.taskgate.api.admin.TenantView;
import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.application.admin.Views;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.Membership;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminRecordWriterTest {

    final AdminRecordWriter writer = new AdminRecordWriter();
    final Membership grace = new Membership("globex", "grace", "g@x.example", MemberRole.OWNER,
            Instant.parse("2026-12-05T10:30:00Z"));

    /** A field of a {@code List<TenantView>}, for its generic type. */
    List<TenantView> tenants;
    List<String> names;

    JsonNode write(Object answer, Type genericType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(answer, answer.getClass(), genericType, null, null, null, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void aMemberIsWrittenWithEveryFieldAndItsUnsetOnesAsNull() throws IOException {
        JsonNode member = write(Views.of(grace), MemberView.class);
        assertEquals("OWNER", member.get("role").asText());
        assertTrue(member.get("statusReason").isNull(), member.toString());
        assertTrue(member.get("limits").get("dailyTokens").isNull(), member.toString());
        assertEquals(15, member.size());
    }

    @Test
    void anEmailedInvitationLeavesOutTheCodeAndAnOnboardingWithoutInvitationLeavesOutTheInvitation() throws IOException {
        InvitationView emailed = new InvitationView("email", true, "g@x.example", "2026-12-08T10:30:00Z", 72, null, null,
                "Sent.");
        JsonNode invited = write(Views.onboarded(grace, true, true, "INVITED", emailed), OnboardedMember.class);
        assertEquals("g@x.example", invited.get("invitation").get("sentTo").asText());
        assertFalse(invited.get("invitation").has("activationCode"), invited.toString());
        JsonNode linked = write(Views.onboarded(grace, false, true, "ACTIVE", null), OnboardedMember.class);
        assertFalse(linked.has("invitation"), linked.toString());
        assertTrue(linked.get("subject").isNull());
    }

    @Test
    void aCsvRowThatSucceededCarriesNoErrorFields() throws IOException {
        JsonNode result = write(new CsvOnboardingResult(List.of(new CsvRowResult(2, "grace", "linked", null, null, null),
                new CsvRowResult(3, "x", "failed", "invalid_request", "Bad e-mail.", null)), 1, 1), CsvOnboardingResult.class);
        assertEquals("[\"line\",\"username\",\"result\"]", fieldNames(result.get("rows").get(0)));
        assertEquals("invalid_request", result.get("rows").get(1).get("code").asText());
        assertEquals(1, result.get("failed").asLong());
    }

    @Test
    void itWritesAdminRecordsAndListsOfThemButLeavesEveryOtherAnswerToJsonB() throws Exception {
        Type listOfTenants = getClass().getDeclaredField("tenants").getGenericType();
        Type listOfNames = getClass().getDeclaredField("names").getGenericType();
        assertTrue(writer.isWriteable(TenantView.class, TenantView.class, null, null));
        assertTrue(writer.isWriteable(List.class, listOfTenants, null, null));
        assertFalse(writer.isWriteable(List.class, listOfNames, null, null));
        assertFalse(writer.isWriteable(Caller.class, Caller.class, null, null));
        assertFalse(writer.isWriteable(List.class, List.class, null, null));
    }

    static String fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(names).toString();
    }
}
