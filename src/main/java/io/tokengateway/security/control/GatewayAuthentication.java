package io.tokengateway.security.control;

import io.tokengateway.security.entity.ApiKey;
import io.tokengateway.security.entity.ApiKeyPrincipal;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.LoginOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Finds out who is calling, on every request: a program by {@code Authorization: Bearer <API key>}, an admin
 * script by HTTP Basic, a person by the session the login page started. Nobody is refused here: an unknown or
 * missing credential leaves the request anonymous, and the access rules of each route decide (401 or the login page).
 */
@ApplicationScoped
public class GatewayAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute holding the {@link CallerIdentity} this mechanism established. */
    public static final String CALLER = "tokengateway.caller";
    /** Request attribute set when the caller used a session cookie rather than an Authorization header. */
    public static final String BY_SESSION = "tokengateway.bySession";
    static final String SESSION_USER = "tokengateway.user";

    @Inject
    ApiKeyRegistry keys;

    @Inject
    PasswordLogin logins;

    @Inject
    UserDirectory users;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String address = request.getRemoteAddr();
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential login) {
            return formLogin(request, context, login, address);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return byHeader(request, context, authorization.strip(), address);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String name) {
            Optional<GatewayUser> user = users.find(name).filter(u -> !u.isDisabled());
            if (user.isPresent()) {
                request.setAttribute(BY_SESSION, Boolean.TRUE);
                return asPerson(request, context, user.get(), address);
            }
            session.invalidate();
        }
        request.setAttribute(CALLER, CallerIdentity.anonymous(address));
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential login, String address) {
        LoginOutcome outcome = logins.attempt(login.getCaller(), login.getPasswordAsString(), address, true);
        if (!outcome.succeeded()) {
            request.setAttribute(CALLER, CallerIdentity.anonymous(address));
            request.setAttribute(LoginOutcome.class.getName(), outcome);
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId(); // no session fixation
        request.getSession().setAttribute(SESSION_USER, outcome.user().orElseThrow().getName());
        return asPerson(request, context, outcome.user().orElseThrow(), address);
    }

    private AuthenticationStatus byHeader(HttpServletRequest request, HttpMessageContext context,
            String authorization, String address) {
        if (startsWith(authorization, "Bearer ")) {
            Optional<ApiKey> key = keys.verify(authorization.substring(7));
            if (key.isPresent()) {
                ApiKey k = key.get();
                request.setAttribute(CALLER, CallerIdentity.apiKey(k.getId(), k.getLabel(), k.getRole(), address));
                return context.notifyContainerAboutLogin(new ApiKeyPrincipal(k.getId(), k.getLabel()), k.getRole().groups());
            }
        } else if (startsWith(authorization, "Basic ")) {
            Optional<String[]> pair = basic(authorization.substring(6));
            if (pair.isPresent()) {
                LoginOutcome outcome = logins.attempt(pair.get()[0], pair.get()[1], address, false);
                if (outcome.succeeded()) {
                    return asPerson(request, context, outcome.user().orElseThrow(), address);
                }
            }
        }
        request.setAttribute(CALLER, CallerIdentity.anonymous(address));
        return context.doNothing();
    }

    private static AuthenticationStatus asPerson(HttpServletRequest request, HttpMessageContext context,
            GatewayUser user, String address) {
        request.setAttribute(CALLER, CallerIdentity.person(user.getName(), user.getRole(), address));
        return context.notifyContainerAboutLogin(user.getName(), user.getRole().groups());
    }

    private static Optional<String[]> basic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
