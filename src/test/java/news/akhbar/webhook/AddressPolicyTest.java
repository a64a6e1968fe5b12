package news.akhbar.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses are judged after resolution; literal addresses need no DNS, so these run anywhere. */
class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/hook",
                "http://10.1.2.3/hook",
                "http://172.16.0.1/hook",
                "http://192.168.1.10/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/hook",
                "http://0.0.0.0/hook",
                "http://[::1]/hook",
                "http://[fd00::1]/hook",
                "http://[fe80::1]/hook",
                "http://[::ffff:127.0.0.1]/hook",
                "http://localhost/hook"
            })
    void shouldRefuseInternalAddresses(String url) {
        assertNotNull(AddressPolicy.refusal(URI.create(url), false), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hook", "http://[2606:4700::1111]/hook"})
    void shouldAllowPublicAddresses(String url) {
        assertNull(AddressPolicy.refusal(URI.create(url), false), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/hook", "gopher://93.184.216.34/", "mailto:a@b.example"})
    void shouldRefuseOtherSchemes(String url) {
        assertEquals("only http and https URLs are delivered to", AddressPolicy.refusal(URI.create(url), false), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://10.1.2.3/hook"})
    void shouldAllowInternalAddressesWhenConfigured(String url) {
        assertNull(AddressPolicy.refusal(URI.create(url), true), url);
    }
}
