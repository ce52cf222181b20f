// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.io.IOException;
import java.io.InputStream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.meervoud.auth.api.Authenticator;
import nl.meervoud.auth.api.HttpAanmelding;
import nl.meervoud.privacy.api.PrivacyKernel;

/**
 * {@code POST /api/v1/privacy/explain}: the kernel's decision for a request, with its rule trail, without
 * processing anything (nothing is logged), for anyone logged in. Bad input is a 400 problem+json naming the field.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/privacy/explain")
public final class ExplainServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = 64 * 1024;

    private final transient PrivacyKernel kernel;
    private final transient Authenticator authenticator;
    /** The request attribute with the caller's municipality, set once the caller is known. */
    private static final String GEMEENTE = ExplainServlet.class.getName() + ".gemeente";

    @Activate
    public ExplainServlet(@Reference PrivacyKernel kernel, @Reference Authenticator authenticator) {
        this.kernel = kernel;
        this.authenticator = authenticator;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            problem(response, 413, "Verzoek te groot", "Een verzoek is hooguit " + MAX_BODY + " bytes.");
            return;
        }
        try {
            // As the caller's municipality meets the law: without the modules it switched off (issue 10 §3).
            var decision = kernel.voorGemeente((String) request.getAttribute(GEMEENTE)).explain(RequestJson.request(JsonRules.MAPPER.readTree(body)));
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            JsonRules.MAPPER.writeValue(response.getOutputStream(), RequestJson.decision(decision));
        } catch (JsonProcessingException e) {
            problem(response, 400, "Ongeldige JSON", "De body is geen geldige JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            problem(response, 400, "Ongeldig verzoek", e.getMessage());
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws jakarta.servlet.ServletException, IOException {
        var principal = HttpAanmelding.principal(authenticator, request, response);
        if (principal == null) { // anyone logged in may ask what the law says
            return;
        }
        request.setAttribute(GEMEENTE, principal.gemeente());
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            problem(response, 405, "Methode niet toegestaan", "Gebruik POST met een verzoek als JSON.");
            return;
        }
        super.service(request, response);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        Probleem.write(response, status, title, detail, null);
    }
}
