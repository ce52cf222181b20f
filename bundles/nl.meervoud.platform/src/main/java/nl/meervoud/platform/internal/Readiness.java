// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.runtime.dto.FailedServletDTO;
import org.osgi.service.servlet.runtime.dto.RuntimeDTO;
import org.osgi.service.servlet.runtime.dto.ServletContextDTO;
import org.osgi.service.servlet.runtime.dto.ServletDTO;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import nl.meervoud.platform.api.HealthStatus;
import nl.meervoud.platform.api.Installation;

/**
 * Whether the platform serves what it has installed (issue 11 §5): the framework reached its start level, and every
 * servlet registered for the whiteboard (the case API among them) is deployed by the HTTP runtime. Until then
 * {@code /health} is DOWN with the reason "starting", so that a 200 means the API answers.
 */
final class Readiness {
    private static final String SERVLETS = "(|(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=*)("
            + HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ERROR_PAGE + "=*))";

    private Readiness() {
    }

    /** The start-level check: DOWN while the framework is still raising its start level. */
    static HealthStatus started(BundleContext context) {
        return Installation.starting(context) ? HealthStatus.down("start", "starting: start level " + Installation.startLevels(context))
                : HealthStatus.up("start");
    }

    /** The HTTP check: every whiteboard servlet deployed, none failed. */
    static HealthStatus serving(BundleContext context, HttpServiceRuntime http) {
        if (http == null) {
            return HealthStatus.down("http", "the HTTP runtime is not running");
        }
        RuntimeDTO runtime = http.getRuntimeDTO();
        Set<Long> deployed = new HashSet<>();
        for (ServletContextDTO servletContext : runtime.servletContextDTOs) {
            for (ServletDTO servlet : servletContext.servletDTOs) {
                deployed.add(servlet.serviceId);
            }
            for (org.osgi.service.servlet.runtime.dto.ErrorPageDTO page : servletContext.errorPageDTOs) {
                deployed.add(page.serviceId);
            }
        }
        List<String> problems = new ArrayList<>();
        for (FailedServletDTO failed : runtime.failedServletDTOs) {
            problems.add(describe(failed.patterns, failed.name) + " failed (reason " + failed.failureReason + ")");
            deployed.add(failed.serviceId);
        }
        for (org.osgi.service.servlet.runtime.dto.FailedErrorPageDTO failed : runtime.failedErrorPageDTOs) {
            problems.add("error page " + failed.name + " failed (reason " + failed.failureReason + ")");
            deployed.add(failed.serviceId);
        }
        try {
            ServiceReference<?>[] servlets = context.getServiceReferences(jakarta.servlet.Servlet.class.getName(), SERVLETS);
            for (ServiceReference<?> servlet : servlets == null ? new ServiceReference<?>[0] : servlets) {
                Long id = (Long) servlet.getProperty(Constants.SERVICE_ID);
                if (!deployed.contains(id)) {
                    Object pattern = servlet.getProperty(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN);
                    problems.add("starting: " + describe(pattern instanceof String[] p ? p : pattern == null ? new String[0]
                            : new String[] { pattern.toString() }, null) + " is not yet serving");
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("the servlet filter is constant", e);
        }
        return problems.isEmpty() ? HealthStatus.up("http") : HealthStatus.down("http", String.join("; ", problems));
    }

    private static String describe(String[] patterns, String name) {
        return patterns != null && patterns.length > 0 ? String.join(",", patterns) : name != null ? name : "a servlet";
    }
}
