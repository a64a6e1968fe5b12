package news.akhbar.auth;

import io.quarkus.arc.Arc;

/** For tests elsewhere that log in wrongly on purpose: forgets the failures counted from 127.0.0.1. */
public final class LoginFailures {

    private LoginFailures() {}

    public static void forget() {
        Arc.container().instance(LoginThrottle.class).get().reset();
    }
}
