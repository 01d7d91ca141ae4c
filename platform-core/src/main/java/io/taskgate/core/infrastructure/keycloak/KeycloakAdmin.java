package io.taskgate.core.infrastructure.keycloak;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.Config;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.jboss.resteasy.plugins.providers.FormUrlEncodedProvider;
import org.jboss.resteasy.plugins.providers.JaxrsFormProvider;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The gateway's connection to the Keycloak admin API: one {@link Keycloak} client logged in as the service
 * account of {@link KeycloakAdminSettings#clientId()} (client-credentials grant; the admin client fetches and
 * renews its token), with connect, read and pool timeouts so that an outage fails fast instead of hanging.
 * Configured by {@link KeycloakAdminSettings}. Nothing is contacted before the first call.
 */
@ApplicationScoped
public class KeycloakAdmin implements AutoCloseable {

    private static final int POOL_SIZE = 10;

    private KeycloakAdminSettings settings;
    private Keycloak keycloak;

    /** For CDI's client proxy only. */
    protected KeycloakAdmin() {
    }

    @Inject
    public KeycloakAdmin(Config config) {
        this(KeycloakAdminSettings.from(key -> config.getOptionalValue(key, String.class)));
    }

    public KeycloakAdmin(KeycloakAdminSettings settings) {
        this.settings = settings;
        long connect = settings.connectTimeout().toMillis();
        long read = settings.readTimeout().toMillis();
        ResteasyClientBuilderImpl http = withApplicationClassLoader(ResteasyClientClassicProvider::createClientBuilder);
        for (Class<?> provider : new Class<?>[]{JaxrsFormProvider.class, FormUrlEncodedProvider.class}) {
            if (!http.getConfiguration().isRegistered(provider)) {
                http.register(provider);
            }
        }
        http.connectionPoolSize(POOL_SIZE)
                .connectTimeout(connect, TimeUnit.MILLISECONDS)
                .readTimeout(read, TimeUnit.MILLISECONDS)
                .connectionCheckoutTimeout(connect, TimeUnit.MILLISECONDS)
                .register(JacksonProvider.class, 100);
        this.keycloak = withApplicationClassLoader(() -> KeycloakBuilder.builder()
                .serverUrl(settings.serverUrl())
                .realm(settings.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .resteasyClient(http.build())
                .build());
    }

    /**
     * Builds with this application's class loader as the thread's context class loader, and the client gets the form
     * and JSON providers registered explicitly. RESTEasy looks up its built-in providers through the calling thread's
     * context class loader: built or first used from a thread that does not see the WAR (a health check, a managed
     * executor), the client lacked the form writer, and every token request failed with "RESTEASY003215: could not
     * find writer for content-type application/x-www-form-urlencoded" until a restart.
     */
    static <T> T withApplicationClassLoader(Supplier<T> build) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KeycloakAdmin.class.getClassLoader());
        try {
            return build.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public KeycloakAdminSettings settings() {
        return settings;
    }

    /** The managed realm's admin API. */
    public RealmResource realm() {
        return keycloak.realm(settings.realm());
    }

    /**
     * Runs {@code call} against the admin API, translating transport failures and unexpected statuses
     * ({@link KeycloakErrors}); {@code action} names what was being done, for the message.
     */
    public <T> T call(String action, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            if (e.getCause() instanceof WebApplicationException w) { // the token request failed
                throw KeycloakErrors.answered(w, action, settings.clientId());
            }
            throw KeycloakErrors.unreachable(settings.serverUrl(), action, e);
        } catch (WebApplicationException e) {
            throw KeycloakErrors.answered(e, action, settings.clientId());
        }
    }

    @PreDestroy
    @Override
    public void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
