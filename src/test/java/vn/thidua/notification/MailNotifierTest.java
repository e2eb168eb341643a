package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailNotifierTest {

    @Test
    void eachRecipientGetsTheMessageInVietnameseWithTheLinkAndAFailureDoesNotStopTheOthers() {
        StaticMessageSource messages = new StaticMessageSource();
        Locale vi = Locale.forLanguageTag("vi");
        messages.addMessage("notification.pledge.reminder", vi, "Nhắc ký: giao ước \"{0}\", hạn ký {1}.");
        messages.addMessage("notification.mail.subject", vi, "[Thi Đua] {0}");
        List<SimpleMailMessage> sent = new ArrayList<>();
        JavaMailSenderImpl sender = new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... mails) {
                for (SimpleMailMessage mail : mails) {
                    if (mail.getTo()[0].startsWith("broken")) {
                        throw new MailSendException("refused");
                    }
                    sent.add(mail);
                }
            }
        };
        MailNotifier notifier =
                new MailNotifier(null, null, messages, "thidua@tinh.example", "https://thidua.example/");

        int count = notifier.send(
                sender,
                List.of(new MailRecipient(1, "broken@example.org", "A"), new MailRecipient(2, "b@example.org", "B")),
                NotificationMessage.of("notification.pledge.reminder", "/pledges/5", "Giao ước 2021", "31/03/2021"));

        assertThat(count).isEqualTo(1);
        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.getTo()).containsExactly("b@example.org");
            assertThat(mail.getFrom()).isEqualTo("thidua@tinh.example");
            assertThat(mail.getSubject())
                    .isEqualTo("[Thi Đua] Nhắc ký: giao ước \"Giao ước 2021\", hạn ký 31/03/2021.");
            assertThat(mail.getText()).endsWith("https://thidua.example/pledges/5");
        });
    }
}
