package io.taskgate.core.interfaces.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.taskgate.api.admin.CsvRowResult;
import io.taskgate.api.admin.DecisionView;
import io.taskgate.api.admin.HourlyActivity;
import io.taskgate.api.admin.IntentMix;
import io.taskgate.api.admin.IntentTimeline;
import io.taskgate.api.admin.InvitationView;
import io.taskgate.api.admin.MemberEvidence;
import io.taskgate.api.admin.MemberStanding;
import io.taskgate.api.admin.Outlook;
import io.taskgate.api.admin.PluginStatus;
import io.taskgate.api.admin.RequestLogPage;
import io.taskgate.api.admin.RequestRow;
import io.taskgate.api.admin.ReviewCaseView;
import io.taskgate.api.admin.ScorePoint;
import io.taskgate.api.admin.SignalView;
import io.taskgate.api.admin.TenantOversight;
import io.taskgate.api.spi.ConfigProperty;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;

/**
 * Writes the admin API's records ({@code io.taskgate.api.admin}, alone or in a list) the way the admin API always
 * answered: every component in declaration order, null as JSON null, except the parts of an invitation that do not
 * apply (its {@code sentTo}, {@code activationCode}, {@code activationUrl}, and an invitation that did not go out)
 * and the absent parts of a CSV row's result, which are left out. The misuse and oversight answers
 * ({@link #AS_JSON_B_WROTE_THEM}) keep the shape JSON-B gave them before they were admin records: absent parts left
 * out, properties in alphabetical order. The records carry no annotations (platform-api has no dependencies), so the
 * rules live here.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
// ahead of the runtime's JSON-B writer, which is as writeable for a record: without a priority Jersey's choice between
// the two is a tie, decided by registration order, and one deployment in several wrote the records with JSON-B
// (nulls left out: an unrevoked key without "revokedAt", a lifted quota as {})
@Priority(Priorities.ENTITY_CODER)
public class AdminRecordWriter implements MessageBodyWriter<Object> {

    static final String PACKAGE = InvitationView.class.getPackageName();

    /** The records written as JSON-B wrote them: nulls left out, properties in alphabetical order. */
    static final List<Class<?>> AS_JSON_B_WROTE_THEM = List.of(ReviewCaseView.class, SignalView.class,
            DecisionView.class, MemberEvidence.class, Outlook.class, ScorePoint.class, IntentMix.class,
            HourlyActivity.class, HourlyActivity.Hour.class, TenantOversight.class, IntentTimeline.class,
            IntentTimeline.TaskSeries.class, MemberStanding.class, RequestLogPage.class, RequestRow.class,
            PluginStatus.class, ConfigProperty.class);

    static final ObjectMapper JSON = mapper();

    /** The annotations that {@link #AS_JSON_B_WROTE_THEM} would carry, mixed in. */
    @JsonPropertyOrder(alphabetic = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private interface AsJsonB {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the container closes the stream
        JsonInclude.Value absentLeftOut = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.NON_NULL);
        mapper.configOverride(InvitationView.class).setInclude(absentLeftOut).setIncludeAsProperty(absentLeftOut);
        mapper.configOverride(CsvRowResult.class).setInclude(absentLeftOut);
        AS_JSON_B_WROTE_THEM.forEach(type -> mapper.addMixIn(type, AsJsonB.class));
        return mapper;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        if (isAdminRecord(type)) {
            return true;
        }
        return Collection.class.isAssignableFrom(type) && genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element && isAdminRecord(element);
    }

    static boolean isAdminRecord(Class<?> type) {
        return type.isRecord() && type.getPackageName().equals(PACKAGE);
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        JSON.writeValue(body, answer);
    }
}
