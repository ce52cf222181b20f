// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.launcher;

/** The {@code --help} text. */
final class Help {
    static final String TEXT = """
            Usage: java [-Dname=value ...] -jar meervoud.jar

            Starts Meervoud in the current directory (or -Dmeervoud.home=DIR) with
              etc/      configuration (ConfigAdmin .cfg files, meervoud.properties, logging.properties)
              deploy/   hot-deploy directory: drop a bundle jar to install it, delete it to uninstall
              data/     framework cache and persistent data

            Settings, the later winning: the distribution's defaults, etc/meervoud.properties,
            environment variables, -D system properties.
              HTTP port   meervoud.http.port / MEERVOUD_HTTP_PORT   (default 8080)
              any framework property: MEERVOUD_PROP_<name with _ for .>  or  -D<name>

            Console: the Gogo shell runs on the terminal when there is one (try `meervoud:health`);
            the web console is at /system/console once a credential is set with meervoud:consolePassword.
            """;

    private Help() {
    }
}
