package news.akhbar.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import news.akhbar.common.problem.ProblemType;

/**
 * Rate limits of the public API per client address (the proxy's forwarded address when {@code quarkus.http.proxy.*}
 * trusts it). Anonymous requests are counted before anything else, cached answers included; a request with a
 * token is counted once its token has been checked, unless it is a staff member's.
 */
@ApplicationScoped
public class PublicRateLimits {

    private static final String PENDING = "akhbar.rate-limit.pending";

    @Inject
    Instance<RateLimitConfig> config;

    @Inject
    RateLimiter limiter;

    @Inject
    CurrentVertxRequest current;

    @Inject
    Instance<SecurityIdentity> identity;

    // After HttpFilters (100: CORS, 405, size), before the response cache (90).
    @RouteFilter(95)
    void limit(RoutingContext context) {
        RateLimiter.Policy policy = policy(context);
        if (policy == null) {
            context.next();
            return;
        }
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            context.put(PENDING, policy);
            context.next();
            return;
        }
        if (admit(context, policy)) {
            context.next();
        }
    }

    /** Requests that name a token, once Quarkus has authenticated them. */
    @ServerRequestFilter
    public void limitAuthenticated(ContainerRequestContext request) {
        RoutingContext context = current.getCurrent();
        RateLimiter.Policy policy = context == null ? null : context.get(PENDING);
        if (policy == null) {
            return;
        }
        context.remove(PENDING);
        SecurityIdentity who = identity.get();
        if (config.get().exemptStaff() && !who.isAnonymous()) {
            return;
        }
        RateLimiter.Decision decision = limiter.take(policy, address(context));
        headers(context, decision);
        if (!decision.allowed()) {
            request.abortWith(Response.status(429)
                    .header(HttpHeaders.RETRY_AFTER, decision.reset())
                    .type("application/problem+json")
                    .entity(HttpFilters.problemJson(context, ProblemType.TOO_MANY_REQUESTS, detail(decision)))
                    .build());
        }
    }

    private RateLimiter.Policy policy(RoutingContext context) {
        String path = context.normalizedPath();
        if (!config.get().enabled() || !ApiPaths.isPublic(path)) {
            return null;
        }
        HttpMethod method = context.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return RateLimiter.Policy.READS;
        }
        // WordPress's comment route answers floods in WordPress's shape (comment_flood), from the comment rules'
        // own per-address limit; this quota's problem would lack the members WordPress clients read.
        return method == HttpMethod.POST && path.endsWith("/comments") && !path.startsWith("/wp-json/")
                ? RateLimiter.Policy.COMMENTS
                : null;
    }

    private boolean admit(RoutingContext context, RateLimiter.Policy policy) {
        RateLimiter.Decision decision = limiter.take(policy, address(context));
        headers(context, decision);
        if (decision.allowed()) {
            return true;
        }
        context.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.reset()));
        HttpFilters.problem(context, ProblemType.TOO_MANY_REQUESTS, detail(decision));
        return false;
    }

    private static void headers(RoutingContext context, RateLimiter.Decision decision) {
        context.response().putHeader("RateLimit-Policy", decision.policyHeader());
        context.response().putHeader("RateLimit", decision.limitHeader());
    }

    private static String address(RoutingContext context) {
        var remote = context.request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }

    private static String detail(RateLimiter.Decision decision) {
        return "More than " + decision.quota() + " requests (" + decision.policy().name + ") in "
                + decision.windowSeconds() + " s from this address; try again in " + decision.reset() + " s.";
    }
}
