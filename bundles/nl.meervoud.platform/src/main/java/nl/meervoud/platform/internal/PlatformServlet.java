// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.meervoud.auth.api.Authenticator;
import nl.meervoud.auth.api.HttpAanmelding;
import nl.meervoud.platform.api.ModuleInfo;
import nl.meervoud.platform.api.Platform;

/** {@code GET /api/v1/platform}: version, uptime and the Meervoud modules with their states, for anyone logged in. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/platform")
public final class PlatformServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Platform platform;
    private final transient Authenticator authenticator;

    @Activate
    public PlatformServlet(@Reference Platform platform, @Reference Authenticator authenticator) {
        this.platform = platform;
        this.authenticator = authenticator;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Module states hold no personal data: anyone logged in may see them; /health stays open for probes.
        if (HttpAanmelding.principal(authenticator, request, response) == null) {
            return;
        }
        Duration uptime = platform.uptime();
        Json.write(response, new PlatformDocument("Meervoud", platform.version(), uptime.toString(),
                uptime.toSeconds(), Runtime.version().toString(), platform.modules()));
    }

    /** The JSON document; field names are part of the API. */
    record PlatformDocument(String name, String version, String uptime, long uptimeSeconds, String java,
            List<ModuleInfo> modules) {
    }
}
