package news.akhbar.common.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The methods each path of the API takes, read once from the resources themselves, for the {@code Allow} header of a
 * 405 (RFC 9110 requires it; Quarkus REST sends none).
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

    /** A path template, how many literal characters it has (JAX-RS prefers the most), and its methods. */
    private record Route(Pattern pattern, int literals, Set<String> methods) {}

    @Inject
    BeanManager beans;

    private volatile List<Route> routes;

    /** The routes that take no GET: the only ones a GET or HEAD can be refused by. */
    private volatile List<Route> withoutGet;

    /**
     * The {@code Allow} list when the resource at this path does not take this method; empty when it does, or when
     * no resource is there. A GET or HEAD, nearly every request, is matched against the few routes without GET only.
     */
    public Optional<List<String>> refusing(String path, String method) {
        if (method.equals("GET") || method.equals("HEAD")) {
            routes();
            if (withoutGet.stream()
                    .noneMatch(route -> route.pattern().matcher(path).matches())) {
                return Optional.empty();
            }
        }
        return of(path).filter(methods -> !methods.contains(method));
    }

    /** The methods of the resource at this path, HEAD with GET, in a stable order; empty when no resource is there. */
    public Optional<List<String>> of(String path) {
        Route best = null;
        for (Route route : routes()) {
            if (route.pattern().matcher(path).matches() && (best == null || route.literals() > best.literals())) {
                best = route;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<String> allowed = new ArrayList<>();
        for (String method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")) {
            if (best.methods().contains(method)
                    || method.equals("HEAD") && best.methods().contains("GET")) {
                allowed.add(method);
            }
        }
        return Optional.of(List.copyOf(allowed));
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = read();
            withoutGet = known.stream()
                    .filter(route -> !route.methods().contains("GET"))
                    .toList();
            routes = known;
        }
        return known;
    }

    private List<Route> read() {
        Map<String, Set<String>> byTemplate = new LinkedHashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path base = bean.getBeanClass().getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String template = normalize(base.value() + (sub == null ? "" : "/" + sub.value()));
                    byTemplate.computeIfAbsent(template, t -> new TreeSet<>()).add(verb);
                }
            }
        }
        List<Route> read = new ArrayList<>();
        byTemplate.forEach((template, methods) -> {
            StringBuilder regex = new StringBuilder();
            Matcher parameter = PARAMETER.matcher(template);
            int literals = 0;
            int last = 0;
            while (parameter.find()) {
                regex.append(Pattern.quote(template.substring(last, parameter.start())))
                        .append("[^/]+");
                literals += parameter.start() - last;
                last = parameter.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            literals += template.length() - last;
            read.add(new Route(Pattern.compile(regex + "/?"), literals, Set.copyOf(methods)));
        });
        return List.copyOf(read);
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String normalize(String template) {
        String path = ("/" + template).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
