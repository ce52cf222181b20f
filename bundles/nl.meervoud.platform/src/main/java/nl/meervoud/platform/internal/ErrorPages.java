// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.IOException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The whiteboard's error pages: every 4xx and 5xx that reaches the servlet container without a body of its own (no
 * matching servlet, a container refusal) is answered as problem+json instead of Jetty's HTML page. Answers the API
 * writes itself are untouched.
 */
@Component(service = Servlet.class, property = { HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ERROR_PAGE + "=4xx",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ERROR_PAGE + "=5xx" })
public final class ErrorPages extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        response.setStatus(Problems.status(status));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.getOutputStream().write(Problems.body(status));
    }
}
