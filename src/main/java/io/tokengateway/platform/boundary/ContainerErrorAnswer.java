package io.tokengateway.platform.boundary;

import io.tokengateway.platform.control.FaultLog;
import io.tokengateway.platform.entity.MillicastEnvelope;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Answers the errors the servlet container makes itself (no such file, a method the Faces servlet refuses, an
 * exception thrown outside JAX-RS) in Millicast's JSON shape; a browser asking for a console page gets the
 * human error page instead. The web.xml error pages send every status here.
 */
@WebServlet(urlPatterns = ContainerErrorAnswer.PATH)
public class ContainerErrorAnswer extends HttpServlet {

    /** Under WEB-INF: the container never serves it to a request, only to its own error dispatch. */
    static final String PATH = "/WEB-INF/error-answer";
    static final String HUMAN_PAGE = "/WEB-INF/error.xhtml";

    private static final Set<String> FACES_METHODS = Set.of("GET", "HEAD", "POST");

    /** The request attribute that names a fault's reference for the human error page. */
    static final String REFERENCE = "io.tokengateway.fault.reference";

    @Inject
    FaultLog faults;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        int status = statusOf(request);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String reference = null;
        if (failure != null) {
            reference = faults.record(failure, request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            request.setAttribute(REFERENCE, reference);
        }
        if (wantsHumanPage(request)) {
            response.setStatus(status);
            request.getRequestDispatcher(HUMAN_PAGE).forward(request, response);
            return;
        }
        byte[] body = envelope(status, reference).toString().getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** {@code {"status":"fail","data":{"message":"Not Found"}}} for 4xx, the error envelope for 5xx. */
    static JsonObject envelope(int status, String reference) {
        String reason = reasonPhrase(status);
        if (status >= 500) {
            return MillicastEnvelope.error(status, reference == null ? reason : reason + ", reference " + reference);
        }
        return MillicastEnvelope.failMessage(reason);
    }

    static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? (status >= 500 ? "Server Error" : "Client Error") : known.getReasonPhrase();
    }

    private static int statusOf(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code && code >= 400 && code < 600 ? code : 500;
    }

    /**
     * Only a browser (it asks for HTML) reading or posting a console page (a Faces view, or the root); APIs and
     * the rest: JSON. Other methods too, since the forward keeps the method, and Faces refuses all but GET and POST.
     */
    static boolean wantsHumanPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains("text/html") || !FACES_METHODS.contains(request.getMethod())) {
            return false;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(Math.min(request.getContextPath().length(), uri.toString().length()));
        return path.equals("/") || path.endsWith(".xhtml");
    }
}
