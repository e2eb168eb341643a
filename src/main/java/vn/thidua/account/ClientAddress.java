package vn.thidua.account;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address that sign-in failures are counted against. Behind a proxy it is the address the proxy saw
 * ({@code server.forward-headers-strategy=native}, README). An IPv6 client is counted by its /64 network, since one
 * machine can take any address in it.
 */
final class ClientAddress {

    private ClientAddress() {}

    /** The address of the request being served, or null outside a request. */
    static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** The key an address is counted under: IPv4 as it is, IPv6 as its /64 network; null when there is none. */
    static String key(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String trimmed = address.trim();
        if (trimmed.indexOf(':') < 0) {
            return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
        }
        try {
            // A literal address: no name is looked up.
            byte[] bytes = InetAddress.getByName(trimmed.replaceAll("^\\[|]$|%.*$", ""))
                    .getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            return HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64";
        } catch (UnknownHostException | IllegalArgumentException e) {
            return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
        }
    }
}
