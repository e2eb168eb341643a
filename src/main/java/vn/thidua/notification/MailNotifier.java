package vn.thidua.notification;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each notification by e-mail too, in Vietnamese, once the change that caused it has committed. Does nothing
 * unless a mail server is configured ({@code spring.mail.host}); a mail failure never undoes the change.
 */
@Component
class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ObjectProvider<JavaMailSender> mailSender;
    private final Recipients recipients;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    MailNotifier(
            ObjectProvider<JavaMailSender> mailSender,
            Recipients recipients,
            MessageSource messages,
            @Value("${thidua.mail.from:thidua@localhost}") String from,
            @Value("${thidua.public-base-url:}") String baseUrl) {
        this.mailSender = mailSender;
        this.recipients = recipients;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void onNotificationsSent(NotificationsSent event) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        send(
                sender,
                recipients.withEmail(event.userIds()).stream()
                        .map(address -> new MailRecipient(address.userId(), address.email(), address.fullName()))
                        .toList(),
                event.message());
    }

    int send(JavaMailSender sender, List<MailRecipient> recipients, NotificationMessage message) {
        if (recipients.isEmpty()) {
            return 0;
        }
        String text = messages.getMessage(message.key(), message.arguments().toArray(), message.key(), VIETNAMESE);
        String subject = messages.getMessage("notification.mail.subject", new Object[] {text}, text, VIETNAMESE);
        String body = message.link() == null ? text : text + "\n\n" + baseUrl + message.link();
        int sent = 0;
        for (MailRecipient recipient : recipients) {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(recipient.email());
            mail.setSubject(subject);
            mail.setText(body);
            try {
                sender.send(mail);
                sent++;
            } catch (MailException e) {
                log.warn("Could not e-mail notification to user {}: {}", recipient.userId(), e.getMessage());
            }
        }
        return sent;
    }
}
