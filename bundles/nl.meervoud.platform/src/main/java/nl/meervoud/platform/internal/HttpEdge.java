// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.IOException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The edge every request of the platform's HTTP whiteboard passes (issue 12 §1, §6): {@code TRACE} and
 * {@code TRACK} are refused with 405 before any servlet could echo the request, and no answer may be stored by a
 * browser or proxy ({@code Cache-Control: no-store}): answers of the API carry personal data, and the others gain
 * nothing from a cache.
 */
@Component(service = Filter.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_DISPATCHER + "=REQUEST")
@HttpWhiteboardFilterPattern("/*")
public final class HttpEdge implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Cache-Control", "no-store");
        if ("TRACE".equals(req.getMethod()) || "TRACK".equals(req.getMethod())) {
            resp.setStatus(405);
            resp.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            resp.setContentType("application/problem+json");
            resp.getOutputStream().write(Problems.body(405));
            return;
        }
        chain.doFilter(request, response);
    }
}
