// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.console;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code meervoud:consolePassword <user> <password>}: stores a hashed operator credential for the Web
 * Console in ConfigAdmin (persisted under {@code data/config}).
 */
@Component(service = ConsoleCommands.class, property = {
        "osgi.command.scope=meervoud",
        "osgi.command.function=consolePassword" })
public final class ConsoleCommands {

    private final ConfigurationAdmin configAdmin;

    @Activate
    public ConsoleCommands(@Reference ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    /** Sets the Web Console credential; only its hash is stored. */
    public String consolePassword(String username, String password) throws IOException {
        if (username.isBlank() || password.length() < 12) {
            return "Refused: give a user name and a password of at least 12 characters.";
        }
        Configuration configuration = configAdmin.getConfiguration(ConsoleSecurity.PID, "?");
        Dictionary<String, Object> properties = configuration.getProperties();
        if (properties == null) {
            properties = new Hashtable<>();
        }
        properties.put("username", username);
        properties.put("password.hash", PasswordHash.hash(password.toCharArray()));
        configuration.update(properties);
        return "Web console credential for `" + username + "` stored (hashed).";
    }
}
