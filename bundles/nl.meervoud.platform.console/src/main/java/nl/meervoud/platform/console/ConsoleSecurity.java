// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.console;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.felix.webconsole.spi.SecurityProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards the Felix Web Console with the credential configured under PID {@value #PID}. The launcher makes the
 * console require this provider ({@code felix.webconsole.security.providers=meervoud}), so the console's own
 * admin/admin default never applies. Without a configured credential every login is refused.
 */
@Component(service = SecurityProvider.class, configurationPid = ConsoleSecurity.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = SecurityProvider.PROPERTY_ID + "=meervoud")
@Designate(ocd = ConsoleSecurity.Config.class)
public final class ConsoleSecurity implements SecurityProvider {
    /** The configuration PID (file {@code etc/nl.meervoud.platform.console.cfg}). */
    public static final String PID = "nl.meervoud.platform.console";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSecurity.class);

    /** The operator credential for the Web Console. */
    @ObjectClassDefinition(name = "Meervoud web console access",
            description = "The operator credential for the Felix Web Console at /system/console.")
    public @interface Config {
        /** The operator's user name. */
        @AttributeDefinition(name = "User name")
        String username() default "";

        /** The password hash as printed by the shell command meervoud:consolePassword. */
        @AttributeDefinition(name = "Password hash", description = "pbkdf2-sha256$… as printed by meervoud:consolePassword")
        String password_hash() default "";
    }

    private volatile Config config;
    private final Set<String> verified = ConcurrentHashMap.newKeySet();

    @Activate
    public ConsoleSecurity(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.config = config;
        verified.clear();
        if (config.username().isBlank() || config.password_hash().isBlank()) {
            LOG.warn("Web console locked: no operator credential configured (PID {}). "
                    + "Set one with the shell command meervoud:consolePassword.", PID);
        }
    }

    @Override
    public Object authenticate(HttpServletRequest request, HttpServletResponse response) {
        String header = request.getHeader("Authorization");
        Config current = config;
        if (header != null && header.startsWith("Basic ") && !current.username().isBlank()) {
            String token = header.substring(6).trim();
            if (verified.contains(token)) {
                return current.username();
            }
            String decoded = decode(token);
            int colon = decoded.indexOf(':');
            if (colon > 0 && decoded.substring(0, colon).equals(current.username())
                    && PasswordHash.matches(decoded.substring(colon + 1).toCharArray(), current.password_hash())) {
                if (verified.size() < 16) {
                    verified.add(token);
                }
                return current.username();
            }
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Meervoud operator console\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return null;
    }

    @Override
    public boolean authorize(Object user, String role) {
        return user != null;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response) {
        // Basic authentication has no server-side session to end.
    }

    private static String decode(String token) {
        try {
            return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
