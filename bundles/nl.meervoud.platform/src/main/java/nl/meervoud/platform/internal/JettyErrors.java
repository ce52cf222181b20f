// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.felix.http.jetty.ConnectorFactory;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.osgi.service.component.annotations.Component;

/**
 * What Jetty refuses before any servlet sees it (a malformed request line, a URI or headers too long, a bad chunk)
 * is answered as problem+json too, not as Jetty's HTML page (issue 12 §1), and without echoing the request (a
 * request line can hold a BSN).
 *
 * <p>Felix HTTP Jetty offers no setting for the server's error handler; its {@link ConnectorFactory} extension
 * point is the one place that is handed the {@link Server}. This factory installs the handler there and contributes
 * a {@link LocalConnector}, Jetty's in-memory connector, which opens no socket. Felix calls it again for every
 * server it (re)creates.
 *
 * <p>Felix must meet this factory only once its server is up: while starting, it computes the runtime's endpoint
 * properties from every connector it then has and refuses any that is not a socket connector ("Connection instance
 * not of type ServerConnector"), and the whole HTTP runtime then stays down. The launcher starts bundles side by
 * side, so the factory came first now and then (a load run met it: no /health, no /api/v1). It is therefore offered
 * only while the servlet runtime is registered, which Felix does after those properties are computed; when Felix
 * restarts its server the runtime goes, this factory with it, and both come back in that order.
 */
@Component(service = ConnectorFactory.class)
public final class JettyErrors implements ConnectorFactory {
    /** Held only to order this factory after the runtime (see above); never called. */
    @org.osgi.service.component.annotations.Reference
    private org.osgi.service.servlet.runtime.HttpServiceRuntime runtime;

    @Override
    public Connector createConnector(Server server) {
        server.setErrorHandler(new ProblemErrorHandler());
        return new LocalConnector(server);
    }

    /** Jetty's server-wide error handler, writing RFC 9457 problem+json. */
    static final class ProblemErrorHandler extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
                throws IOException {
            response.setStatus(Problems.status(code));
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.write(true, ByteBuffer.wrap(Problems.body(code)), callback);
        }
    }
}
