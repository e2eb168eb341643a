package vn.thidua.account;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Deny by default: every page needs a signed-in user unless listed here; the services check scope again.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Everything the pages load comes from the application itself; no inline script or style is allowed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, LoginAttempts attempts, UserAccountRepository users, Clock clock) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    org.springframework.security.core.Authentication authentication)
                    throws jakarta.servlet.ServletException, java.io.IOException {
                attempts.succeeded(authentication.getName());
                request.getSession().setAttribute(AccountStateFilter.SIGNED_IN_AT, clock.instant());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        success.setDefaultTargetUrl("/");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/error",
                                "/error/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/verify/**",
                                "/public/**")
                        .permitAll()
                        .requestMatchers("/admin/users", "/admin/users/**")
                        .hasRole("PROVINCE_ADMIN")
                        .requestMatchers("/admin/**")
                        .hasAnyRole("PROVINCE_ADMIN", "PROVINCE_REVIEWER")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(success)
                        .failureHandler((request, response, exception) -> {
                            // One answer for an unknown name, a wrong password and a throttled account or address;
                            // a disabled account is only named once its password has proved right.
                            String reason = exception instanceof DisabledException ? "disabled" : "bad";
                            String username = request.getParameter("username");
                            if (username != null && username.length() <= 60) {
                                request.getSession().setAttribute(LoginSession.LAST_USERNAME, username.trim());
                            }
                            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new AccountStateFilter(users), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The only way to sign in with a password: throttled per account and per client address. */
    @Bean
    AuthenticationProvider authenticationProvider(
            AccountUserDetailsService users, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        return new ThrottledAuthenticationProvider(users, passwordEncoder, attempts);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
