// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.meervoud.platform.api.HealthReport;
import nl.meervoud.platform.api.Platform;

/**
 * {@code GET /health} and {@code /health/ready}: readiness, 200 while the core serves (UP or DEGRADED: started, every
 * installed feature's servlets deployed, the case API included), 503 with the reasons when it does not.
 * {@code GET /health/live}: liveness, 200 whenever the process answers HTTP at all (for a supervisor that restarts
 * a hung process, never one that is still starting or refuses to start on a lost database).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/health", "/health/ready", "/health/live" })
public final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Platform platform;

    @Activate
    public HealthServlet(@Reference Platform platform) {
        this.platform = platform;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/health/live".equals(request.getServletPath())) {
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":\"LIVE\"}");
            return;
        }
        HealthReport report = platform.health();
        response.setStatus(report.serving() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(HealthJson.render(report));
    }
}
