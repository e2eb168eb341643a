package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * The application offers no way to change or remove a recorded event. (That the database itself refuses is proved by
 * {@code FoundationSchemaTest}.)
 */
class AuditTrailIsAppendOnlyTest extends IntegrationTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.thidua");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void onlyTheAuditTrailReachesTheEventsAndItOnlyAppends() {
        assertThat(Modifier.isPublic(AuditEventRepository.class.getModifiers()))
                .as("the repository stays inside the audit package")
                .isFalse();
        JavaClass repository = APPLICATION.get(AuditEventRepository.class);
        for (JavaMethodCall call : repository.getMethodCallsToSelf()) {
            String method = call.getTarget().getName();
            assertThat(call.getOriginOwner().isEquivalentTo(AuditTrail.class))
                    .as("%s calls the audit repository", call.getOrigin().getFullName())
                    .isTrue();
            assertThat(method.startsWith("delete") || method.startsWith("saveAll") || method.equals("saveAndFlush"))
                    .as("%s may change recorded events", call.getDescription())
                    .isFalse();
            if (method.startsWith("save")) {
                assertThat(call.getOrigin().getName()).isEqualTo("record");
            }
        }
        Set<String> publicMethods = Arrays.stream(AuditTrail.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName)
                .collect(Collectors.toSet());
        assertThat(publicMethods)
                .as("the audit trail appends and reads, nothing else")
                .containsExactlyInAnyOrder("record", "search", "historyOf", "entityTypes", "actions");
    }

    @Test
    void aRecordedEventHasNoSetterAndOnlyItsConstructorWritesItsFields() {
        JavaClass event = APPLICATION.get(AuditEvent.class);
        for (JavaFieldAccess access : event.getFields().stream()
                .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC))
                .flatMap(field -> field.getAccessesToSelf().stream())
                .toList()) {
            if (access.getAccessType() == JavaFieldAccess.AccessType.SET) {
                assertThat(access.getOrigin()).as(access.getDescription()).isInstanceOf(JavaConstructor.class);
                assertThat(((JavaAccess<?>) access).getOriginOwner().isEquivalentTo(AuditEvent.class))
                        .isTrue();
            }
        }
        assertThat(Arrays.stream(AuditEvent.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
    }

    @Test
    void theAuditPagesAnswerOnlyReads() throws Exception {
        handlerMapping.getHandlerMethods().forEach((mapping, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("vn.thidua.audit")) {
                assertThat(mapping.getMethodsCondition().getMethods())
                        .as(handler.toString())
                        .containsOnly(RequestMethod.GET);
            }
        });
        for (var request : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
            post("/admin/audit"),
            put("/admin/audit"),
            patch("/admin/audit"),
            delete("/admin/audit"),
            post("/admin/audit/1"),
            delete("/admin/audit/1")
        }) {
            mvc.perform(request.with(csrf()).with(Users.as(jdbc, "admin")))
                    .andExpect(result ->
                            assertThat(result.getResponse().getStatus()).isIn(404, 405));
        }
    }

    @Test
    void hibernateWritesNoChangeOfARecordedEvent() throws Exception {
        Long id = transactions.execute(status -> {
            AuditEvent event = new AuditEvent(
                    java.time.Instant.now(),
                    "t.immutable",
                    null,
                    "TEST",
                    "Test",
                    null,
                    "as recorded",
                    null,
                    null,
                    null);
            entityManager.persist(event);
            return event.getId();
        });
        // Even code that forced a new value into a loaded event would not get it written.
        transactions.executeWithoutResult(status -> {
            AuditEvent event = entityManager.find(AuditEvent.class, id);
            setField(event, "summary", "tampered");
        });
        assertThat(jdbc.queryForObject("select summary from audit_event where id = ?", String.class, id))
                .isEqualTo("as recorded");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> entityManager
                        .createQuery("update AuditEvent e set e.summary = 'tampered' where e.id = :id")
                        .setParameter("id", id)
                        .executeUpdate()))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    entityManager.remove(entityManager.find(AuditEvent.class, id));
                    entityManager.flush();
                }))
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("select summary from audit_event where id = ?", String.class, id))
                .isEqualTo("as recorded");
    }

    private static void setField(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
